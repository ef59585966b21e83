package org.nimeta.engine.ibma;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ProfileMinimizerTest {

  @Test
  void findsTheDeeperOfTwoMinima() {
    // f has local minima near x = 0 (boundary, f' > 0 at 0) and at x = 1e4, the latter deeper.
    ProfileMinimizer.Profile f = new ProfileMinimizer.Profile() {
      @Override
      public double value(double x) {
        double u = Math.log1p(x);
        return 0.1 * u - 2 * Math.exp(-Math.pow(u - Math.log1p(1e4), 2));
      }

      @Override
      public double derivative(double x) {
        double u = Math.log1p(x);
        double c = Math.log1p(1e4);
        return (0.1 + 4 * (u - c) * Math.exp(-Math.pow(u - c, 2))) / (1 + x);
      }
    };
    double x = ProfileMinimizer.minimize(f, 1e-8, 1e8);
    assertEquals(1e4, x, 1e4 * 0.05);
    assertTrue(f.value(x) < f.value(0));
  }

  @Test
  void varianceBasedProfileMinimumIsGlobalOnADenseGrid() {
    SplittableRandom random = new SplittableRandom(7);
    for (LikelihoodMethod method : LikelihoodMethod.values()) {
      for (int trial = 0; trial < 30; trial++) {
        int k = 5 + random.nextInt(20);
        double[] y = new double[k];
        double[] v = new double[k];
        for (int s = 0; s < k; s++) {
          v[s] = Math.exp(random.nextDouble(-2, 9));
          y[s] = random.nextGaussian() * Math.sqrt(v[s] + (trial % 2) * 50) + (trial % 3);
        }
        VarianceBasedLikelihood.Voxel voxel = new VarianceBasedLikelihood.Voxel(y, v, method);
        double best = voxel.value(voxel.fit());
        for (double x = 1e-6; x < 1e7; x *= 1.02) {
          assertTrue(best <= voxel.value(x) + 1e-12 * Math.abs(best), method + " trial " + trial + " tau2 " + x);
        }
        assertTrue(best <= voxel.value(0) + 1e-12 * Math.abs(best));
      }
    }
  }

  @Test
  void sampleSizeBasedProfileMinimumIsGlobalOnADenseGrid() {
    SplittableRandom random = new SplittableRandom(11);
    for (LikelihoodMethod method : LikelihoodMethod.values()) {
      for (int trial = 0; trial < 30; trial++) {
        int k = 5 + random.nextInt(20);
        double[] y = new double[k];
        double[] n = new double[k];
        for (int s = 0; s < k; s++) {
          n[s] = 5 + random.nextInt(60);
          y[s] = random.nextGaussian() * Math.sqrt(100 / n[s] + (trial % 2) * 3);
        }
        SampleSizeBasedLikelihood.Voxel voxel = new SampleSizeBasedLikelihood.Voxel(y, n, method);
        double best = voxel.value(voxel.fit());
        for (double x = 1e-9; x < 1e6; x *= 1.02) {
          assertTrue(best <= voxel.value(x) + 1e-12 * Math.abs(best), method + " trial " + trial + " lambda " + x);
        }
      }
    }
  }
}
