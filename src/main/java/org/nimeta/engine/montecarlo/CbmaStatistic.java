package org.nimeta.engine.montecarlo;

/**
 * The coordinate-based summary statistics whose null distribution can be simulated by placing
 * foci at random, each computed from the experiments' modeled-activation (MA) maps exactly as its
 * estimator does.
 */
public enum CbmaStatistic {
  /** {@code ALE}: {@code 1 - prod_e (1 - MA_e)}. */
  ALE("ALE"),
  /** {@code MKDADensity}: {@code sum_e w_e MA_e} with NiMARE's experiment weights. */
  MKDA_DENSITY("MKDADensity"),
  /** {@code KDA}: {@code sum_e MA_e}. */
  KDA("KDA");

  private final String estimatorName;

  CbmaStatistic(String estimatorName) {
    this.estimatorName = estimatorName;
  }

  /** NiMARE's estimator name, for messages. */
  public String estimatorName() {
    return estimatorName;
  }
}
