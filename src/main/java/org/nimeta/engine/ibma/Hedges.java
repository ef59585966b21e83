package org.nimeta.engine.ibma;

/**
 * Random-effects meta-analysis with the Hedges & Olkin τ² (NiMARE {@code Hedges}, PyMARE
 * {@code Hedges}).
 *
 * <p>Per voxel: ȳ the unweighted mean, τ² = max(0, Σ(y − ȳ)²/(k − 1) − Σ v / k) (the varcope
 * mean in float32, as PyMARE computes it on float32 data); est = Σ w y / Σ w with
 * w_i = 1/(v_i + τ²). PyMARE 0.0.4 reports the covariance of the unweighted fit, so
 * se = 1/√k regardless of the weights, and z = est/se, p = 1 − |0.5 − Φ(z)|·2 follow from it;
 * this is reproduced because NiMARE's maps are made that way. Maps {@code z}, {@code p},
 * {@code est}, {@code se}, {@code tau2}, {@code dof}.
 */
public final class Hedges extends RandomEffects {

  @Override
  void estimate(StudyBlock block, int from, int to, double[][] maps) {
    float[][] v = block.values(ImageKind.VARCOPE);
    int k = block.studyCount();
    double unweightedPrecision = 1.0 / k;
    double se = Math.sqrt(unweightedPrecision);
    double[] y = new double[k];
    double[] w = new double[k];
    float[] column = new float[k];
    for (int j = from; j < to; j++) {
      block.column(ImageKind.BETA, j, y);
      double mean = 0;
      for (int s = 0; s < k; s++) {
        mean += unweightedPrecision * y[s];
        column[s] = v[s][j];
      }
      double mse = 0;
      for (int s = 0; s < k; s++) {
        double r = y[s] - mean;
        mse += r * r;
      }
      mse /= k - 1;
      float meanVarcope = Float32.pairwiseSum(column, k) / (float) k;
      writeVoxel(maps, v, j, y, Math.max(0, mse - meanVarcope), se, w);
    }
  }
}
