package org.nimeta.run;

import java.nio.file.Path;
import java.time.Duration;
import org.nimeta.compile.Compiler;
import org.nimeta.compile.Step;
import org.nimeta.lang.SourceFile;
import org.nimeta.run.cache.ResultCache;

/**
 * A child process for {@link ResumeAfterKillTest}: runs the script {@code args[0]} into
 * {@code args[1]} with the cache {@code args[2]}, saving Monte Carlo checkpoints every
 * {@code args[3]} iterations, on one thread, and dies like {@code kill -9} (no shutdown hooks, no
 * cleanup) when the correction has finished {@code args[4]} iterations.
 */
final class DiesMidMonteCarlo {
  private DiesMidMonteCarlo() {}

  public static void main(String[] args) throws Exception {
    Path script = Path.of(args[0]);
    Compiler.Result compiled = Compiler.compile(SourceFile.read(script, script.getFileName().toString()),
        Compiler.Options.defaults());
    int dieAt = Integer.parseInt(args[4]);
    RunListener killer = new RunListener() {
      @Override
      public void progress(Step step, long done, long total) {
        if (step instanceof Step.Correct && done >= dieAt) {
          Runtime.getRuntime().halt(137);
        }
      }
    };
    ResultCache cache = new ResultCache(Path.of(args[2]),
        new ResultCache.Interval(Integer.parseInt(args[3]), Duration.ofHours(1)));
    Run.execute(compiled.plan(), new Run.Options(Path.of(args[1]), false, 1, killer, cache));
    System.exit(0); // not killed: the test fails on the exit code
  }
}
