package org.nimeta.engine.ibma.transform;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.special.Erf;
import org.nimeta.engine.stats.Normal;

/**
 * The voxel arithmetic of NiMARE 0.2.1's {@code nimare.transforms}, in float64 as NiMARE does it
 * (scipy promotes the float32 image values). Where NiMARE's code has a quirk, it is kept:
 * {@code t_to_z} and {@code z_to_t} leave 0 and NaN voxels at 0 (NaN falls in neither of its
 * "≤ 0" and "> 0" sets), and {@code t_to_z} clips the tail probability below at 2⁻⁵² (so |z| is
 * at most 8.13); {@code p_to_z} returns an unsigned z.
 */
public final class Conversions {
  /** numpy's {@code finfo(float64).eps}: NiMARE's floor on the t tail probability. */
  static final double EPS = Math.ulp(1.0);
  private static final double SQRT1_2 = Math.sqrt(0.5);

  private Conversions() {}

  /**
   * Applies {@code formula} to every voxel.
   *
   * @param inputs      one array per {@link Formula#inputs()}, in that order, all the same length.
   *                    Not modified.
   * @param sampleSizes the experiment's sample sizes (may be empty when the formula needs none).
   *                    Not modified.
   * @return a new array
   */
  public static double[] apply(Formula formula, double[][] inputs, double[] sampleSizes) {
    if (inputs.length != formula.inputs().size()) {
      throw new IllegalArgumentException(formula + " takes " + formula.inputs().size() + " images, got "
          + inputs.length);
    }
    if (formula.needsSampleSizes() && sampleSizes.length == 0) {
      throw new IllegalArgumentException(formula + " needs sample sizes");
    }
    double[] a = inputs[0];
    double[] out = new double[a.length];
    switch (formula) {
      case T_TO_Z -> {
        TDistribution t = new TDistribution(null, dof(sampleSizes));
        for (int v = 0; v < a.length; v++) {
          out[v] = tToZ(a[v], t);
        }
      }
      case Z_TO_T -> {
        TDistribution t = new TDistribution(null, dof(sampleSizes));
        for (int v = 0; v < a.length; v++) {
          out[v] = zToT(a[v], t);
        }
      }
      case P_TO_Z -> {
        for (int v = 0; v < a.length; v++) {
          out[v] = Normal.isf(a[v] / 2);
        }
      }
      case Z_TO_P -> {
        for (int v = 0; v < a.length; v++) {
          out[v] = Erf.erfc(Math.abs(a[v]) * SQRT1_2); // 2 Φ̄(|z|)
        }
      }
      case SE_TO_VARCOPE -> {
        for (int v = 0; v < a.length; v++) {
          out[v] = a[v] * a[v];
        }
      }
      case SAMPLEVAR_TO_VARCOPE -> {
        double n = total(sampleSizes);
        for (int v = 0; v < a.length; v++) {
          out[v] = a[v] / n;
        }
      }
      case SD_TO_VARCOPE -> {
        double sqrtN = Math.sqrt(total(sampleSizes));
        for (int v = 0; v < a.length; v++) {
          double se = a[v] / sqrtN;
          out[v] = se * se;
        }
      }
      case T_AND_BETA_TO_VARCOPE -> {
        double[] beta = inputs[1];
        for (int v = 0; v < a.length; v++) {
          double ratio = beta[v] / a[v];
          out[v] = ratio * ratio;
        }
      }
      case T_AND_VARCOPE_TO_BETA -> {
        double[] varcope = inputs[1];
        for (int v = 0; v < a.length; v++) {
          out[v] = a[v] * Math.sqrt(varcope[v]);
        }
      }
    }
    return out;
  }

  /** NiMARE's {@code sample_sizes_to_dof}: Σn − number of groups. */
  public static double dof(double[] sampleSizes) {
    return total(sampleSizes) - sampleSizes.length;
  }

  private static double total(double[] sampleSizes) {
    double n = 0;
    for (double s : sampleSizes) {
      n += s;
    }
    return n;
  }

  /**
   * {@code t_to_z}: for t ≤ 0, z = Φ⁻¹(max(F_t(t), eps)); for t > 0, z = −Φ⁻¹(max(F_t(−t), eps));
   * 0 and NaN give 0.
   */
  static double tToZ(double t, TDistribution distribution) {
    if (t == 0 || Double.isNaN(t)) {
      return 0;
    }
    double p = Math.max(distribution.cumulativeProbability(-Math.abs(t)), EPS);
    double z = Normal.ppf(p);
    return t > 0 ? -z : z;
  }

  /** {@code z_to_t}: for z ≤ 0, t = F_t⁻¹(Φ(z)); for z > 0, t = −F_t⁻¹(Φ(−z)); 0 and NaN give 0. */
  static double zToT(double z, TDistribution distribution) {
    if (z == 0 || Double.isNaN(z)) {
      return 0;
    }
    double lowerTail = 0.5 * Erf.erfc(Math.abs(z) * SQRT1_2); // Φ(−|z|)
    double t = distribution.inverseCumulativeProbability(lowerTail);
    return z > 0 ? -t : t;
  }
}
