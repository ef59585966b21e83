package org.nimeta.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.nimeta.compile.Plan;
import org.nimeta.compile.Step;
import org.nimeta.image.NiftiException;
import org.nimeta.lang.Diagnostic;
import org.nimeta.lang.ErrorCode;
import org.nimeta.report.ReportOptions;
import org.nimeta.report.ReportWriter;
import org.nimeta.run.cache.ResultCache;

/**
 * {@code nimeta run}: executes a plan and writes its output directory — the maps, {@code plan.json},
 * {@code provenance.json}, {@code methods.md} and {@code references.bib} — all at once, or nothing at all when anything fails.
 */
public final class Run {
  public static final String PLAN_FILE = "plan.json";

  private Run() {}

  /**
   * @param outDir  the output directory; created, or replaced when {@code force}
   * @param force   replace a non-empty {@code outDir}
   * @param threads worker threads; at least 1
   * @param cache   step results and Monte Carlo checkpoints to use and keep, or null for none
   * @param report  to write {@code report.html} into the output directory, or null for none
   */
  public record Options(Path outDir, boolean force, int threads, RunListener listener, ResultCache cache,
      ReportOptions report) {
    /** Options without a cache: every step is computed. */
    public Options(Path outDir, boolean force, int threads, RunListener listener) {
      this(outDir, force, threads, listener, null);
    }

    /** Options without a report. */
    public Options(Path outDir, boolean force, int threads, RunListener listener, ResultCache cache) {
      this(outDir, force, threads, listener, cache, null);
    }
  }

  /** A directory of maps: its path, the estimates whose maps it holds and the files written. */
  public record MapDirectory(Path path, List<String> estimates, List<String> files) {}

  /**
   * @param mapDirectories where the maps went (empty on failure)
   * @param provenance     the provenance file, or null on failure
   * @param diagnostics    why the run failed; on success its warnings (a damaged cache entry)
   */
  public record Report(List<MapDirectory> mapDirectories, Path provenance, List<Diagnostic> diagnostics) {
    public Report {
      mapDirectories = List.copyOf(mapDirectories);
      diagnostics = List.copyOf(diagnostics);
    }

    public boolean ok() {
      return diagnostics.stream().noneMatch(Diagnostic::isError);
    }

    static Report failed(List<Diagnostic> diagnostics) {
      return new Report(List.of(), null, diagnostics);
    }
  }

  /**
   * Runs {@code plan} into {@code options.outDir()}.
   *
   * @throws OutputRefusedException before anything runs, when the output directory may not be used
   */
  public static Report execute(Plan plan, Options options) throws OutputRefusedException {
    OutputGuard.check(options.outDir(), kept(plan));
    Path out = options.outDir().toAbsolutePath().normalize();
    try (OutputLock lock = OutputLock.acquire(out, "`" + plan.script().displayName() + "`")) {
      OutputDirectory.recover(out);
      OutputDirectory.checkUsable(out, options.force());
      return executeLocked(plan, options, out);
    } catch (IOException e) {
      return Report.failed(List.of(cannotWrite(out, e)));
    }
  }

  /** The run itself, while this process holds the output directory's lock. */
  private static Report executeLocked(Plan plan, Options options, Path out) throws OutputRefusedException {
    Execution execution = Interpreter.execute(plan,
        new Interpreter.Options(options.threads(), options.listener(), options.cache()));
    if (!execution.ok()) {
      return Report.failed(execution.diagnostics());
    }
    List<String> changed = execution.inputs().changedSince();
    if (!changed.isEmpty()) {
      // The maps would not be of the files provenance names: refuse rather than record a lie.
      return Report.failed(changed.stream()
          .map(c -> Diagnostic.error(ErrorCode.RUN_FAILED, null, c + " Nothing was written; run again."))
          .toList());
    }
    List<OutputWriter.MapDirectory> written = new ArrayList<>();
    try {
      OutputDirectory.write(out, options.force(), dir -> {
        OutputWriter.Written w = OutputWriter.write(plan, execution, dir);
        written.addAll(w.directories());
        List<OutputFile> files = new ArrayList<>(w.files());
        files.addAll(StudyTable.write(plan, execution, dir, w.directories()));
        files.addAll(MethodsOutput.write(plan, execution, dir));
        Files.writeString(dir.resolve(PLAN_FILE), PlanJson.write(plan), StandardCharsets.UTF_8);
        files.add(new OutputFile(PLAN_FILE, null, "plan"));
        List<StepRun> runs = w.withWriteRuns(execution.runs());
        String provenance = Json.write(Provenance.build(plan, runs, execution.inputs(), options.threads(), dir, files));
        Files.writeString(dir.resolve(Provenance.FILE_NAME), provenance, StandardCharsets.UTF_8);
        if (options.report() != null) { // last: it reads the finished folder
          ReportWriter.write(options.report().input(plan, dir, execution.results(), execution.diagnostics()));
        }
      });
    } catch (IOException | NiftiException e) {
      return Report.failed(List.of(cannotWrite(out, e)));
    }
    List<MapDirectory> maps = written.stream()
        .map(d -> new MapDirectory(out.resolve(d.path()), d.estimates(), d.files())).toList();
    return new Report(maps, out.resolve(Provenance.FILE_NAME), execution.diagnostics());
  }

  /** What the output directory must never hold: the scripts and every file the plan reads. */
  static List<OutputGuard.Kept> kept(Plan plan) {
    List<OutputGuard.Kept> kept = new ArrayList<>();
    kept.add(new OutputGuard.Kept(plan.script().path(), "the script"));
    for (Path imported : plan.script().imports()) {
      kept.add(new OutputGuard.Kept(imported, "the imported script"));
    }
    if (plan.space().maskFile() != null) {
      kept.add(new OutputGuard.Kept(plan.space().maskFile(), "the analysis mask"));
    }
    for (Step.LoadDataset load : plan.steps(Step.LoadDataset.class)) {
      for (Path file : load.files()) {
        kept.add(new OutputGuard.Kept(file, "the input file"));
      }
      if (load.annotation() != null) {
        kept.add(new OutputGuard.Kept(load.annotation(), "the annotation file"));
      }
      if (load.base() != null) {
        kept.add(new OutputGuard.Kept(load.base(), "the images' folder"));
      }
    }
    return kept;
  }

  private static Diagnostic cannotWrite(Path out, Exception e) {
    return Diagnostic.error(ErrorCode.RUN_FAILED, null,
        "The outputs cannot be written to `" + out + "`: " + describe(e) + ".");
  }

  /** An I/O failure in words: Java's messages for these are often just a path. */
  private static String describe(Exception e) {
    if (e instanceof AccessDeniedException a) {
      return "permission denied for `" + a.getFile() + "`";
    }
    if (e instanceof FileAlreadyExistsException || e instanceof NotDirectoryException) {
      return "`" + ((FileSystemException) e).getFile() + "` is a file where a folder is needed";
    }
    if (e instanceof FileSystemException f && f.getFile() != null) {
      return "`" + f.getFile() + "`" + (f.getReason() != null ? ": " + f.getReason() : " cannot be written");
    }
    return e.getMessage();
  }
}
