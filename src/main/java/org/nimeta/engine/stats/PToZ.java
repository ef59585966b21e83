package org.nimeta.engine.stats;

/** NiMARE's {@code transforms.p_to_z}. */
public final class PToZ {
  private PToZ() {}

  /** One-tailed: {@code z = isf(p)}, negative z set to 0 (so p = 1 gives 0). NaN stays NaN. */
  public static double oneTailed(double p) {
    double z = Normal.isf(p);
    return z < 0 ? 0 : z;
  }

  /** Two-tailed, unsigned: {@code z = isf(p / 2)}. NaN stays NaN. */
  public static double twoTailed(double p) {
    return Normal.isf(p / 2);
  }

  /** {@link #oneTailed} of every value, into a new array. {@code p} is not modified. */
  public static double[] oneTailed(double[] p) {
    double[] z = new double[p.length];
    for (int m = 0; m < p.length; m++) {
      z[m] = oneTailed(p[m]);
    }
    return z;
  }
}
