package org.nimeta.engine.ibma;

import java.util.List;
import java.util.Set;
import org.nimeta.engine.stats.Normal;

/**
 * Stouffer's z combination on z images (NiMARE {@code Stouffers}, PyMARE
 * {@code StoufferCombinationTest}, "directed" mode).
 *
 * <p>Per voxel: z_c = Σ w_i z_i / √(Σ w_i²) with w_i = 1, or w_i = √n_i (mean sample size) when
 * {@code useSampleSize}; p = Φ̄(z_c); z = Φ̄⁻¹(p) (so z saturates to ±∞ where p rounds to 0 or 1,
 * as in NiMARE). Unweighted, z_c is computed like PyMARE on NiMARE's float32 data: a float32
 * pairwise sum divided by the float32 √k. Maps {@code z}, {@code p}, {@code dof}.
 */
public final class Stouffers extends IbmaEstimator {
  private final boolean useSampleSize;

  public Stouffers(boolean useSampleSize) {
    this.useSampleSize = useSampleSize;
  }

  public boolean useSampleSize() {
    return useSampleSize;
  }

  @Override
  public Set<ImageKind> requiredImages() {
    return Set.of(ImageKind.Z);
  }

  @Override
  public boolean requiresSampleSizes() {
    return useSampleSize;
  }

  @Override
  List<String> mapNames() {
    return List.of("z", "p");
  }

  @Override
  void estimate(StudyBlock block, int from, int to, double[][] maps) {
    float[][] z = block.values(ImageKind.Z);
    int k = block.studyCount();
    double[] w = new double[k];
    double sumW2 = 0;
    for (int s = 0; s < k; s++) {
      w[s] = Math.sqrt(block.sampleSizes[s]);
      sumW2 += w[s] * w[s];
    }
    double weightNorm = Math.sqrt(sumW2);
    float sqrtK = (float) Math.sqrt(k);
    float[] column = new float[k];
    for (int j = from; j < to; j++) {
      double combined;
      if (useSampleSize) {
        double acc = 0;
        for (int s = 0; s < k; s++) {
          acc += z[s][j] * w[s];
        }
        combined = acc / weightNorm;
      } else {
        for (int s = 0; s < k; s++) {
          column[s] = z[s][j];
        }
        combined = Float32.pairwiseSum(column, k) / sqrtK;
      }
      double p = Normal.sf(combined);
      maps[0][j] = Normal.isfNewton(p);
      maps[1][j] = p;
    }
  }
}
