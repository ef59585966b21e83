package org.nimeta.engine.montecarlo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nimeta.engine.CoordinateExperiment;
import org.nimeta.engine.NaiveClusters;
import org.nimeta.engine.Progress;
import org.nimeta.engine.RefData;
import org.nimeta.engine.cbma.CbmaStatistics;
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
    compare(CbmaStatistics.ALE, AleKernel.fromSampleSizes(), 0.01083, true);
    compare(CbmaStatistics.ALE, AleKernel.fromSampleSizes(), 0.03, false);
    compare(CbmaStatistics.ALE, AleKernel.fromSampleSizes(), 0, true);
  }

  /** The comparisons above cover both paths of the screened maps. */
  @Test
  void screenedMapsFallBackOnlyWhenTheBoundCannotWork() {
    NullModel ale = new NullModel(pain, AleKernel.fromSampleSizes(), mask, CbmaStatistics.ALE, SEED);
    NullModel mkda = new NullModel(pain, new MkdaKernel(), mask, CbmaStatistics.MKDA_DENSITY, SEED);
    ScreenedMap[] screened = {new ScreenedMap(ale, 0.01083), new ScreenedMap(mkda, 4)};
    ScreenedMap[] zero = {new ScreenedMap(ale, 0), new ScreenedMap(mkda, 0)};
    for (int i = 0; i < ITERATIONS; i++) {
      for (ScreenedMap map : screened) {
        map.compute(i);
        assertFalse(map.fellBack(), "iteration " + i);
        map.clear();
      }
      for (ScreenedMap map : zero) {
        map.compute(i);
        assertTrue(map.fellBack(), "iteration " + i);
        map.clear();
      }
    }
    assertFalse(ScreenedMap.appliesTo(new NullModel(pain, new MkdaKernel(), mask, CbmaStatistics.ALE, SEED)));
    assertFalse(ScreenedMap.appliesTo(new NullModel(pain, AleKernel.fromSampleSizes(), mask, CbmaStatistics.KDA, SEED)));
  }

  @Test
  void mkdaDensityIterationsEqualTheEstimatorOnTheSameFoci() {
    compare(CbmaStatistics.MKDA_DENSITY, new MkdaKernel(), 4, true);
  }

  /** 5 is NiMARE's threshold for the pain data (clusters are rare there); 3 ensures some. */
  @Test
  void kdaIterationsEqualTheEstimatorOnTheSameFoci() {
    compare(CbmaStatistics.KDA, new KdaKernel(), 5, false);
    compare(CbmaStatistics.KDA, new KdaKernel(), 3, true);
  }

  /**
   * Other kernel combinations: ALE with a sphere kernel and MKDADensity with the ALE kernel
   * (sample-size weights) build full maps; MKDADensity with summed spheres and KDA with a union,
   * with non-integer sphere values, take the screened path.
   */
  @Test
  void mixedKernelsEqualTheEstimatorOnTheSameFoci() {
    compare(CbmaStatistics.ALE, new MkdaKernel(6, 0.01), 0.015, true);
    compare(CbmaStatistics.MKDA_DENSITY, AleKernel.withFwhm(8), 0.02, true);
    compare(CbmaStatistics.MKDA_DENSITY, new KdaKernel(8, 0.3), 0.6, true);
    compare(CbmaStatistics.KDA, new MkdaKernel(12, 0.7), 2.8, true);
  }

  private void compare(CbmaStatistic statistic, KernelTransformer kernel, double threshold,
      boolean expectClusters) {
    FweNull fweNull = MonteCarloFwe.simulate(pain, kernel, FaceNeighbours.of(mask), statistic, threshold,
        new MonteCarloOptions(ITERATIONS, SEED, 1), Progress.NONE);
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
    if (expectClusters) { // the comparison must not be vacuous
      assertTrue(withClusters > ITERATIONS / 2, statistic + " " + kernel + ": only " + withClusters
          + " iterations have clusters");
    }
  }
}
