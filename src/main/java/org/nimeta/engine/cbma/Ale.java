package org.nimeta.engine.cbma;

import java.util.Arrays;
import java.util.List;
import org.nimeta.engine.CoordinateExperiment;
import org.nimeta.engine.CoordinateInputs;
import org.nimeta.engine.MetaResult;
import org.nimeta.engine.kernel.KernelTransformer;
import org.nimeta.engine.kernel.MaMaps;
import org.nimeta.engine.stats.NullHistogram;
import org.nimeta.image.Mask;

/**
 * Activation likelihood estimation (NiMARE's {@code ALE(null_method="approximate")}): the ALE
 * statistic {@code 1 - prod_e(1 - MA_e)} per voxel, p from the approximate null ({@link AleNull})
 * and one-tailed z.
 */
public final class Ale {
  private Ale() {}

  /** {@link #fit(List, KernelTransformer, Mask, int)} on all available processors. */
  public static MetaResult fit(List<CoordinateExperiment> experiments, KernelTransformer kernel, Mask mask) {
    return fit(experiments, kernel, mask, Runtime.getRuntime().availableProcessors());
  }

  /**
   * Fits ALE. Experiments without foci are ignored and the rest are taken in id order, as NiMARE
   * does. Memory is O(voxels) plus a small histogram per experiment, so datasets of tens of
   * thousands of experiments fit ({@link StreamedAle}); the result does not depend on
   * {@code threads}.
   *
   * @param experiments not modified
   * @param kernel      usually {@link org.nimeta.engine.kernel.AleKernel}
   * @param threads     worker threads, at least 1
   * @return maps {@code stat}, {@code p}, {@code z}; the null as tables
   *     {@link NullHistogram#BINS_TABLE} and {@link NullHistogram#WEIGHTS_TABLE}
   */
  public static MetaResult fit(List<CoordinateExperiment> experiments, KernelTransformer kernel, Mask mask,
      int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("The number of threads must be at least 1, got " + threads + ".");
    }
    StreamedAle streamed = StreamedAle.compute(CoordinateInputs.prepare(experiments, kernel, "ALE"), kernel, mask, threads);
    double[] stat = streamed.stat;
    NullHistogram nullHistogram = AleNull.approximate(streamed.maxima, streamed.histograms, threads);
    return ApproximateNullResult.of(mask, stat, nullHistogram);
  }

  /**
   * The ALE statistic {@code stat[m] = 1 - prod_e (1 - MA_e[m])}, experiments multiplied in map
   * order. Allocation-free, for Monte Carlo loops.
   *
   * @param maps not modified
   * @param out  one value per mask voxel; overwritten
   */
  public static void statistic(MaMaps maps, double[] out) {
    Arrays.fill(out, 1.0);
    int[] idx = maps.indices();
    double[] val = maps.values();
    for (int n = 0; n < maps.entryCount(); n++) {
      out[idx[n]] *= 1.0 - val[n];
    }
    for (int m = 0; m < out.length; m++) {
      out[m] = 1.0 - out[m];
    }
  }
}
