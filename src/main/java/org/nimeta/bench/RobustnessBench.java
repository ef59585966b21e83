package org.nimeta.bench;

import java.io.PrintWriter;
import java.util.List;
import org.nimeta.data.Dataset;
import org.nimeta.engine.CoordinateExperiment;
import org.nimeta.engine.CoordinateInputs;
import org.nimeta.engine.MetaResult;
import org.nimeta.engine.Progress;
import org.nimeta.engine.cbma.Ale;
import org.nimeta.engine.cbma.CbmaStatistics;
import org.nimeta.engine.cluster.FaceNeighbours;
import org.nimeta.engine.diagnostics.FailSafeN;
import org.nimeta.engine.diagnostics.ResampledStability;
import org.nimeta.engine.diagnostics.Schedules;
import org.nimeta.engine.diagnostics.StabilityNull;
import org.nimeta.engine.diagnostics.TargetClusters;
import org.nimeta.engine.kernel.AleKernel;
import org.nimeta.engine.montecarlo.ClusterFormingThreshold;
import org.nimeta.engine.stats.NullHistogram;
import org.nimeta.image.Mask;

/** The robustness diagnostics of the pain ALE: ResampledStability next to NiMARE main's time, and FailSafeN. */
final class RobustnessBench {
  /** Iterations of the cluster-size null, as in the NiMARE main reference run. */
  static final int NULL_ITERATIONS = 50;
  /** NiMARE main's {@code ResampledStability(leave_1_out).transform} on the pain ALE with that null, one core. */
  static final double NIMARE_SECONDS = 98.0;
  static final int FSN_ITERATIONS = 100;
  static final int FSN_MAX_NULL = 16;

  private RobustnessBench() {}

  static void rows(PrintWriter out, Dataset pain, Mask mask, int threads) {
    AleKernel kernel = AleKernel.fromSampleSizes();
    List<CoordinateExperiment> experiments = CoordinateInputs.prepare(CoordinateExperiment.listFrom(pain, mask), kernel,
        "ALE");
    MetaResult fit = Ale.fit(experiments, kernel, mask, threads);
    int n = experiments.size();
    double stability = Stopwatch.once(() -> {
      int[] sizes = StabilityNull.maxClusterSizes(experiments, kernel, CbmaStatistics.ALE, FaceNeighbours.of(mask),
          ClusterFormingThreshold.of(fit, 0.001), n - 1, NULL_ITERATIONS, 0, threads);
      return ResampledStability.run(new ResampledStability.Estimate(experiments, kernel, CbmaStatistics.ALE,
              NullHistogram.fromTables(fit.tables()), mask), Schedules.of(n, n - 1, null, 0), 0.001,
          StabilityNull.percentile(sizes, 95), new int[mask.size()], 0, fit.map("z"), threads, Progress.NONE);
    });
    out.printf("ResampledStability of ALE, leave_1_out, %d replicates, %d-iteration null: %.3f s "
        + "(NiMARE main, one core: %.0f s)%n", n, NULL_ITERATIONS, stability, NIMARE_SECONDS);
    TargetClusters clusters = TargetClusters.of(fit.map("z"), mask, 3.09, 10);
    if (clusters.empty()) {
      return;
    }
    TargetClusters.Tail tail = clusters.tails().get(0);
    FailSafeN.Outcome[] outcome = new FailSafeN.Outcome[1];
    double fsn = Stopwatch.once(() -> outcome[0] = FailSafeN.compute(
        new FailSafeN.Estimate(experiments, kernel, CbmaStatistics.ALE, d -> Ale.fit(d, kernel, mask, threads), mask),
        tail.labels(), tail.clusters(), new FailSafeN.Settings(0.001, FSN_ITERATIONS, 0.05, FSN_MAX_NULL, 0, threads),
        Progress.NONE));
    out.printf("FailSafeN of ALE, %d clusters, %d refits of %d iterations, at most %d null experiments: %.3f s "
        + "(NiMARE has no fail-safe N)%n", tail.clusters(), outcome[0].refits(), FSN_ITERATIONS, FSN_MAX_NULL, fsn);
  }
}
