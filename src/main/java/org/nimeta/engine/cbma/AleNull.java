package org.nimeta.engine.cbma;

import java.util.Arrays;
import org.nimeta.engine.kernel.MaMaps;
import org.nimeta.engine.stats.NullHistogram;

/**
 * ALE's approximate null distribution (Eickhoff et al. 2012) exactly as NiMARE 0.2.1 builds it
 * ({@code ALE._determine_histogram_bins} and {@code _compute_null_approximate}).
 *
 * <p>Bins: step 1e-5; each experiment's maximum MA value rounded up to the step,
 * {@code max_ale = 1 - prod(1 - max_ma)}, centres {@code round(arange(0, max_ale + 1.5e-5, 1e-5),
 * 5)} = {@code b / 1e5}. Each experiment's in-mask MA values are counted with numpy's histogram
 * on edges equal to the centres plus one more (so a value v falls in bin floor(v / 1e-5)), its
 * zero voxels added to bin 0, and the counts normalised. The experiments are then combined one
 * after the other: for every pair of nonzero bins (e of the next experiment, a of the running
 * histogram) the probability {@code h_exp[e] h_ale[a]} goes to bin
 * {@code floor((1 - (1 - c_e)(1 - c_a)) * inv_step)} with {@code inv_step = 1 / (c_1 - c_0)} =
 * 99999.99999999999 in float64, which NiMARE floors rather than rounds.
 */
public final class AleNull {
  private static final int INV_STEP_SIZE = 100000;

  private AleNull() {}

  /**
   * The approximate null of the ALE statistic for these MA maps.
   *
   * @param maps       the experiments' MA maps, in NiMARE's order. Not modified.
   * @param maskVoxels number of voxels in the mask (voxels an experiment does not touch count as 0)
   */
  public static NullHistogram approximate(MaMaps maps, int maskVoxels) {
    double[] centres = binCentres(maps);
    double[][] hists = CbmaNulls.maHistograms(maps, maskVoxels, centres);
    double invStep = 1 / (centres[1] - centres[0]);
    int nBins = centres.length;
    double[] complement = new double[nBins];
    for (int b = 0; b < nBins; b++) {
      complement[b] = 1 - centres[b];
    }
    double[] ale = hists[0].clone();
    double[] next = new double[nBins];
    int[] aleNonzero = new int[nBins];
    int[] expNonzero = new int[nBins];
    for (int e = 1; e < hists.length; e++) {
      double[] exp = hists[e];
      int nExp = CbmaNulls.nonzeroBins(exp, expNonzero);
      int nAle = CbmaNulls.nonzeroBins(ale, aleNonzero);
      Arrays.fill(next, 0);
      for (int x = 0; x < nExp; x++) {
        int eb = expNonzero[x];
        double ce = complement[eb];
        double pe = exp[eb];
        for (int y = 0; y < nAle; y++) {
          int ab = aleNonzero[y];
          double score = 1 - ce * complement[ab];
          next[(int) Math.floor(score * invStep)] += pe * ale[ab];
        }
      }
      double[] swap = ale;
      ale = next;
      next = swap;
    }
    return new NullHistogram(centres, ale);
  }

  /** Bin centres {@code b / 1e5} up to one step past the largest possible ALE value. */
  public static double[] binCentres(MaMaps maps) {
    double product = 1.0;
    for (int e = 0; e < maps.experimentCount(); e++) {
      double maxMa = Math.ceil(maps.max(e) * INV_STEP_SIZE) / INV_STEP_SIZE;
      product *= 1.0 - maxMa;
    }
    double maxPossibleAle = 1.0 - product;
    double step = 1.0 / INV_STEP_SIZE;
    int n = (int) Math.ceil((maxPossibleAle + 1.5 * step) / step);
    double[] centres = new double[n];
    for (int b = 0; b < n; b++) {
      centres[b] = b / (double) INV_STEP_SIZE;
    }
    return centres;
  }
}
