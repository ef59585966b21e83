package org.nimeta.engine.ibma;

import org.nimeta.engine.stats.Normal;
/**
 * The inverse-variance weighted mean shared by the meta-regression estimators (PyMARE's
 * {@code weighted_least_squares} with an intercept-only design): est = P Σ w_i y_i with
 * P = 1 / Σ w_i; its squared standard error is P. Writes {@code z}, {@code p} (PyMARE's
 * two-sided Wald p) from est and se.
 */
final class FixedEffects {
  private FixedEffects() {}

  /** Σ w_i over one voxel's studies. The arrays are not modified. */
  static double sum(double[] w, int k) {
    double sum = 0;
    for (int s = 0; s < k; s++) {
      sum += w[s];
    }
    return sum;
  }

  /** P Σ w_i y_i with P = 1 / Σ w_i (PyMARE multiplies each weight by P before summing). */
  static double weightedMean(double[] w, double[] y, int k, double precision) {
    double est = 0;
    for (int s = 0; s < k; s++) {
      est += w[s] * precision * y[s];
    }
    return est;
  }

  /** Writes est, se, z = est/se and p into maps z, p, est, se at column j. */
  static void write(double[][] maps, int j, double est, double se) {
    double z = est / se;
    maps[0][j] = z;
    maps[1][j] = Normal.pymareTwoSidedP(z);
    maps[2][j] = est;
    maps[3][j] = se;
  }

  /** float32 weights 1/(v + tau2) as PyMARE computes them on float32 varcopes and a scalar tau2. */
  static void float32Weights(float[][] v, int j, float tau2, double[] w) {
    for (int s = 0; s < v.length; s++) {
      w[s] = 1.0f / (v[s][j] + tau2);
    }
  }

  /** float64 weights 1/(v + tau2) for a per-voxel tau2 estimate (PyMARE upcasts here). */
  static void float64Weights(float[][] v, int j, double tau2, double[] w) {
    for (int s = 0; s < v.length; s++) {
      w[s] = 1.0 / (v[s][j] + tau2);
    }
  }
}
