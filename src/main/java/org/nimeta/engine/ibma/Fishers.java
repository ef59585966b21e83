package org.nimeta.engine.ibma;

import java.util.List;
import java.util.Set;
import org.nimeta.engine.stats.Normal;

/**
 * Fisher's combined probability test on z images (NiMARE {@code Fishers}, PyMARE
 * {@code FisherCombinationTest} in its default "directed" mode).
 *
 * <p>Per voxel: p_i = Φ̄(z_i), X² = −2 Σ ln p_i, p = P(χ²_{2k} ≥ X²), z = Φ̄⁻¹(p). Maps {@code z},
 * {@code p}, {@code dof} (k − 1).
 */
public final class Fishers extends IbmaEstimator {

  @Override
  public Set<ImageKind> requiredImages() {
    return Set.of(ImageKind.Z);
  }

  @Override
  List<String> mapNames() {
    return List.of("z", "p");
  }

  @Override
  void estimate(StudyBlock block, int from, int to, double[][] maps) {
    float[][] z = block.values(ImageKind.Z);
    int k = block.studyCount();
    for (int j = from; j < to; j++) {
      double chi2 = 0;
      for (int s = 0; s < k; s++) {
        chi2 += StrictMath.log(Normal.sf(z[s][j]));
      }
      double p = chiSquaredSfEvenDof(-2 * chi2, k);
      maps[0][j] = Normal.isfNewton(p);
      maps[1][j] = p;
    }
  }

  /**
   * Upper tail of χ² with 2k degrees of freedom, exact for even dof:
   * {@code e^{−x/2} Σ_{i<k} (x/2)^i / i!}, summed in log space so large x cannot overflow.
   */
  static double chiSquaredSfEvenDof(double x, int k) {
    if (Double.isNaN(x)) {
      return Double.NaN;
    }
    if (x <= 0) {
      return 1;
    }
    if (x == Double.POSITIVE_INFINITY) {
      return 0;
    }
    double h = x / 2;
    double logH = StrictMath.log(h);
    double[] logTerms = new double[k];
    double max = Double.NEGATIVE_INFINITY;
    double logFactorial = 0;
    for (int i = 0; i < k; i++) {
      if (i > 0) {
        logFactorial += StrictMath.log(i);
      }
      logTerms[i] = i * logH - logFactorial;
      max = Math.max(max, logTerms[i]);
    }
    double sum = 0;
    for (double t : logTerms) {
      sum += StrictMath.exp(t - max);
    }
    return StrictMath.exp(max + StrictMath.log(sum) - h);
  }
}
