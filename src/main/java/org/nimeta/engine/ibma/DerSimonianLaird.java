package org.nimeta.engine.ibma;

/**
 * Random-effects meta-analysis with the DerSimonian–Laird method-of-moments τ² (NiMARE
 * {@code DerSimonianLaird}, PyMARE {@code DerSimonianLaird}).
 *
 * <p>Per voxel, with w_i = 1/v_i (float32): μ = Σ w y / Σ w, Q = Σ w (y − μ)²,
 * A = Σ w − Σ w² / Σ w, τ² = max(0, (Q − (k − 1)) / A); then est = Σ w* y / Σ w* with
 * w*_i = 1/(v_i + τ²), se = 1/√(Σ w*), z = est/se, p = 1 − |0.5 − Φ(z)|·2. As in PyMARE, the Σ w
 * of A is a float32 pairwise sum and w² is rounded to float32. Maps {@code z}, {@code p},
 * {@code est}, {@code se}, {@code tau2}, {@code dof}.
 */
public final class DerSimonianLaird extends RandomEffects {

  @Override
  void estimate(StudyBlock block, int from, int to, double[][] maps) {
    float[][] v = block.values(ImageKind.VARCOPE);
    int k = block.studyCount();
    double[] y = new double[k];
    double[] w = new double[k];
    float[] w32 = new float[k];
    for (int j = from; j < to; j++) {
      block.column(ImageKind.BETA, j, y);
      writeVoxel(maps, v, j, y, tau2(v, j, y, w, w32), Double.NaN, w);
    }
  }

  /** The DerSimonian–Laird τ² of voxel j; {@code w} and {@code w32} are scratch space. */
  static double tau2(float[][] v, int j, double[] y, double[] w, float[] w32) {
    int k = y.length;
    FixedEffects.float32Weights(v, j, 0f, w);
    double precision = 1 / FixedEffects.sum(w, k);
    double mu = FixedEffects.weightedMean(w, y, k, precision);
    double q = 0;
    double sumSquaredOverSum = 0;
    for (int s = 0; s < k; s++) {
      double r = y[s] - mu;
      q += w[s] * r * r;
      w32[s] = (float) w[s];
      float squared = w32[s] * w32[s];
      sumSquaredOverSum += squared * precision;
    }
    double a = Float32.pairwiseSum(w32, k) - sumSquaredOverSum;
    return Math.max(0, (q - (k - 1)) / a);
  }
}
