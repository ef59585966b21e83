package org.nimeta.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.nimeta.bench.Benchmarks;
import org.nimeta.bench.SyntheticImages;
import org.nimeta.data.DataException;
import org.nimeta.data.Dataset;
import org.nimeta.data.DatasetLoader;
import org.nimeta.image.Mask;
import org.nimeta.image.Templates;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "bench", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = "Times every estimator: the coordinate-based ones on the pain data (observed maps, "
        + "Monte Carlo per iteration and for 10,000 iterations) and the image-based ones on a full-brain "
        + "synthetic dataset (21 studies).")
final class BenchCommand implements Callable<Integer> {
  private final Session session;

  @Spec CommandSpec spec;

  @Option(names = "--data", paramLabel = "FILE", description = "Coordinate dataset (default: ${DEFAULT-VALUE}).")
  Path data = Path.of("examples/data/nidm_pain_dset.json");

  @Option(names = "--iterations", description = "Monte Carlo iterations actually run per estimator (default: ${DEFAULT-VALUE}).")
  int iterations = 1000;

  @Option(names = "--threads", description = "Threads (default: all processors).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--only", description = "`coordinates` or `images` (default: both).")
  String only;

  BenchCommand(Session session) {
    this.session = session;
  }

  public Integer call() {
    if (iterations < 1) {
      throw new ParameterException(spec.commandLine(), "`--iterations` must be at least 1, got " + iterations + ".");
    }
    ThreadCount.check(spec, threads);
    if (only != null && !only.equals("coordinates") && !only.equals("images")) {
      throw new ParameterException(spec.commandLine(), "`--only` takes `coordinates` or `images`, not `" + only + "`.");
    }
    Mask mask = Templates.brainMask("mni152_2mm");
    Benchmarks bench = new Benchmarks(session.out(), threads, iterations);
    if (only == null || only.equals("coordinates")) {
      if (!Files.isRegularFile(data)) {
        throw new ParameterException(spec.commandLine(), "`" + data + "` does not exist; run from the nimeta "
            + "folder or give `--data`.");
      }
      Dataset pain = load(data);
      bench.coordinates(pain, mask);
      bench.jackknife(mask);
      bench.robustness(pain, mask);
    }
    if (only == null || only.equals("images")) {
      bench.images(SyntheticImages.of(mask, 21, 2024));
    }
    return Main.OK;
  }

  private Dataset load(Path file) {
    try {
      return DatasetLoader.load(file, null, null).dataset();
    } catch (DataException e) {
      throw new ParameterException(spec.commandLine(), "The `--data` file cannot be read: " + e.getMessage());
    }
  }
}
