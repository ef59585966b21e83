package org.nimeta.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.nimeta.compile.Compiler;
import org.nimeta.compile.PinnedInputs;
import org.nimeta.compile.Sha256;
import org.nimeta.compile.Step;
import org.nimeta.lang.Parser;
import org.nimeta.lang.SourceFile;
import org.nimeta.lang.Tokens;
import org.nimeta.registry.DatasetFunctions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code nimeta pin FILE.meta}: writes {@code sha256 = "…"}, the current hash of its data, into
 * every {@code load} of the script, or updates the one there. Only those characters change:
 * comments and layout stay as they are. Loads in imported scripts are pinned by pinning that file.
 */
@Command(name = "pin", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = "Records the SHA-256 of each file the script loads in its `load(...)` (`sha256 = \"…\"`), "
        + "comments and layout kept, so the protocol names exactly its data.")
final class PinCommand implements Callable<Integer> {
  private final Session session;

  @Spec CommandSpec spec;
  @Mixin ScriptOptions script;

  @Option(names = "--check", description = "Change nothing; list each load whose pin is missing or out of date, "
      + "and exit 1 if there is one (for CI).")
  boolean check;

  PinCommand(Session session) {
    this.session = session;
  }

  /** One load's pin: where its value goes, the text it gets, and what the script says now. */
  private record Edit(int start, int end, String text, String line) {}

  public Integer call() throws IOException {
    if (!script.params.isEmpty()) {
      throw new ParameterException(spec.commandLine(),
          "`pin` records the hashes of the files the script itself names, so `--param` does not apply to it.");
    }
    SourceFile source;
    try {
      source = script.read(spec);
    } catch (SourceFile.NotUtf8Exception e) {
      ScriptOptions.print(session, List.of(e.diagnostic())); // pinning would change its bytes: left alone
      return Main.SCRIPT_ERRORS;
    }
    // The data are not read: a pin that no longer holds is what this command is for.
    Compiler.Result compiled = Compiler.compile(source, new Compiler.Options(Map.of(), false));
    if (!compiled.ok()) {
      ScriptOptions.print(session, compiled.diagnostics());
      return Main.SCRIPT_ERRORS;
    }
    List<Edit> edits = new ArrayList<>();
    int current = 0;
    for (Step.LoadDataset load : compiled.plan().steps(Step.LoadDataset.class)) {
      if (load.pins() == null || load.pins().call().file() != source) {
        continue; // made by an imported script: pinning that file pins it
      }
      Edit e = edit(source, load);
      if (e == null) {
        current++;
      } else {
        edits.add(e);
      }
    }
    for (Edit e : edits) {
      (check ? session.err() : session.out()).println(e.line());
    }
    if (check) {
      return edits.isEmpty() ? Main.OK : Main.SCRIPT_ERRORS;
    }
    if (!edits.isEmpty()) {
      write(source, apply(source.text(), edits));
    }
    session.out().println(script.file + ": " + (edits.size() + current) + (edits.size() + current == 1 ? " load" : " loads")
        + " pinned, " + edits.size() + " changed.");
    return Main.OK;
  }

  /** The edit that pins {@code load} to the current hashes of its files, or null when it already is. */
  private Edit edit(SourceFile source, Step.LoadDataset load) throws IOException {
    List<String> hashes = new ArrayList<>();
    for (Path f : load.files()) {
      hashes.add(Sha256.of(PinnedInputs.hashedFile(f)));
    }
    if (hashes.equals(load.pinned())) {
      return null;
    }
    String value = hashes.size() == 1 ? quoted(hashes.get(0))
        : "[" + String.join(", ", hashes.stream().map(PinCommand::quoted).toList()) + "]";
    Step.LoadDataset.Pins pins = load.pins();
    String where = script.file + ":" + pins.call().line() + ": ";
    String files = String.join(", ", load.files().stream().map(f -> "`" + shown(source, f) + "`").toList());
    if (pins.argument() != null) {
      String now = "now " + String.join(", ", hashes.stream().map(PinCommand::shortHash).toList());
      String was = String.join(", ", load.pinned().stream().map(PinCommand::shortHash).toList());
      return new Edit(pins.argument().start(), pins.argument().end(), value, where + (check
          ? files + " changed since it was pinned (" + now + ", pinned " + was + ")."
          : "updated the pin of " + files + " (" + now + ", was " + was + ")."));
    }
    Tokens.Token last = Tokens.lex(source.text()).lastBefore(pins.call().end() - 1);
    String argument = DatasetFunctions.SHA256 + " = " + value;
    return new Edit(last.end(), last.end(), after(source, last, pins.call().end()) + argument
        + (last.is(",") && source.line(last.start()) < source.line(pins.call().end() - 1) ? "," : ""),
        where + (check ? files + " is not pinned." : "pinned " + files + " (" + shortHash(hashes.get(0))
            + (hashes.size() > 1 ? ", …" : "") + ")."));
  }

  /**
   * What goes between the call's last token before {@code )} and the new argument: {@code , } after
   * an argument; after a trailing comma with {@code )} on a line of its own, a new line indented as
   * the argument above (the new one keeps the trailing comma), as {@code fmt} lays out such calls.
   */
  private static String after(SourceFile source, Tokens.Token last, int callEnd) {
    if (!last.is(",")) {
      return ", ";
    }
    if (source.line(last.start()) == source.line(callEnd - 1)) {
      return " ";
    }
    String text = source.text();
    int lineStart = text.lastIndexOf('\n', last.start()) + 1;
    int indentEnd = lineStart;
    while (indentEnd < text.length() && (text.charAt(indentEnd) == ' ' || text.charAt(indentEnd) == '\t')) {
      indentEnd++;
    }
    return "\n" + text.substring(lineStart, indentEnd);
  }

  /** {@code text} with every edit applied (they never overlap: one per call). */
  private static String apply(String text, List<Edit> edits) {
    StringBuilder sb = new StringBuilder(text);
    edits.stream().sorted(Comparator.comparingInt(Edit::start).reversed())
        .forEach(e -> sb.replace(e.start(), e.end(), e.text()));
    return sb.toString();
  }

  /** Replaces the script with {@code text} in one step: a crash leaves the old or the new file, never half. */
  private void write(SourceFile source, String text) throws IOException {
    if (!Parser.parse(SourceFile.of(script.file.toString(), text)).ok()) {
      throw new IllegalStateException("pinning made a script that does not parse:\n" + text);
    }
    Path file = source.path();
    byte[] old = Files.readAllBytes(file);
    boolean bom = old.length >= 3 && (old[0] & 0xff) == 0xEF && (old[1] & 0xff) == 0xBB && (old[2] & 0xff) == 0xBF;
    Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), ".pin-", ".meta");
    try {
      Files.writeString(tmp, bom ? "\uFEFF" + text : text);
      try {
        Files.setPosixFilePermissions(tmp, Files.getPosixFilePermissions(file)); // a temp file is private
      } catch (UnsupportedOperationException notPosix) {
        // Windows: the new file gets the folder's default access, as any saved file does
      }
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  private static String shown(SourceFile source, Path file) {
    return source.path().toAbsolutePath().getParent().relativize(file).toString().replace('\\', '/');
  }

  private static String quoted(String hash) {
    return "\"" + hash + "\"";
  }

  private static String shortHash(String hash) {
    return hash.substring(0, 12) + "…";
  }
}
