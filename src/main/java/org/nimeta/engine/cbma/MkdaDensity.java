package org.nimeta.engine.cbma;

import java.util.Arrays;
import java.util.List;
import org.nimeta.engine.CoordinateExperiment;
import org.nimeta.engine.CoordinateInputs;
import org.nimeta.engine.EngineRefusal;
import org.nimeta.engine.MetaResult;
import org.nimeta.engine.kernel.KernelTransformer;
import org.nimeta.engine.kernel.MaMaps;
import org.nimeta.engine.stats.NullHistogram;
import org.nimeta.engine.stats.NumpySum;
import org.nimeta.engine.stats.PToZ;
import org.nimeta.image.Mask;

/**
 * Multilevel kernel density analysis, density statistic (NiMARE's
 * {@code MKDADensity(null_method="approximate")}, default kernel {@code MKDAKernel(r=10)}).
 *
 * <p>Statistic: {@code stat = sum_e w_e MA_e} with {@code w = n_exp sqrt(n_e) / sum sqrt(n)} (the
 * rfx factor 1 cancels). NiMARE only attaches sample sizes when the kernel has a
 * {@code sample_size} parameter, so with the MKDA or KDA kernel every weight is 1 (n = 1 for all).
 * Null: experiment e is active at a voxel with probability p_e = the mean of its MA values over the
 * mask, and the statistic's null is the Poisson-binomial distribution of the number of active
 * experiments, built by repeated convolution with {@code [1 - p_e, p_e]} on bins 0..n_exp (the
 * weights do not enter it). p from {@link NullHistogram#pValues}, z one-tailed.
 */
public final class MkdaDensity {
  /**
   * NiMARE's inference factor (rfx 1.0, ffx 0.75); its coordinate table never has an
   * {@code inference} column, so every experiment counts as rfx.
   */
  private static final double RFX = 1.0;

  private MkdaDensity() {}

  /**
   * Fits MKDADensity. Experiments without foci are ignored and the rest are taken in id order.
   *
   * @param experiments not modified
   * @return maps {@code stat}, {@code p}, {@code z}; {@code double[]} tables
   *     {@code histogram_bins}, {@code histogram_means} and
   *     {@code histweights_corr-none_method-approximate}
   * @throws IllegalArgumentException when the kernel uses sample sizes and only some experiments
   *     have one
   */
  public static MetaResult fit(List<CoordinateExperiment> experiments, KernelTransformer kernel, Mask mask) {
    List<CoordinateExperiment> input = CoordinateInputs.prepare(experiments, kernel, "MKDADensity");
    double[] weights = weights(input, kernel);
    MaMaps maps = MaMaps.of(input, kernel, mask);
    double[] stat = new double[mask.size()];
    statistic(maps, weights, stat);

    int nExp = maps.experimentCount();
    double[] activeProportion = new double[nExp];
    for (int e = 0; e < nExp; e++) {
      double[] values = Arrays.copyOfRange(maps.values(), maps.start(e), maps.end(e));
      activeProportion[e] = NumpySum.sumWithZeroTail(values, values.length, mask.size()) / mask.size();
    }
    double[] bins = binCentres(nExp);
    NullHistogram nullHistogram = new NullHistogram(bins, poissonBinomial(activeProportion));
    double[] p = nullHistogram.pValues(stat);
    return new MetaResult(mask)
        .put("stat", stat)
        .put("p", p)
        .put("z", PToZ.oneTailed(p))
        .putTable(NullHistogram.BINS_TABLE, bins)
        .putTable("histogram_means", activeProportion)
        .putTable(NullHistogram.WEIGHTS_TABLE, nullHistogram.weights());
  }

  /**
   * NiMARE's experiment weights {@code n_exp (sqrt(n_e) / sum sqrt(n))}, with n = 1 for every
   * experiment unless the kernel carries sample sizes (then every experiment must have one).
   *
   * @param experiments in the order of the MA maps they weight. Not modified.
   */
  public static double[] weights(List<CoordinateExperiment> experiments, KernelTransformer kernel) {
    int nExp = experiments.size();
    double[] root = new double[nExp];
    int known = 0;
    for (int e = 0; e < nExp; e++) {
      known += Double.isNaN(experiments.get(e).sampleSize()) ? 0 : 1;
    }
    boolean useSampleSizes = kernel.hasSampleSizeParameter() && known > 0;
    for (int e = 0; e < nExp; e++) {
      CoordinateExperiment experiment = experiments.get(e);
      if (useSampleSizes && !(experiment.sampleSize() > 0)) {
        throw new EngineRefusal("Experiment `" + experiment.id() + "` has no usable "
            + "sample size, but MKDADensity weights experiments by sample size with this kernel.");
      }
      root[e] = Math.sqrt(useSampleSizes ? experiment.sampleSize() : 1.0) * RFX;
    }
    double total = NumpySum.sum(root);
    double[] w = new double[nExp];
    for (int e = 0; e < nExp; e++) {
      w[e] = nExp * (root[e] / total);
    }
    return w;
  }

  /**
   * {@code out[m] = sum_e weights[e] MA_e[m]}, experiments added in map order. Allocation-free.
   *
   * @param maps    not modified
   * @param weights one per experiment. Not modified.
   * @param out     one value per mask voxel; overwritten
   */
  public static void statistic(MaMaps maps, double[] weights, double[] out) {
    Arrays.fill(out, 0.0);
    int[] idx = maps.indices();
    double[] val = maps.values();
    for (int e = 0; e < maps.experimentCount(); e++) {
      double w = weights[e];
      for (int n = maps.start(e); n < maps.end(e); n++) {
        out[idx[n]] += val[n] * w;
      }
    }
  }

  /** The null's bins {@code arange(n_exp + 1)}, one per possible number of active experiments. */
  static double[] binCentres(int experiments) {
    double[] bins = new double[experiments + 1];
    for (int b = 0; b <= experiments; b++) {
      bins[b] = b;
    }
    return bins;
  }

  /** {@code h = [1]; h = np.convolve(h, [1 - p, p])} for each p in turn. */
  static double[] poissonBinomial(double[] probabilities) {
    double[] h = {1.0};
    for (double p : probabilities) {
      double[] next = new double[h.length + 1];
      double q = 1 - p;
      for (int k = 0; k <= h.length; k++) {
        double stay = k < h.length ? h[k] * q : 0;
        double move = k > 0 ? h[k - 1] * p : 0;
        next[k] = stay + move;
      }
      h = next;
    }
    return h;
  }
}
