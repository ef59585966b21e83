package org.nimeta.cli;

import java.util.concurrent.Callable;
import org.nimeta.lang.Formatter;
import org.nimeta.lang.Parser;
import org.nimeta.lang.SourceFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "fmt", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = "Prints the script in nimeta's canonical layout (comments kept), so protocol diffs stay clean.")
final class FmtCommand implements Callable<Integer> {
  private final Session session;

  @Spec CommandSpec spec;
  @Mixin ScriptOptions script;

  @Option(names = "--check", description = "Print nothing; exit 1 when the file is not in canonical layout (for CI).")
  boolean check;

  FmtCommand(Session session) {
    this.session = session;
  }

  public Integer call() {
    SourceFile source = script.read(spec);
    int invalidLine = invalidUtf8Line(source);
    if (invalidLine > 0) {
      session.err().println(script.file + ":" + invalidLine + ": error: this line is not valid UTF-8; `fmt` would"
          + " replace its bytes, so it leaves the file alone. Save the file as UTF-8 and run it again.");
      return Main.SCRIPT_ERRORS;
    }
    String formatted = Formatter.format(source);
    if (formatted == null) {
      ScriptOptions.print(session, Parser.parse(source).diagnostics());
      return Main.SCRIPT_ERRORS;
    }
    if (check) {
      if (formatted.equals(source.text())) {
        return Main.OK;
      }
      session.err().println(script.file + ": not in canonical layout; `nimeta fmt " + script.file + "` shows it.");
      return Main.SCRIPT_ERRORS;
    }
    session.out().print(formatted);
    return Main.OK;
  }

  /** The line of the script's first byte that is not UTF-8, or 0 (the script was just read, so it exists). */
  private int invalidUtf8Line(SourceFile source) {
    try {
      return SourceFile.firstInvalidUtf8Line(java.nio.file.Files.readAllBytes(source.path()));
    } catch (java.io.IOException e) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "The script `" + script.file + "` cannot be read: " + e.getMessage());
    }
  }
}
