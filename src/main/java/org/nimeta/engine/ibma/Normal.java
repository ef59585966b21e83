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
   * inverted, as scipy's {@code ndtri} does. Starts from Acklam's rational approximation
   * (relative error about 1e-9) and polishes with Newton steps on {@code log sf}, which converge
   * to the precision of {@link #sf} in one or two steps.
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
    double z = acklamUpperQuantile(p);
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

  /** Acklam's approximation of the upper-tail quantile for 0 < p < 0.5. */
  private static double acklamUpperQuantile(double p) {
    if (p < 0.02425) {
      double q = Math.sqrt(-2 * Math.log(p));
      return -(((((-7.784894002430293e-03 * q - 3.223964580411365e-01) * q - 2.400758277161838e+00) * q
          - 2.549732539343734e+00) * q + 4.374664141464968e+00) * q + 2.938163982698783e+00)
          / ((((7.784695709041462e-03 * q + 3.224671290700398e-01) * q + 2.445134137142996e+00) * q
          + 3.754408661907416e+00) * q + 1);
    }
    double q = p - 0.5;
    double r = q * q;
    return -(((((-3.969683028665376e+01 * r + 2.209460984245205e+02) * r - 2.759285104469687e+02) * r
        + 1.383577518672690e+02) * r - 3.066479806614716e+01) * r + 2.506628277459239e+00) * q
        / (((((-5.447609879822406e+01 * r + 1.615858368580409e+02) * r - 1.556989798598866e+02) * r
        + 6.680131188771972e+01) * r - 1.328068155288572e+01) * r + 1);
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
