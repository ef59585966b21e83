package org.nimeta.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.nimeta.compile.Plan;
import org.nimeta.compile.SpaceMasks;
import org.nimeta.image.Mask;
import org.nimeta.image.NiftiException;
import org.nimeta.report.ReportOptions;
import org.nimeta.run.NimetaVersion;
import org.nimeta.run.OutputRefusedException;
import org.nimeta.run.ResultSummary;
import org.nimeta.run.Run;
import org.nimeta.run.RunListener;
import org.nimeta.run.cache.ResultCache;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "run", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = {"Runs a script and writes its maps, `plan.json` and `provenance.json` into one directory.",
        "The directory appears whole when everything succeeded; nothing is written otherwise."})
final class RunCommand implements Callable<Integer> {
  private final Session session;

  @Spec CommandSpec spec;
  @Mixin ScriptOptions script;
  @Mixin CacheOptions cache;

  @Option(names = "--out", paramLabel = "DIR",
      description = "Output directory (default: `<script name>.out/` beside the script).")
  String out; // a String, so a name no path can hold is our usage error, not picocli's conversion trace

  @Option(names = "--threads", paramLabel = "N",
      description = "Worker threads (default: the number of processors, ${DEFAULT-VALUE}).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--quiet", description = "Print nothing but problems: no progress, no summary.")
  boolean quiet;

  @Option(names = "--force", description = "Replace the output directory if it is not empty.")
  boolean force;

  @Option(names = "--no-report", description = "Do not write `report.html` (the page of the script, plan, data, "
      + "figures, tables and methods).")
  boolean noReport;

  @Option(names = "--checkpoint-every", paramLabel = "N",
      description = "Save a Monte Carlo step's finished iterations after every N of them (and every 30 s) "
          + "so a killed run resumes there (default: ${DEFAULT-VALUE}).")
  int checkpointEvery = ResultCache.Interval.DEFAULT.iterations();

  RunCommand(Session session) {
    this.session = session;
  }

  public Integer call() {
    ThreadCount.check(spec, threads);
    if (checkpointEvery < 1) {
      throw new ParameterException(spec.commandLine(), "`--checkpoint-every` must be at least 1, not " + checkpointEvery
          + ".");
    }
    Path given = out != null ? outDirectory(out) : null;
    ScriptOptions.Compiled compiled = script.compile(spec, session);
    if (!compiled.ok()) {
      return Main.SCRIPT_ERRORS;
    }
    Plan plan = compiled.result().plan();
    Path dir = given != null ? given : defaultOut(plan.script().path());
    RunListener listener = session.terminal() && !quiet ? new ConsoleProgress(session.err()) : RunListener.NONE;
    Run.Report report;
    try {
      ResultCache results = cache.open(plan.script().path(),
          new ResultCache.Interval(checkpointEvery, ResultCache.Interval.DEFAULT.time()));
      report = Run.execute(plan, new Run.Options(dir, force, threads, listener, results,
          noReport ? null : new ReportOptions(compiled.result().diagnostics(), NimetaVersion.get())));
    } catch (OutputRefusedException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    ScriptOptions.print(session, report.diagnostics()); // on success, the cache's warnings
    if (!report.ok()) {
      return Main.SCRIPT_ERRORS;
    }
    if (!quiet) {
      Supplier<Mask> mask = memoized(() -> SpaceMasks.load(plan.space()));
      for (Run.MapDirectory d : report.mapDirectories()) {
        session.out().println(String.join(", ", d.estimates()) + ": " + DisplayPaths.shown(d.path()) + "/ ("
            + String.join(", ", d.files()) + ")");
        summary(plan, dir, d, mask).forEach(session.out()::println);
      }
      session.out().println("provenance: " + DisplayPaths.shown(report.provenance()));
    }
    return Main.OK;
  }

  /**
   * What the folder's results used and found, read back from its files; nothing when those cannot
   * be read (the run has succeeded and says where everything is: a summary must not undo that).
   */
  private static List<String> summary(Plan plan, Path out, Run.MapDirectory d, Supplier<Mask> mask) {
    try {
      return RunSummaryText.lines(ResultSummary.of(plan, out.toAbsolutePath().normalize(), d.path(), mask));
    } catch (IOException | NiftiException unreadable) {
      return List.of();
    }
  }

  private static <T> Supplier<T> memoized(Supplier<T> once) {
    return new Supplier<>() {
      private T value;

      public T get() {
        if (value == null) {
          value = once.get();
        }
        return value;
      }
    };
  }

  /** {@code --out} as a path; a NUL byte or another control character in it is a usage error. */
  private Path outDirectory(String given) {
    for (int i = 0; i < given.length(); i++) {
      char c = given.charAt(i);
      if (Character.isISOControl(c)) {
        throw new ParameterException(spec.commandLine(), "`--out` contains "
            + (c == 0 ? "a NUL byte" : "the control character U+" + String.format("%04X", (int) c))
            + " (character " + (i + 1) + "); no directory name holds one.");
      }
    }
    return Path.of(given);
  }

  /** {@code <script name without .meta>.out} beside the script. */
  static Path defaultOut(Path script) {
    String name = script.getFileName().toString();
    String stem = name.endsWith(".meta") && name.length() > 5 ? name.substring(0, name.length() - 5) : name;
    return script.resolveSibling(stem + ".out");
  }
}
