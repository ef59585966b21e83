package org.nimeta.engine.cbmr;

import org.apache.commons.math3.special.Erf;

/**
 * NiMARE main's {@code transforms.z_to_nlogp} and the clipping of its p and logp maps: the
 * natural log of a normal tail, accurate where the tail itself underflows.
 */
final class NormalTails {
  private static final double LOG2 = StrictMath.log(2);
  private static final double SQRT2 = StrictMath.sqrt(2);
  private static final double LOG_SQRT_PI = 0.5 * StrictMath.log(Math.PI);
  /** Beyond this erfc underflows toward subnormals; its asymptotic series is exact to double there. */
  private static final double SERIES_FROM = 26;

  private NormalTails() {}

  /** log p of z: one tail is {@code log sf(z)}, two tails {@code log(2 sf(|z|))}; at most 0. */
  static double logP(double z, boolean twoTailed) {
    double nlogp = twoTailed ? logErfc(Math.abs(z) / SQRT2) : logErfc(z / SQRT2) - LOG2;
    return Math.min(nlogp, 0.0);
  }

  /** p from log p, clipped as NiMARE's float32 maps are: at least the smallest positive float. */
  static double p(double logP) {
    return Math.min(1, Math.max(Float.MIN_VALUE, StrictMath.exp(logP)));
  }

  /** NiMARE's {@code logp} map: −log10 p, never below 0. */
  static double logpMap(double logP) {
    return Math.min(Float.MAX_VALUE, Math.max(0, logP / -StrictMath.log(10.0) + 0.0));
  }

  static double logErfc(double x) {
    if (x < SERIES_FROM) {
      return StrictMath.log(Erf.erfc(x));
    }
    double inv2 = 1 / (2 * x * x);
    double series = 1 - inv2 + 3 * inv2 * inv2 - 15 * inv2 * inv2 * inv2;
    return -x * x - StrictMath.log(x) - LOG_SQRT_PI + StrictMath.log(series);
  }
}
