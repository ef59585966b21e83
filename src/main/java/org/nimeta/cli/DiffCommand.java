package org.nimeta.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.nimeta.compile.Compiler;
import org.nimeta.lang.Diagnostic;
import org.nimeta.lang.SourceFile;
import org.nimeta.review.FileDifference;
import org.nimeta.review.OutputComparison;
import org.nimeta.review.PlanDiff;
import org.nimeta.review.ScriptSource;
import org.nimeta.run.Json;
import org.nimeta.run.Run;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "diff", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = {"Shows what changes between two versions of a script (`old.meta new.meta`,",
        "or `pain.meta@HEAD~1 pain.meta` through git): step by step with defaults",
        "resolved, the experiments each dataset gains or loses, the outputs that will",
        "change. Between two output directories: their plans, then every map (voxels",
        "that differ, largest difference, correlation) and every table (rows added,",
        "removed, changed)."})
final class DiffCommand implements Callable<Integer> {
  private final Session session;

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "OLD", description = "A script, `FILE@REVISION`, or an output directory.")
  String first;

  @Parameters(index = "1", paramLabel = "NEW", description = "The same kind of thing as OLD.")
  String second;

  @Option(names = "--json", description = "Print the differences as JSON.")
  boolean json;

  DiffCommand(Session session) {
    this.session = session;
  }

  public Integer call() throws IOException {
    boolean dirA = Files.isDirectory(Path.of(first));
    boolean dirB = Files.isDirectory(Path.of(second));
    if (dirA != dirB) {
      throw new ParameterException(spec.commandLine(), "`" + (dirA ? first : second) + "` is a directory and `"
          + (dirA ? second : first) + "` is not: compare two scripts or two output directories.");
    }
    return dirA ? runs(Path.of(first), Path.of(second)) : scripts();
  }

  private int scripts() {
    Compiler.Result a = compile(first);
    Compiler.Result b = compile(second);
    if (!a.ok() || !b.ok()) {
      return Main.SCRIPT_ERRORS;
    }
    PlanDiff diff = PlanDiff.of(a.plan(), b.plan());
    if (json) {
      ObjectNode o = Json.object();
      o.put("old", first);
      o.put("new", second);
      o.setAll(diff.toJson());
      session.out().print(Json.write(o));
    } else {
      session.out().println("nimeta diff: " + first + " → " + second);
      printPlan(diff, true);
    }
    return Main.OK;
  }

  private Compiler.Result compile(String given) {
    SourceFile source;
    try {
      source = ScriptSource.read(given);
    } catch (ScriptSource.Unreadable e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    Compiler.Result result = Compiler.compile(source, Compiler.Options.defaults());
    // Warnings belong to `nimeta check`; a diff only stops for errors.
    ScriptOptions.print(session, result.diagnostics().stream().filter(Diagnostic::isError).toList());
    return result;
  }

  private int runs(Path a, Path b) throws IOException {
    PlanDiff plans = PlanDiff.of(plan(a), plan(b), Map.of(), Map.of());
    List<FileDifference> files = OutputComparison.compare(OutputComparison.Side.onDisk(a), OutputComparison.Side.onDisk(b));
    if (json) {
      ObjectNode o = Json.object();
      o.put("old", a.toString());
      o.put("new", b.toString());
      o.set("plan", plans.toJson());
      ArrayNode f = o.putArray("files");
      files.forEach(d -> f.add(d.toJson()));
      session.out().print(Json.write(o));
      return Main.OK;
    }
    PrintWriter out = session.out();
    out.println("nimeta diff: " + a + " → " + b);
    printPlan(plans, false);
    out.println("files:");
    for (FileDifference d : files) {
      String line = switch (d.status()) {
        case IDENTICAL -> "  identical  " + d.path();
        case DIFFERS -> "  differs    " + d.path() + (d.details(true).isEmpty() ? "" : ": " + d.details(true));
        case ONLY_FIRST -> "  removed    " + d.path() + ": only in " + a;
        case ONLY_SECOND -> "  added      " + d.path() + ": only in " + b;
      };
      out.println(line);
    }
    return Main.OK;
  }

  /** A run's {@code plan.json}; a directory without one is a usage error. */
  private JsonNode plan(Path dir) {
    Path file = dir.resolve(Run.PLAN_FILE);
    try {
      return Json.parse(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException | UncheckedIOException e) {
      throw new ParameterException(spec.commandLine(), "`" + dir + "` holds no readable `" + Run.PLAN_FILE
          + "`: it is not the output directory of a nimeta run.");
    }
  }

  private void printPlan(PlanDiff diff, boolean scripts) {
    PrintWriter out = session.out();
    if (diff.none()) {
      out.println("The plans compute the same analysis" + (scripts ? "; no output will change." : "."));
      return;
    }
    for (PlanDiff.Change c : diff.settings()) {
      out.println(c.field() + ": " + change(c));
    }
    for (PlanDiff.StepDiff d : diff.steps()) {
      out.println("step " + d.name() + " (" + d.kind() + "): " + describe(d));
    }
    if (scripts) {
      out.println(diff.changedOutputs().isEmpty() ? "No output will change."
          : "Outputs that will change: " + String.join(", ", diff.changedOutputs().stream()
              .map(c -> c.folder() + "/ (" + String.join(", ", c.steps()) + ")").toList()) + ".");
    }
  }

  private static String describe(PlanDiff.StepDiff d) {
    return switch (d.status()) {
      case ADDED -> "added";
      case REMOVED -> "removed";
      case SAME -> d.upstream() ? "unchanged itself, but it reads a step that changes" : "unchanged";
      case CHANGED -> {
        StringBuilder s = new StringBuilder();
        for (PlanDiff.Change c : d.changes()) {
          s.append(s.length() == 0 ? "" : "; ").append(c.field()).append(' ').append(change(c));
        }
        if (!d.gained().isEmpty()) {
          s.append(s.length() == 0 ? "" : "; ").append(experiments("gains", d.gained()));
        }
        if (!d.lost().isEmpty()) {
          s.append(s.length() == 0 ? "" : "; ").append(experiments("loses", d.lost()));
        }
        yield s.toString();
      }
    };
  }

  private static String change(PlanDiff.Change c) {
    if (c.before() == null) {
      return "(new) " + c.after();
    }
    return c.after() == null ? c.before() + " (gone)" : c.before() + " → " + c.after();
  }

  private static String experiments(String verb, List<String> ids) {
    return verb + " " + ids.size() + (ids.size() == 1 ? " experiment: " : " experiments: ") + String.join(", ", ids);
  }
}
