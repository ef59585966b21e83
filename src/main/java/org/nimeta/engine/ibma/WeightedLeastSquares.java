package org.nimeta.engine.ibma;

import java.util.List;
import java.util.Set;
import org.nimeta.engine.EngineRefusal;

/**
 * Fixed-effects inverse-variance meta-analysis with a known between-study variance τ²
 * (NiMARE {@code WeightedLeastSquares}, PyMARE {@code WeightedLeastSquares}).
 *
 * <p>Per voxel: w_i = 1/(v_i + τ²) (float32, as PyMARE on float32 varcopes), est = Σ w y / Σ w,
 * se = 1/√(Σ w), z = est/se, p = 1 − |0.5 − Φ(z)|·2. Maps {@code z}, {@code p}, {@code est},
 * {@code se}, {@code dof}.
 */
public final class WeightedLeastSquares extends IbmaEstimator {
  private final double tau2;

  /** @param tau2 the assumed between-study variance, ≥ 0 (NiMARE's default is 0) */
  public WeightedLeastSquares(double tau2) {
    if (!(tau2 >= 0) || Double.isInfinite(tau2)) {
      throw new EngineRefusal("`tau2` must be a finite number >= 0, got " + tau2 + ".");
    }
    this.tau2 = tau2;
  }

  public double tau2() {
    return tau2;
  }

  @Override
  public Set<ImageKind> requiredImages() {
    return Set.of(ImageKind.BETA, ImageKind.VARCOPE);
  }

  @Override
  List<String> mapNames() {
    return List.of("z", "p", "est", "se");
  }

  @Override
  void estimate(StudyBlock block, int from, int to, double[][] maps) {
    float[][] v = block.values(ImageKind.VARCOPE);
    int k = block.studyCount();
    double[] y = new double[k];
    double[] w = new double[k];
    for (int j = from; j < to; j++) {
      block.column(ImageKind.BETA, j, y);
      FixedEffects.float32Weights(v, j, (float) tau2, w);
      double precision = 1 / FixedEffects.sum(w, k);
      FixedEffects.write(maps, j, FixedEffects.weightedMean(w, y, k, precision), Math.sqrt(precision));
    }
  }
}
