package org.nimeta.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = "Checks a script and the headers of the data it names; prints every problem found.")
final class CheckCommand implements Callable<Integer> {
  private final Session session;

  @Spec CommandSpec spec;
  @Mixin ScriptOptions script;

  CheckCommand(Session session) {
    this.session = session;
  }

  public Integer call() {
    ScriptOptions.Compiled compiled = script.compile(spec, session);
    if (!compiled.ok()) {
      return Main.SCRIPT_ERRORS;
    }
    long warnings = compiled.result().diagnostics().size();
    session.out().println(script.file + ": ok" + (warnings == 0 ? "" : " (" + warnings
        + (warnings == 1 ? " warning)" : " warnings)")));
    return Main.OK;
  }
}
