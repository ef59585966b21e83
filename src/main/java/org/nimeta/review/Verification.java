package org.nimeta.review;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.nimeta.compile.Compiler;
import org.nimeta.compile.ProcessTempFolders;
import org.nimeta.compile.Sha256;
import org.nimeta.lang.Diagnostic;
import org.nimeta.run.OutputRefusedException;
import org.nimeta.run.Run;
import org.nimeta.run.RunListener;

/**
 * {@code nimeta verify}: checks a finished run against its record. {@link #changedInputs} first
 * (a run on other data cannot be reproduced, so nothing is re-run), then either {@link #quick}
 * (the outputs on disk against their recorded hashes) or {@link #rerun} (the recorded script
 * text, with the recorded overrides, run again into a temporary directory and compared output by
 * output).
 */
public final class Verification {
  private Verification() {}

  /** One sentence per recorded input that is missing or whose SHA-256 is not the recorded one, in path order. */
  public static List<String> changedInputs(RecordedRun run) {
    List<String> problems = new ArrayList<>();
    for (RecordedRun.RecordedFile input : run.inputs().stream()
        .sorted(Comparator.comparing(RecordedRun.RecordedFile::path)).toList()) {
      Path file = Path.of(input.path());
      if (!Files.isRegularFile(file)) {
        problems.add("The input `" + file + "` is missing.");
        continue;
      }
      try {
        if (!Sha256.of(file).equals(input.sha256())) {
          problems.add("The input `" + file + "` has changed since the run (its SHA-256 is not the recorded one).");
        }
      } catch (IOException e) {
        problems.add("The input `" + file + "` cannot be read: " + e.getMessage());
      }
    }
    return problems;
  }

  /** Whether the script file on disk still holds the text the run recorded (it is the recorded text that re-runs). */
  public static boolean scriptChangedOnDisk(RecordedRun run) {
    try {
      String text = new String(Files.readAllBytes(run.scriptPath()), StandardCharsets.UTF_8);
      if (text.startsWith("\uFEFF")) {
        text = text.substring(1);
      }
      return !Sha256.of(text.getBytes(StandardCharsets.UTF_8)).equals(run.scriptSha256());
    } catch (IOException gone) {
      return true;
    }
  }

  /**
   * The output directory against the record: each recorded output identical, changed
   * ({@code DIFFERS}) or missing ({@code ONLY_FIRST}); files the record does not name are
   * {@code ONLY_SECOND}.
   */
  public static List<FileDifference> quick(RecordedRun run) throws IOException {
    Map<String, String> recorded = recordedHashes(run);
    List<FileDifference> out = new ArrayList<>();
    for (FileDifference d : OutputComparison.compare(new OutputComparison.Side(run.directory(), recorded),
        OutputComparison.Side.onDisk(run.directory()))) {
      // Both sides are the same folder: a changed file has no other copy to be compared with.
      out.add(d.status() == FileDifference.Status.DIFFERS
          ? new FileDifference(d.path(), d.status(), null, null, "changed since the run (its SHA-256 is not the recorded one)")
          : d);
    }
    return out;
  }

  /**
   * What re-running gave: the compiler's or the run's errors when it could not run, else every
   * file of the output directory (first side) compared with the re-run's (second side).
   *
   * @param edited the recorded outputs whose file in the output directory is missing or no longer
   *               has the recorded hash
   */
  public record Rerun(List<Diagnostic> errors, List<FileDifference> outputs, List<String> edited) {
    public Rerun {
      errors = List.copyOf(errors);
      outputs = List.copyOf(outputs);
      edited = List.copyOf(edited);
    }

    public boolean identical() {
      return errors.isEmpty() && edited.isEmpty() && outputs.stream().allMatch(FileDifference::identical);
    }
  }

  /**
   * Runs the recorded script text (at its recorded path, so relative paths resolve as in the run)
   * with the recorded overrides into a temporary directory, removed afterwards.
   *
   * @throws IllegalStateException when the record holds no script text ({@link RecordedRun#canRerun})
   */
  public static Rerun rerun(RecordedRun run, int threads, RunListener listener) throws IOException {
    if (!run.canRerun()) {
      throw new IllegalStateException("the record of " + run.directory() + " holds no script text");
    }
    Compiler.Result compiled = Compiler.compile(run.script(), new Compiler.Options(run.overrides(), true));
    if (!compiled.ok()) {
      return new Rerun(compiled.diagnostics().stream().filter(Diagnostic::isError).toList(), List.of(), List.of());
    }
    Path scratch = ProcessTempFolders.make("nimeta-verify-"); // removed even after Ctrl-C or kill -9
    try {
      Path out = scratch.resolve("run");
      Run.Report report;
      try {
        report = Run.execute(compiled.plan(), new Run.Options(out, false, threads, listener));
      } catch (OutputRefusedException e) {
        throw new IOException(e.getMessage(), e);
      }
      if (!report.ok()) {
        return new Rerun(report.diagnostics().stream().filter(Diagnostic::isError).toList(), List.of(), List.of());
      }
      // The files as they are now, not as recorded: an edited map must show as the re-run's difference.
      List<FileDifference> outputs = OutputComparison.compare(OutputComparison.Side.onDisk(run.directory()),
          OutputComparison.Side.onDisk(out));
      return new Rerun(List.of(), outputs, edited(run, recordedHashes(run)));
    } finally {
      ProcessTempFolders.delete(scratch);
    }
  }

  private static Map<String, String> recordedHashes(RecordedRun run) {
    Map<String, String> hashes = new TreeMap<>();
    run.outputs().forEach(o -> hashes.put(o.path(), o.sha256()));
    return hashes;
  }

  private static List<String> edited(RecordedRun run, Map<String, String> recorded) throws IOException {
    List<String> edited = new ArrayList<>();
    for (Map.Entry<String, String> e : recorded.entrySet()) {
      Path file = run.directory().resolve(e.getKey());
      if (!Files.isRegularFile(file) || !Sha256.of(file).equals(e.getValue())) {
        edited.add(e.getKey());
      }
    }
    return edited;
  }
}
