package org.nimeta.engine.montecarlo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.nimeta.engine.MapAssert.assertMapEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nimeta.engine.CoordinateExperiment;
import org.nimeta.engine.MetaResult;
import org.nimeta.engine.Progress;
import org.nimeta.engine.RefData;
import org.nimeta.engine.cbma.Ale;
import org.nimeta.engine.cbma.CbmaStatistics;
import org.nimeta.engine.cbma.Kda;
import org.nimeta.engine.cbma.MkdaDensity;
import org.nimeta.engine.kernel.AleKernel;
import org.nimeta.engine.kernel.KdaKernel;
import org.nimeta.engine.kernel.KernelTransformer;
import org.nimeta.engine.kernel.MkdaKernel;
import org.nimeta.engine.stats.NullHistogram;
import org.nimeta.engine.stats.NumpyHistogram;
import org.nimeta.engine.stats.PToZ;
import org.nimeta.image.Mask;

/**
 * {@code null_method="montecarlo"}: the null histogram must be exactly the per-iteration numpy
 * histograms of whole random statistic maps (computed here with the estimators' own code), summed;
 * stat, p and z follow from it as from any null histogram.
 */
class MonteCarloNullTest {
  private static final int ITERATIONS = 3;
  private static final long SEED = 77;

  private final Mask mask = RefData.brainMask();
  private final List<CoordinateExperiment> pain = RefData.painExperiments();

  @Test
  void aleHistogramIsTheSumOfTheRandomMapsHistograms() {
    check(CbmaStatistics.ALE, AleKernel.fromSampleSizes(), Ale.fit(pain, AleKernel.fromSampleSizes(), mask));
  }

  @Test
  void mkdaDensityHistogramIsTheSumOfTheRandomMapsHistograms() {
    check(CbmaStatistics.MKDA_DENSITY, new MkdaKernel(), MkdaDensity.fit(pain, new MkdaKernel(), mask));
  }

  @Test
  void kdaHistogramIsTheSumOfTheRandomMapsHistograms() {
    check(CbmaStatistics.KDA, new KdaKernel(), Kda.fit(pain, new KdaKernel(), mask));
  }

  /** FWE after a Monte Carlo null takes NiMARE's cluster-forming rule for such nulls: before the first empty bin. */
  @Test
  void fweAfterAMonteCarloNullUsesTheFirstEmptyBin() {
    MetaResult fitted = MonteCarloNull.fit(pain, new MkdaKernel(), mask, CbmaStatistics.MKDA_DENSITY,
        new MonteCarloOptions(ITERATIONS, SEED, 2), Progress.NONE);
    double[] counts = (double[]) fitted.tables().get(MonteCarloNull.WEIGHTS_TABLE);
    int firstEmpty = 0;
    while (counts[firstEmpty] > 0) {
      firstEmpty++;
    }
    MetaResult corrected = MonteCarloFwe.correct(fitted, pain, new MkdaKernel(), CbmaStatistics.MKDA_DENSITY,
        0.001, new MonteCarloOptions(5, SEED, 2), Progress.NONE);
    assertEquals(firstEmpty - 1.0, ((FweNull) corrected.tables().get(FweNull.TABLE)).clusterFormingThreshold(), 0);
  }

  private void check(CbmaStatistic statistic, KernelTransformer kernel, MetaResult approximate) {
    MetaResult fitted = MonteCarloNull.fit(pain, kernel, mask, statistic,
        new MonteCarloOptions(ITERATIONS, SEED, 2), Progress.NONE);
    double[] centres = (double[]) fitted.tables().get(NullHistogram.BINS_TABLE);
    assertArrayEquals((double[]) approximate.tables().get(NullHistogram.BINS_TABLE), centres, 0,
        "the Monte Carlo null uses the approximate null's bins");

    double[] edges = NumpyHistogram.edgesFromCentres(centres);
    double[] expected = new double[centres.length];
    NullModel model = new NullModel(pain, kernel, mask, statistic, SEED);
    int[][] foci = model.newFociBuffers();
    for (int i = 0; i < ITERATIONS; i++) {
      model.drawFoci(i, new SplitMix64(0), foci);
      for (double v : EstimatorStatistic.of(model, foci)) {
        int b = NumpyHistogram.bin(edges, v);
        if (b >= 0) {
          expected[b]++;
        }
      }
    }
    assertArrayEquals(expected, (double[]) fitted.tables().get(MonteCarloNull.WEIGHTS_TABLE), 0);

    double[] stat = approximate.map("stat");
    assertArrayEquals(stat, fitted.map("stat"), 0);
    double[] p = new NullHistogram(centres, expected).pValues(stat);
    assertMapEquals(p, fitted.map("p"), 0, "p");
    assertMapEquals(PToZ.oneTailed(p), fitted.map("z"), 0, "z");
  }
}
