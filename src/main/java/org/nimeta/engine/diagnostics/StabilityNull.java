package org.nimeta.engine.diagnostics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nimeta.engine.CoordinateExperiment;
import org.nimeta.engine.Progress;
import org.nimeta.engine.cluster.FaceNeighbours;
import org.nimeta.engine.kernel.KernelTransformer;
import org.nimeta.engine.montecarlo.CbmaStatistic;
import org.nimeta.engine.montecarlo.FweNull;
import org.nimeta.engine.montecarlo.MonteCarloFwe;
import org.nimeta.engine.montecarlo.MonteCarloOptions;
import org.nimeta.engine.montecarlo.SplitMix64;

/**
 * The cluster-size threshold of {@link ResampledStability}: NiMARE main draws, per Monte Carlo
 * iteration, {@code target_n} of the experiments at random (all of them when {@code target_n} is
 * every experiment), puts their foci on random voxels, and records the largest cluster of the
 * random map above the cluster-forming threshold; the threshold is that null's
 * {@code 1 - alpha} percentile.
 *
 * <p>Here iteration i draws its experiments from the stream {@code (seed, i)} and its foci as
 * {@link MonteCarloFwe} draws them; iterations that drew the same experiments are simulated
 * together (a leave-one-out schedule has only n distinct subsets), each group from its own
 * stream, so the null does not depend on the thread count. As in NiMARE, the null is drawn once
 * and serves every replicate.
 */
public final class StabilityNull {
  private static final long SUBSET_STREAM = 0x5AB1E5EEDL;

  private StabilityNull() {}

  /**
   * The largest random cluster of each iteration.
   *
   * @param experiments as the estimator takes them. Not modified.
   * @param threshold   the cluster-forming statistic
   * @param targetN     experiments per random data set
   */
  public static int[] maxClusterSizes(List<CoordinateExperiment> experiments, KernelTransformer kernel,
      CbmaStatistic statistic, FaceNeighbours neighbours, double threshold, int targetN, int iterations, long seed,
      int threads) {
    int n = experiments.size();
    Map<String, List<Integer>> bySubset = new LinkedHashMap<>();
    Map<String, int[]> subsetOf = new LinkedHashMap<>();
    SplitMix64 random = new SplitMix64(0);
    for (int i = 0; i < iterations; i++) {
      random.reseed(SplitMix64.streamSeed(seed ^ SUBSET_STREAM, i));
      int[] subset = targetN == n ? allOf(n) : Schedules.draw(random, n, targetN);
      String key = Arrays.toString(subset);
      bySubset.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
      subsetOf.putIfAbsent(key, subset);
    }
    int[] sizes = new int[iterations];
    for (Map.Entry<String, List<Integer>> group : bySubset.entrySet()) {
      List<CoordinateExperiment> kept = new ArrayList<>();
      for (int e : subsetOf.get(group.getKey())) {
        kept.add(experiments.get(e));
      }
      List<Integer> at = group.getValue();
      FweNull drawn = MonteCarloFwe.simulate(kept, kernel, neighbours, statistic, threshold,
          new MonteCarloOptions(at.size(), SplitMix64.streamSeed(seed, at.get(0)), threads), Progress.NONE);
      for (int g = 0; g < at.size(); g++) {
        sizes[at.get(g)] = drawn.maxClusterSize()[g];
      }
    }
    return sizes;
  }

  /** numpy's {@code percentile(values, q)} (linear interpolation between order statistics). */
  public static double percentile(int[] values, double q) {
    double[] sorted = Arrays.stream(values).asDoubleStream().sorted().toArray();
    double position = q / 100.0 * (sorted.length - 1);
    int below = (int) Math.floor(position);
    int above = Math.min(below + 1, sorted.length - 1);
    double t = position - below;
    double a = sorted[below];
    double b = sorted[above];
    return t >= 0.5 ? b - (b - a) * (1 - t) : a + (b - a) * t; // numpy's _lerp, both branches
  }

  private static int[] allOf(int n) {
    int[] all = new int[n];
    for (int e = 0; e < n; e++) {
      all[e] = e;
    }
    return all;
  }
}
