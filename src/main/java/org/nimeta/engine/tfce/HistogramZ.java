package org.nimeta.engine.tfce;

import java.util.Map;
import org.nimeta.engine.EngineRefusal;
import org.nimeta.engine.stats.NullHistogram;
import org.nimeta.engine.stats.PToZ;

/**
 * An estimator's statistic-to-z conversion, for the random maps of a Monte Carlo null: exactly
 * what its fit did to the observed statistic ({@link NullHistogram#pValues}, then the one-tailed
 * {@link PToZ}), with one z per histogram bin computed once. JALE likewise converts each null ALE
 * map to z with the observed data's null histogram before its TFCE.
 */
public final class HistogramZ {
  private final double invStep;
  private final double[] zOfBin;

  private HistogramZ(NullHistogram histogram) {
    double[] centres = histogram.binCenters();
    // pValues of each bin centre gives that bin's p with every clip it applies (bin 0's is 1,
    // as the upper tail is largest there).
    double[] p = histogram.pValues(centres);
    zOfBin = PToZ.oneTailed(p);
    invStep = 1 / (centres[1] - centres[0]);
  }

  /**
   * The conversion of a fitted estimate: its approximate null, or its Monte Carlo null histogram.
   *
   * @param tables the fitted result's tables. Not modified.
   */
  public static HistogramZ of(Map<String, Object> tables, String monteCarloWeightsTable) {
    Object bins = tables.get(NullHistogram.BINS_TABLE);
    Object weights = tables.get(NullHistogram.WEIGHTS_TABLE);
    if (weights == null) {
      weights = tables.get(monteCarloWeightsTable);
    }
    if (!(bins instanceof double[] b) || !(weights instanceof double[] w)) {
      throw new EngineRefusal("The estimate holds no null distribution to turn random maps into z.");
    }
    return new HistogramZ(new NullHistogram(b, w));
  }

  /** The z the estimator gives a voxel whose statistic is {@code stat}. */
  public double z(double stat) {
    if (!(stat > 0)) {
      return 0; // p = 1
    }
    double bin = NullHistogram.roundHalfAwayFromZero(stat * invStep);
    int last = zOfBin.length - 1;
    return zOfBin[bin >= last ? last : (int) bin];
  }
}
