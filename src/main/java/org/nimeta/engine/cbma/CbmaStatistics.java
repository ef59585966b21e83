package org.nimeta.engine.cbma;

import org.nimeta.engine.montecarlo.CbmaStatistic;

/** The Monte Carlo strategies of the coordinate-based estimators, one per estimator. */
public final class CbmaStatistics {
  /** {@code ALE}: {@code 1 - prod_e (1 - MA_e)}. */
  public static final CbmaStatistic ALE = new AleStatistic();
  /** {@code MKDADensity}: {@code sum_e w_e MA_e} with NiMARE's experiment weights. */
  public static final CbmaStatistic MKDA_DENSITY = new MkdaDensityStatistic();
  /** {@code KDA}: {@code sum_e MA_e}. */
  public static final CbmaStatistic KDA = new KdaStatistic();

  private CbmaStatistics() {}
}
