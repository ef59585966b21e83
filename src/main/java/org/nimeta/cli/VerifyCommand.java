package org.nimeta.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.nimeta.review.FileDifference;
import org.nimeta.review.RecordedRun;
import org.nimeta.review.Verification;
import org.nimeta.run.NimetaVersion;
import org.nimeta.run.RunListener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "verify", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = {"Checks a run's output directory against its `provenance.json`. Every input",
        "must still have its recorded SHA-256, else nothing runs; then the recorded",
        "script text runs again, with the recorded `--param` overrides, into a",
        "temporary directory, and every output is compared. Exit 0 only when all are",
        "identical."})
final class VerifyCommand implements Callable<Integer> {
  private final Session session;

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "OUTDIR", description = "The output directory of a `nimeta run`.")
  Path directory;

  @Option(names = "--quick",
      description = "Only compare the inputs and outputs on disk with their recorded hashes; run nothing.")
  boolean quick;

  @Option(names = "--threads", paramLabel = "N",
      description = "Worker threads for the re-run (default: the number of processors, ${DEFAULT-VALUE}); "
          + "results do not depend on it.")
  int threads = Runtime.getRuntime().availableProcessors();

  VerifyCommand(Session session) {
    this.session = session;
  }

  public Integer call() throws IOException {
    ThreadCount.check(spec, threads);
    if (!Files.isDirectory(directory)) {
      throw new ParameterException(spec.commandLine(), "`" + directory + "` is not a directory.");
    }
    RecordedRun run;
    try {
      run = RecordedRun.read(directory);
    } catch (RecordedRun.NotARun e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    PrintWriter out = session.out();
    if (!run.version().equals(NimetaVersion.get())) {
      out.println("note: the run was made by nimeta " + run.version() + "; this is nimeta " + NimetaVersion.get() + ".");
    }
    List<String> changed = Verification.changedInputs(run);
    if (!changed.isEmpty()) {
      changed.forEach(c -> session.err().println("nimeta: " + c));
      session.err().println("nimeta: the run cannot be reproduced from other inputs; nothing was run.");
      return Main.SCRIPT_ERRORS;
    }
    if (quick) {
      return report(Verification.quick(run), "missing", "extra", List.of());
    }
    if (!run.canRerun()) {
      session.err().println("nimeta: `" + run.directory().resolve("provenance.json") + "` does not hold the script's text"
          + " (the run was made by nimeta " + run.version() + "); only `nimeta verify --quick` can check it.");
      return Main.SCRIPT_ERRORS;
    }
    if (Verification.scriptChangedOnDisk(run)) {
      out.println("note: `" + DisplayPaths.shown(run.scriptPath()) + "` has changed since the run; "
          + "the script text recorded in the run is what runs again.");
    }
    if (session.terminal()) {
      session.err().println("Re-running `" + run.scriptName() + "` with " + threads + (threads == 1 ? " thread" : " threads")
          + (run.threads() > 0 && run.threads() != threads ? " (the run used " + run.threads() + ")" : "") + "...");
    }
    RunListener listener = session.terminal() ? new ConsoleProgress(session.err()) : RunListener.NONE;
    Verification.Rerun rerun = Verification.rerun(run, threads, listener);
    if (!rerun.errors().isEmpty()) {
      ScriptOptions.print(session, rerun.errors());
      session.err().println("nimeta: the recorded script no longer runs; nothing was compared.");
      return Main.SCRIPT_ERRORS;
    }
    return report(rerun.outputs(), "extra", "missing", rerun.edited());
  }

  /**
   * One line per output, then the verdict.
   *
   * @param onlyFirst  the word for a file only the output directory (or the record) has
   * @param onlySecond the word for a file only the other side has
   */
  private int report(List<FileDifference> outputs, String onlyFirst, String onlySecond, List<String> edited) {
    PrintWriter out = session.out();
    int bad = 0;
    for (FileDifference d : outputs) {
      String word = switch (d.status()) {
        case IDENTICAL -> "identical";
        case DIFFERS -> "differs";
        case ONLY_FIRST -> onlyFirst;
        case ONLY_SECOND -> onlySecond;
      };
      String why = switch (d.status()) {
        case IDENTICAL -> "";
        case DIFFERS -> d.details(false);
        case ONLY_FIRST -> quick ? "recorded, but not in the output directory" : "in the output directory, but the re-run did not write it";
        case ONLY_SECOND -> quick ? "in the output directory, but not in the record" : "written by the re-run, but not in the output directory";
      };
      boolean changedAfterRun = edited.contains(d.path()) && d.status() != FileDifference.Status.ONLY_SECOND;
      if (changedAfterRun) {
        why += (why.isEmpty() ? "" : " ") + "(changed after the run: its SHA-256 is not the recorded one)";
      }
      out.println(String.format("%-10s %s%s", word, d.path(), why.isEmpty() ? "" : ": " + why));
      if (!d.identical() || changedAfterRun) {
        bad++;
      }
    }
    if (bad == 0) {
      out.println("verified: all " + outputs.size() + " outputs are identical" + (quick ? " to the record." : " to a re-run."));
      return Main.OK;
    }
    out.println("not verified: " + bad + " of " + outputs.size() + (outputs.size() == 1 ? " output" : " outputs")
        + (bad == 1 ? " is" : " are") + " not identical.");
    return Main.SCRIPT_ERRORS;
  }
}
