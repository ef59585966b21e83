package org.nimeta.engine.montecarlo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nimeta.engine.CoordinateExperiment;
import org.nimeta.engine.NaiveClusters;
import org.nimeta.engine.RefData;
import org.nimeta.engine.cluster.FaceNeighbours;
import org.nimeta.engine.kernel.AleKernel;
import org.nimeta.engine.kernel.KdaKernel;
import org.nimeta.engine.kernel.KernelTransformer;
import org.nimeta.engine.kernel.MkdaKernel;
import org.nimeta.image.Mask;

/**
 * Each Monte Carlo iteration must give exactly what the estimators themselves give for its random
 * foci: the foci an iteration draws are fed to {@code MaMaps} and {@code Ale/MkdaDensity/Kda
 * .statistic} (the code behind {@code fit}), and the clusters found on the full grid by
 * {@link NaiveClusters}. The maximum statistic and cluster size must be identical, the mass equal
 * up to summation order.
 */
class RandomMapExactnessTest {
  private static final int ITERATIONS = 12;
  private static final long SEED = 2024;
  /** Cluster masses summed in a different voxel order differ by a few ulps per voxel. */
  private static final double MASS_ORDER = 1e-12;

  private final Mask mask = RefData.brainMask();
  private final List<CoordinateExperiment> pain = RefData.painExperiments();

  /** 0.01083 is NiMARE's threshold; 0.03 is above most maxima; 0 forces the full computation. */
  @Test
  void aleIterationsEqualTheEstimatorOnTheSameFoci() {
    compare(CbmaStatistic.ALE, AleKernel.fromSampleSizes(), 0.01083);
    compare(CbmaStatistic.ALE, AleKernel.fromSampleSizes(), 0.03);
    compare(CbmaStatistic.ALE, AleKernel.fromSampleSizes(), 0);
  }

  /** The comparisons above cover both paths of the screened ALE map. */
  @Test
  void screenedAleMapFallsBackOnlyWhenTheBoundCannotWork() {
    NullModel model = new NullModel(pain, AleKernel.fromSampleSizes(), mask, CbmaStatistic.ALE, SEED);
    ScreenedAleMap screened = new ScreenedAleMap(model, 0.01083);
    ScreenedAleMap zero = new ScreenedAleMap(model, 0);
    for (int i = 0; i < ITERATIONS; i++) {
      screened.compute(i);
      assertFalse(screened.fellBack(), "iteration " + i);
      screened.clear();
      zero.compute(i);
      assertTrue(zero.fellBack(), "iteration " + i);
      zero.clear();
    }
  }

  @Test
  void mkdaDensityIterationsEqualTheEstimatorOnTheSameFoci() {
    compare(CbmaStatistic.MKDA_DENSITY, new MkdaKernel(), 4);
  }

  @Test
  void kdaIterationsEqualTheEstimatorOnTheSameFoci() {
    compare(CbmaStatistic.KDA, new KdaKernel(), 5);
  }

  /** ALE with sphere kernels and MKDADensity with the ALE kernel (sample-size weights) take the same paths. */
  @Test
  void mixedKernelsEqualTheEstimatorOnTheSameFoci() {
    compare(CbmaStatistic.ALE, new MkdaKernel(6, 0.01), 0.015);
    compare(CbmaStatistic.MKDA_DENSITY, AleKernel.withFwhm(8), 0.02);
  }

  private void compare(CbmaStatistic statistic, KernelTransformer kernel, double threshold) {
    FweNull fweNull = MonteCarloFwe.simulate(pain, kernel, FaceNeighbours.of(mask), statistic, threshold,
        new MonteCarloOptions(ITERATIONS, SEED, 1), MonteCarloProgress.NONE);
    NullModel model = new NullModel(pain, kernel, mask, statistic, SEED);
    int[][] foci = model.newFociBuffers();
    int withClusters = 0;
    for (int i = 0; i < ITERATIONS; i++) {
      model.drawFoci(i, new SplitMix64(0), foci);
      double[] stat = EstimatorStatistic.of(model, foci);
      double max = 0;
      for (double s : stat) {
        max = Math.max(max, s);
      }
      NaiveClusters clusters = NaiveClusters.of(mask, stat, threshold);
      String what = statistic + " " + kernel + " threshold " + threshold + " iteration " + i;
      assertEquals(max, fweNull.maxStat()[i], 0, what + ": max statistic");
      assertEquals(clusters.maxSize, fweNull.maxClusterSize()[i], what + ": max cluster size");
      assertEquals(clusters.maxMass, fweNull.maxClusterMass()[i], MASS_ORDER * clusters.maxMass,
          what + ": max cluster mass");
      withClusters += clusters.clusters > 0 ? 1 : 0;
    }
    if (threshold < 0.03) { // the comparison must not be vacuous
      assertTrue(withClusters > ITERATIONS / 2, statistic + " " + kernel + ": only " + withClusters
          + " iterations have clusters");
    }
  }
}
