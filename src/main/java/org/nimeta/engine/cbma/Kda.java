package org.nimeta.engine.cbma;

import java.util.Arrays;
import java.util.List;
import org.nimeta.engine.CoordinateExperiment;
import org.nimeta.engine.CoordinateInputs;
import org.nimeta.engine.MetaResult;
import org.nimeta.engine.kernel.MaMaps;
import org.nimeta.engine.kernel.SphereKernel;
import org.nimeta.engine.stats.NullHistogram;
import org.nimeta.engine.stats.NumpySum;
import org.nimeta.image.Mask;

/**
 * Kernel density analysis (NiMARE's {@code KDA(null_method="approximate")}, default kernel
 * {@code KDAKernel(r=10)}).
 *
 * <p>Statistic: {@code stat = sum_e MA_e}. Null: bins of width {@code value} (the kernel's sphere
 * value) from 0 to {@code value * total foci}, centres {@code arange(0, max + 1.5 value, value)};
 * each experiment's MA values are histogrammed on edges equal to the centres plus one step, its
 * untouched voxels counted in bin 0, and the experiments combined one after the other by adding
 * bin centres: probability {@code h_exp[e] h_stat[s]} goes to bin
 * {@code floor((c_e + c_s) / step)}. p from {@link NullHistogram#pValues}, z one-tailed.
 */
public final class Kda {
  private Kda() {}

  /**
   * Fits KDA. Experiments without foci are ignored and the rest are taken in id order.
   *
   * @param experiments not modified
   * @param kernel      a sphere kernel (NiMARE's null needs the kernel's {@code value})
   * @return maps {@code stat}, {@code p}, {@code z}; {@code double[]} tables
   *     {@code histogram_bins} and {@code histweights_corr-none_method-approximate}
   */
  public static MetaResult fit(List<CoordinateExperiment> experiments, SphereKernel kernel, Mask mask) {
    List<CoordinateExperiment> input = CoordinateInputs.prepare(experiments, kernel, "KDA");
    MaMaps maps = MaMaps.of(input, kernel, mask);
    double[] stat = new double[mask.size()];
    statistic(maps, stat);
    NullHistogram nullHistogram = approximateNull(maps, input, kernel.value(), mask.size());
    return ApproximateNullResult.of(mask, stat, nullHistogram);
  }

  /**
   * {@code out[m] = sum_e MA_e[m]}, experiments added in map order. Allocation-free.
   *
   * @param maps not modified
   * @param out  one value per mask voxel; overwritten
   */
  public static void statistic(MaMaps maps, double[] out) {
    Arrays.fill(out, 0.0);
    int[] idx = maps.indices();
    double[] val = maps.values();
    for (int n = 0; n < maps.entryCount(); n++) {
      out[idx[n]] += val[n];
    }
  }

  /**
   * NiMARE's null-histogram bin centres for KDA, {@code arange(0, max + 1.5 value, value)} with
   * {@code max = sum_e value * n_foci_e} (the largest possible statistic); the approximate and the
   * Monte Carlo null share them.
   *
   * @param experiments in map order. Not modified.
   */
  public static double[] binCentres(List<CoordinateExperiment> experiments, double value) {
    double[] maxPerExperiment = new double[experiments.size()];
    for (int e = 0; e < maxPerExperiment.length; e++) {
      maxPerExperiment[e] = value * experiments.get(e).fociCount();
    }
    double maxPossible = NumpySum.sum(maxPerExperiment);
    int nBins = (int) Math.ceil((maxPossible + value * 1.5) / value);
    double[] centres = new double[nBins];
    for (int b = 0; b < nBins; b++) {
      centres[b] = b * value;
    }
    return centres;
  }

  /**
   * The approximate null for these MA maps.
   *
   * @param experiments the experiments behind {@code maps}, in the same order (their foci counts
   *                    set the bins). Not modified.
   */
  static NullHistogram approximateNull(MaMaps maps, List<CoordinateExperiment> experiments,
      double value, int maskVoxels) {
    double[] centres = binCentres(experiments, value);
    int nBins = centres.length;
    double[][] hists = CbmaNulls.maHistograms(maps, maskVoxels, centres);
    double invStep = 1 / (centres[1] - centres[0]);
    double[] total = hists[0].clone();
    double[] next = new double[nBins];
    int[] totalNonzero = new int[nBins];
    int[] expNonzero = new int[nBins];
    for (int e = 1; e < hists.length; e++) {
      double[] exp = hists[e];
      int nExp = CbmaNulls.nonzeroBins(exp, expNonzero);
      int nTotal = CbmaNulls.nonzeroBins(total, totalNonzero);
      Arrays.fill(next, 0);
      for (int x = 0; x < nExp; x++) {
        int eb = expNonzero[x];
        for (int y = 0; y < nTotal; y++) {
          int sb = totalNonzero[y];
          next[(int) Math.floor((centres[eb] + centres[sb]) * invStep)] += exp[eb] * total[sb];
        }
      }
      double[] swap = total;
      total = next;
      next = swap;
    }
    return new NullHistogram(centres, total);
  }
}
