package org.nimeta.engine.cbma;

import java.util.List;
import org.nimeta.engine.CoordinateExperiment;
import org.nimeta.engine.MetaResult;
import org.nimeta.engine.kernel.KernelTransformer;
import org.nimeta.engine.kernel.MaMaps;
import org.nimeta.engine.stats.NullHistogram;
import org.nimeta.engine.stats.PToZ;
import org.nimeta.image.Mask;

/**
 * Activation likelihood estimation (NiMARE's {@code ALE(null_method="approximate")}): the ALE
 * statistic {@code 1 - prod_e(1 - MA_e)} per voxel, p from the approximate null ({@link AleNull})
 * and one-tailed z.
 */
public final class Ale {
  /** Name of the null histogram's bin centres in {@link MetaResult#tables()}. */
  public static final String TABLE_BINS = "histogram_bins";
  /** Name of the null histogram's weights in {@link MetaResult#tables()}. */
  public static final String TABLE_WEIGHTS = "histweights_corr-none_method-approximate";

  private Ale() {}

  /**
   * Fits ALE. Experiments without foci are ignored and the rest are taken in id order, as NiMARE
   * does.
   *
   * @param experiments not modified
   * @param kernel      usually {@link org.nimeta.engine.kernel.AleKernel}
   * @return maps {@code stat}, {@code p}, {@code z}; tables {@value #TABLE_BINS} and
   *     {@value #TABLE_WEIGHTS} (both {@code double[]})
   */
  public static MetaResult fit(List<CoordinateExperiment> experiments, KernelTransformer kernel, Mask mask) {
    MaMaps maps = MaMaps.of(CbmaInputs.prepare(experiments, kernel, "ALE"), kernel, mask);
    double[] stat = new double[mask.size()];
    statistic(maps, stat);
    NullHistogram nullHistogram = AleNull.approximate(maps, mask.size());
    double[] p = nullHistogram.pValues(stat);
    return new MetaResult(mask)
        .put("stat", stat)
        .put("p", p)
        .put("z", PToZ.oneTailed(p))
        .putTable(TABLE_BINS, nullHistogram.binCenters())
        .putTable(TABLE_WEIGHTS, nullHistogram.weights());
  }

  /**
   * The ALE statistic {@code stat[m] = 1 - prod_e (1 - MA_e[m])}, experiments multiplied in map
   * order. Allocation-free, for Monte Carlo loops.
   *
   * @param maps not modified
   * @param out  one value per mask voxel; overwritten
   */
  public static void statistic(MaMaps maps, double[] out) {
    java.util.Arrays.fill(out, 1.0);
    int[] idx = maps.indices();
    double[] val = maps.values();
    int end = maps.experimentCount() == 0 ? 0 : maps.end(maps.experimentCount() - 1);
    for (int n = 0; n < end; n++) {
      out[idx[n]] *= 1.0 - val[n];
    }
    for (int m = 0; m < out.length; m++) {
      out[m] = 1.0 - out[m];
    }
  }
}
