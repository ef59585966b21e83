package org.nimeta.engine.montecarlo;

import org.nimeta.engine.EngineRefusal;
import org.nimeta.engine.MetaResult;
import org.nimeta.engine.stats.NullHistogram;

/**
 * NiMARE's {@code _p_to_summarystat(voxel_thresh)}: the statistic that defines clusters, from the
 * uncorrected null the estimator was fitted with.
 *
 * <ul>
 *   <li>approximate null: {@link NullHistogram#statisticForP} (the centre of the bin before the
 *       first bin whose upper-tail probability is at most p);</li>
 *   <li>Monte Carlo null ({@link MonteCarloNull}): NiMARE 0.2.1 applies the same rule to the raw
 *       histogram <em>counts</em> instead of tail probabilities, i.e. it takes the bin before the
 *       first bin with a count at most p (for p < 1: the first empty bin). This is reproduced as
 *       it is, because it decides the clusters NiMARE reports.</li>
 * </ul>
 */
public final class ClusterFormingThreshold {
  private ClusterFormingThreshold() {}

  /**
   * The cluster-forming statistic for {@code voxelThresh} from the null stored in a fitted result.
   *
   * @throws IllegalArgumentException when the result holds neither null, or no bin qualifies
   */
  public static double of(MetaResult fitted, double voxelThresh) {
    if (!(voxelThresh > 0 && voxelThresh < 1)) {
      throw new EngineRefusal("The cluster-forming threshold `voxel_thresh` must be a p-value "
          + "between 0 and 1, not " + voxelThresh + ".");
    }
    Object bins = fitted.tables().get(NullHistogram.BINS_TABLE);
    if (fitted.tables().get(NullHistogram.WEIGHTS_TABLE) != null) {
      return NullHistogram.fromTables(fitted.tables()).statisticForP(voxelThresh);
    }
    if (bins instanceof double[] centres
        && fitted.tables().get(MonteCarloNull.WEIGHTS_TABLE) instanceof double[] counts) {
      for (int b = 0; b < counts.length; b++) {
        if (counts[b] <= voxelThresh) {
          return centres[Math.max(0, b - 1)];
        }
      }
      throw new EngineRefusal("Every bin of the Monte Carlo null histogram is filled, so "
          + "NiMARE's rule finds no cluster-forming threshold for `voxel_thresh` = " + voxelThresh + ".");
    }
    throw new EngineRefusal("The estimate holds no null distribution to set the "
        + "cluster-forming threshold from.");
  }
}
