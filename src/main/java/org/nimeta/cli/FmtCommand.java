package org.nimeta.cli;

import java.util.List;
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
    SourceFile source;
    try {
      source = script.read(spec);
    } catch (SourceFile.NotUtf8Exception e) {
      ScriptOptions.print(session, List.of(e.diagnostic())); // the file is left alone
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
}
