package org.nimeta.engine.stats;

import org.apache.commons.math3.special.Gamma;

/** The chi-square distribution with one degree of freedom. */
public final class ChiSquare {
  private ChiSquare() {}

  /**
   * Survival function {@code P(X > x)} for 1 degree of freedom, {@code Q(1/2, x/2)} (scipy's
   * {@code chi2.sf(x, 1)}): 1 at x <= 0, NaN for NaN.
   */
  public static double sf1(double x) {
    if (Double.isNaN(x)) {
      return Double.NaN;
    }
    if (x <= 0) {
      return 1.0;
    }
    return Gamma.regularizedGammaQ(0.5, x / 2, 1e-16, Integer.MAX_VALUE);
  }
}
