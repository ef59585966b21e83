package org.nimeta.cli;

import java.util.concurrent.Callable;
import org.nimeta.compile.Plan;
import org.nimeta.compile.PlanPrinter;
import org.nimeta.run.PlanJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "plan", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = "Prints the plan a script compiles to: every step with every resolved parameter.")
final class PlanCommand implements Callable<Integer> {
  private final Session session;

  @Spec CommandSpec spec;
  @Mixin ScriptOptions script;

  @Option(names = "--json", description = "Print the plan as JSON (the `plan.json` that `run` writes).")
  boolean json;

  PlanCommand(Session session) {
    this.session = session;
  }

  public Integer call() {
    ScriptOptions.Compiled compiled = script.compile(spec, session);
    if (!compiled.ok()) {
      return Main.SCRIPT_ERRORS;
    }
    Plan plan = compiled.result().plan();
    session.out().print(json ? PlanJson.write(plan) : PlanPrinter.print(plan));
    return Main.OK;
  }
}
