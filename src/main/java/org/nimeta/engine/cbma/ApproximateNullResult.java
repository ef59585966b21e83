package org.nimeta.engine.cbma;

import org.nimeta.engine.MetaResult;
import org.nimeta.engine.stats.NullHistogram;
import org.nimeta.engine.stats.PToZ;
import org.nimeta.image.Mask;

/** What every estimator with NiMARE's approximate null returns: stat, p from the null, one-tailed z, the null. */
final class ApproximateNullResult {
  private ApproximateNullResult() {}

  /** @param stat one value per mask voxel; kept, not copied */
  static MetaResult of(Mask mask, double[] stat, NullHistogram nullHistogram) {
    double[] p = nullHistogram.pValues(stat);
    return new MetaResult(mask)
        .put("stat", stat)
        .put("p", p)
        .put("z", PToZ.oneTailed(p))
        .putTable(NullHistogram.BINS_TABLE, nullHistogram.binCenters())
        .putTable(NullHistogram.WEIGHTS_TABLE, nullHistogram.weights());
  }
}
