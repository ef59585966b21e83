package org.nimeta.engine.montecarlo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nimeta.engine.CoordinateExperiment;
import org.nimeta.engine.RefData;
import org.nimeta.engine.cbma.CbmaStatistics;
import org.nimeta.engine.kernel.AleKernel;
import org.nimeta.engine.kernel.KdaKernel;
import org.nimeta.engine.kernel.KernelTransformer;
import org.nimeta.engine.kernel.MkdaKernel;
import org.nimeta.image.Mask;

/**
 * A whole random map ({@link NullMap}, what {@code null_method="montecarlo"} histograms) is
 * bit-identical to the estimator's statistic on the same foci at every voxel, for every statistic
 * with every kernel shape (ALE cubes, union spheres, summed spheres), and lists every voxel where
 * the statistic is nonzero as touched.
 */
class NullMapTest {
  private static final int ITERATIONS = 3;
  private static final long SEED = 11;

  private final Mask mask = RefData.brainMask();
  private final List<CoordinateExperiment> pain = RefData.painExperiments();

  @Test
  void aleMapsEqualTheEstimator() {
    compare(CbmaStatistics.ALE, AleKernel.fromSampleSizes());
    compare(CbmaStatistics.ALE, new MkdaKernel(6, 0.01));
    compare(CbmaStatistics.ALE, new KdaKernel(6, 0.01));
  }

  @Test
  void mkdaDensityMapsEqualTheEstimator() {
    compare(CbmaStatistics.MKDA_DENSITY, new MkdaKernel());
    compare(CbmaStatistics.MKDA_DENSITY, new KdaKernel(8, 0.3));
    compare(CbmaStatistics.MKDA_DENSITY, AleKernel.withFwhm(8));
  }

  @Test
  void kdaMapsEqualTheEstimator() {
    compare(CbmaStatistics.KDA, new KdaKernel());
    compare(CbmaStatistics.KDA, new MkdaKernel(12, 0.7));
    compare(CbmaStatistics.KDA, AleKernel.withFwhm(8));
  }

  private void compare(CbmaStatistic statistic, KernelTransformer kernel) {
    NullModel model = new NullModel(pain, kernel, mask, statistic, SEED);
    NullMap map = new NullMap(model, Double.NaN);
    for (int i = 0; i < ITERATIONS; i++) {
      map.compute(i);
      String what = statistic.estimatorName() + " " + kernel + " iteration " + i;
      double[] expected = EstimatorStatistic.of(model, map.foci());
      assertArrayEquals(expected, map.values(), 0, what);
      int nonzero = 0;
      for (double v : expected) {
        nonzero += v != 0 ? 1 : 0;
      }
      int positiveTouched = 0;
      for (int t = 0; t < map.touchedCount(); t++) {
        positiveTouched += map.values()[map.touched()[t]] != 0 ? 1 : 0;
      }
      assertEquals(nonzero, positiveTouched, what + ": every nonzero voxel is touched");
      map.clear();
    }
  }
}
