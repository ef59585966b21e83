package org.nimeta.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import org.nimeta.compile.Plan;
import org.nimeta.compile.PlanPrinter;
import org.nimeta.run.Interpreter;
import org.nimeta.run.PlanJson;
import org.nimeta.run.cache.ResultCache;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "plan", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = {"Prints the plan a script compiles to: every step with every resolved parameter.",
        "With a cache, each step is marked `[cached]` (its result is in the cache) or `[to run]`."})
final class PlanCommand implements Callable<Integer> {
  private final Session session;

  @Spec CommandSpec spec;
  @Mixin ScriptOptions script;
  @Mixin CacheOptions cache;

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
    if (json) {
      session.out().print(PlanJson.write(plan));
      return Main.OK;
    }
    ResultCache results = cache.open(plan.script().path(), ResultCache.Interval.DEFAULT);
    Map<String, Boolean> cached = results == null ? null : Interpreter.cached(plan, results);
    session.out().print(cached == null ? PlanPrinter.print(plan)
        : PlanPrinter.print(plan, step -> Boolean.TRUE.equals(cached.get(step.name())) ? "[cached] " : "[to run] "));
    return Main.OK;
  }
}
