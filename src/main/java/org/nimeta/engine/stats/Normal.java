package org.nimeta.engine.stats;

import org.apache.commons.math3.special.Erf;

/**
 * The standard normal distribution, with scipy's tail behaviour.
 *
 * <ul>
 *   <li>{@link #ppf} and {@link #isf}: the quantile by Wichura's algorithm AS 241
 *       ({@code PPND16}), accurate to about 1e-16 relative over the whole range, so p-values down
 *       to 1e-300 give the same z as scipy. The coordinate-based estimators' z maps and the image
 *       transforms use it.</li>
 *   <li>{@link #cdf} and {@link #sf} as scipy's {@code ndtr}, and {@link #isfNewton},
 *       the inverse of {@link #sf} by Newton steps: the image-based estimators were matched to
 *       NiMARE and PyMARE with these. {@code isfNewton} and {@code isf} differ in the last bits
 *       for most p (by up to about 1e-12 relative far in the tails), so each keeps the users
 *       whose reference comparisons were made with it.</li>
 * </ul>
 */
public final class Normal {
  private static final double SQRT1_2 = Math.sqrt(0.5);
  private static final double INV_SQRT_2PI = 1 / Math.sqrt(2 * Math.PI);
  private static final double[] A = {
    3.3871328727963666080e0, 1.3314166789178437745e2, 1.9715909503065514427e3,
    1.3731693765509461125e4, 4.5921953931549871457e4, 6.7265770927008700853e4,
    3.3430575583588128105e4, 2.5090809287301226727e3};
  private static final double[] B = {
    1.0, 4.2313330701600911252e1, 6.8718700749205790830e2, 5.3941960214247511077e3,
    2.1213794301586595867e4, 3.9307895800092710610e4, 2.8729085735721942674e4,
    5.2264952788528545610e3};
  private static final double[] C = {
    1.42343711074968357734e0, 4.63033784615654529590e0, 5.76949722146069140550e0,
    3.64784832476320460504e0, 1.27045825245236838258e0, 2.41780725177450611770e-1,
    2.27238449892691845833e-2, 7.74545014278341407640e-4};
  private static final double[] D = {
    1.0, 2.05319162663775882187e0, 1.67638483018380384940e0, 6.89767334985100004550e-1,
    1.48103976427480074590e-1, 1.51986665636164571966e-2, 5.47593808499534494600e-4,
    1.05075007164441684324e-9};
  private static final double[] E = {
    6.65790464350110377720e0, 5.46378491116411436990e0, 1.78482653991729133580e0,
    2.96560571828504891230e-1, 2.65321895265761230930e-2, 1.24266094738807843860e-3,
    2.71155556874348757815e-5, 2.01033439929228813265e-7};
  private static final double[] F = {
    1.0, 5.99832206555887937690e-1, 1.36929880922735805310e-1, 1.48753612908506148525e-2,
    7.86869131145613259100e-4, 1.84631831751005468180e-5, 1.42151175831644588870e-7,
    2.04426310338993978564e-15};

  private Normal() {}

  /** {@code Φ^{-1}(p)}: -inf at 0, +inf at 1, NaN outside [0, 1]. */
  public static double ppf(double p) {
    if (Double.isNaN(p) || p < 0 || p > 1) {
      return Double.NaN;
    }
    if (p == 0) {
      return Double.NEGATIVE_INFINITY;
    }
    if (p == 1) {
      return Double.POSITIVE_INFINITY;
    }
    double q = p - 0.5;
    if (Math.abs(q) <= 0.425) {
      double r = 0.180625 - q * q;
      return q * poly(A, r) / poly(B, r);
    }
    double r = Math.sqrt(-StrictMath.log(q < 0 ? p : 1 - p));
    double value = r <= 5 ? poly(C, r - 1.6) / poly(D, r - 1.6) : poly(E, r - 5) / poly(F, r - 5);
    return q < 0 ? -value : value;
  }

  /**
   * The inverse survival function {@code Φ^{-1}(1 - p)}, computed as {@code -ppf(p)} without
   * forming 1 - p ({@code + 0.0} turns the -0 at p = 0.5 into 0, as scipy returns).
   */
  public static double isf(double p) {
    return -ppf(p) + 0.0;
  }

  /**
   * Φ(z), computed as scipy's {@code ndtr}: {@code 0.5 + 0.5 erf(z/√2)} near zero, otherwise
   * {@code 0.5 erfc(|z|/√2)} reflected, so the lower tail keeps full relative precision.
   */
  public static double cdf(double z) {
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
  public static double sf(double z) {
    return cdf(-z);
  }

  private static double pdf(double z) {
    return INV_SQRT_2PI * StrictMath.exp(-0.5 * z * z);
  }

  /**
   * Inverse upper tail: the z with {@code sf(z) = p}; {@code +∞} for p = 0, {@code −∞} for p = 1,
   * NaN outside [0, 1]. For p > 0.5 the complement {@code 1 − p} (exact in floating point) is
   * inverted, as scipy's {@code ndtri} does. Starts from Acklam's rational approximation
   * (relative error about 1e-9) and polishes with Newton steps on {@code log sf}, which converge
   * to the precision of {@link #sf} in one or two steps.
   */
  public static double isfNewton(double p) {
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
      return -isfNewton(1 - p);
    }
    double z = acklamUpperQuantile(p);
    double logP = StrictMath.log(p);
    for (int iter = 0; iter < 8; iter++) {
      double s = sf(z);
      double step = (StrictMath.log(s) - logP) * s / pdf(z);
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
      double q = Math.sqrt(-2 * StrictMath.log(p));
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
  public static double pymareTwoSidedP(double z) {
    return 1 - Math.abs(0.5 - cdf(z)) * 2;
  }

  private static double poly(double[] c, double x) {
    double v = c[7];
    for (int n = 6; n >= 0; n--) {
      v = v * x + c[n];
    }
    return v;
  }
}
