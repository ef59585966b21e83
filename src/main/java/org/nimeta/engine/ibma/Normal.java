package org.nimeta.engine.ibma;

import org.apache.commons.math3.special.Erf;

/**
 * Standard normal distribution functions with the tail behaviour of scipy's {@code ndtr} and
 * {@code ndtri}, which NiMARE and PyMARE call. Package-private: the engine's p/z conversions will
 * be unified later.
 */
final class Normal {
  private static final double SQRT1_2 = Math.sqrt(0.5);
  private static final double INV_SQRT_2PI = 1 / Math.sqrt(2 * Math.PI);

  private Normal() {}

  /**
   * Φ(z), computed as scipy's {@code ndtr}: {@code 0.5 + 0.5 erf(z/√2)} near zero, otherwise
   * {@code 0.5 erfc(|z|/√2)} reflected, so the lower tail keeps full relative precision.
   */
  static double cdf(double z) {
    if (Double.isNaN(z)) {
      return Double.NaN;
    }
    double x = z * SQRT1_2;
    double ax = Math.abs(x);
    if (ax < SQRT1_2) {
      return 0.5 + 0.5 * Erf.erf(x);
    }
    double half = 0.5 * Erf.erfc(ax);
    return x > 0 ? 1 - half : half;
  }

  /** Upper tail 1 − Φ(z) with full relative precision for large z. */
  static double sf(double z) {
    return cdf(-z);
  }

  static double pdf(double z) {
    return INV_SQRT_2PI * Math.exp(-0.5 * z * z);
  }

  /**
   * Inverse upper tail: the z with {@code sf(z) = p}; {@code +∞} for p = 0, {@code −∞} for p = 1,
   * NaN outside [0, 1]. For p > 0.5 the complement {@code 1 − p} (exact in floating point) is
   * inverted, as scipy's {@code ndtri} does. Starts from Abramowitz & Stegun 26.2.23 (error below
   * 4.5e-4) and polishes with Newton steps on {@code log sf}, which converge to the precision of
   * {@link #sf}.
   */
  static double isf(double p) {
    if (Double.isNaN(p) || p < 0 || p > 1) {
      return Double.NaN;
    }
    if (p == 0) {
      return Double.POSITIVE_INFINITY;
    }
    if (p == 1) {
      return Double.NEGATIVE_INFINITY;
    }
    if (p == 0.5) {
      return 0;
    }
    if (p > 0.5) {
      return -isf(1 - p);
    }
    double t = Math.sqrt(-2 * Math.log(p));
    double z = t - (2.515517 + t * (0.802853 + t * 0.010328))
        / (1 + t * (1.432788 + t * (0.189269 + t * 0.001308)));
    double logP = Math.log(p);
    for (int iter = 0; iter < 8; iter++) {
      double s = sf(z);
      double step = (Math.log(s) - logP) * s / pdf(z);
      z += step;
      if (Math.abs(step) <= 1e-15 * Math.max(1, Math.abs(z))) {
        break;
      }
    }
    return z;
  }

  /**
   * PyMARE 0.0.4's two-sided p of a Wald z: {@code 1 − |0.5 − Φ(z)|·2}. Because Φ is rounded
   * near 1, the result has an absolute resolution of about 2.2e-16 and is exactly 0 beyond
   * |z| ≈ 8.3 — kept as is because NiMARE's {@code p} maps are made this way.
   */
  static double pymareTwoSidedP(double z) {
    return 1 - Math.abs(0.5 - cdf(z)) * 2;
  }
}
