package org.nimeta.engine.ibma;

import java.util.List;
import java.util.Set;

/**
 * The random-effects estimators ({@link DerSimonianLaird}, {@link Hedges}): each finds a τ² per
 * voxel its own way; both then take the weighted mean of the betas with w_i = 1/(v_i + τ²), and
 * write {@code z}, {@code p}, {@code est}, {@code se} and {@code tau2}.
 */
abstract class RandomEffects extends IbmaEstimator {

  @Override
  public final Set<ImageKind> requiredImages() {
    return Set.of(ImageKind.BETA, ImageKind.VARCOPE);
  }

  @Override
  final List<String> mapNames() {
    return List.of("z", "p", "est", "se", "tau2");
  }

  /**
   * Writes voxel j's maps: est = Σ w y / Σ w with w_i = 1/(v_i + τ²) (float64, as PyMARE).
   *
   * @param se the standard error to report, or NaN for 1/√(Σ w)
   * @param y  the voxel's betas. Not modified.
   * @param w  scratch space of length k. Overwritten.
   */
  static void writeVoxel(double[][] maps, float[][] v, int j, double[] y, double tau2, double se, double[] w) {
    int k = y.length;
    FixedEffects.float64Weights(v, j, tau2, w);
    double precision = 1 / FixedEffects.sum(w, k);
    FixedEffects.write(maps, j, FixedEffects.weightedMean(w, y, k, precision),
        Double.isNaN(se) ? Math.sqrt(precision) : se);
    maps[4][j] = tau2;
  }
}
