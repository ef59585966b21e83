package org.nimeta.engine.montecarlo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.nimeta.engine.CoordinateExperiment;
import org.nimeta.engine.MetaResult;
import org.nimeta.engine.Progress;
import org.nimeta.engine.RefData;
import org.nimeta.engine.cbma.Ale;
import org.nimeta.engine.cbma.CbmaStatistics;
import org.nimeta.engine.cluster.FaceNeighbours;
import org.nimeta.engine.kernel.AleKernel;
import org.nimeta.engine.kernel.KdaKernel;
import org.nimeta.engine.tfce.HistogramZ;
import org.nimeta.engine.tfce.Tfce;
import org.nimeta.engine.tfce.TfceCutoff;
import org.nimeta.engine.tfce.TfceMaps;
import org.nimeta.engine.tfce.TfceSettings;
import org.nimeta.image.Mask;

/** The Monte Carlo null of the largest TFCE and the maps made from it, on the pain data. */
class TfceFweTest {
  private static final Mask MASK = RefData.brainMask();
  private static final FaceNeighbours NEIGHBOURS = FaceNeighbours.of(MASK);
  private static final List<CoordinateExperiment> PAIN = RefData.painExperiments();
  private static final MetaResult ALE = Ale.fit(PAIN, AleKernel.fromSampleSizes(), MASK, 2);
  private static final HistogramZ ALE_Z = HistogramZ.of(ALE.tables(), MonteCarloNull.WEIGHTS_TABLE);

  @Test
  void randomMapsGetTheEstimatorsOwnZ() {
    double[] stat = ALE.map("stat");
    double[] z = ALE.map("z");
    for (int m = 0; m < stat.length; m++) {
      assertEquals(z[m], ALE_Z.z(stat[m]), 0, "voxel " + m);
    }
    // and after a Monte Carlo null, from its histogram
    MetaResult kda = MonteCarloNull.fit(PAIN, new KdaKernel(), MASK, CbmaStatistics.KDA,
        new MonteCarloOptions(3, 5, 2), Progress.NONE);
    HistogramZ kdaZ = HistogramZ.of(kda.tables(), MonteCarloNull.WEIGHTS_TABLE);
    for (int m = 0; m < MASK.size(); m++) {
      assertEquals(kda.map("z")[m], kdaZ.z(kda.map("stat")[m]), 0, "voxel " + m);
    }
  }

  @Test
  void theNullIsSeededAndIdenticalForAnyThreadCount() {
    double[] one = simulate(6, 11, 1);
    assertArrayEquals(one, simulate(6, 11, 2));
    assertArrayEquals(one, simulate(6, 11, 3));
    assertFalse(Arrays.equals(one, simulate(6, 12, 2)));
    // a longer run extends a shorter one with the same seed
    assertArrayEquals(Arrays.copyOf(simulate(8, 11, 2), 6), one);
  }

  @Test
  void eachNullValueIsTheLargestTfceOfThatIterationsRandomZMap() {
    NullModel model = new NullModel(PAIN, AleKernel.fromSampleSizes(), MASK, CbmaStatistics.ALE, 11);
    NullMap map = new NullMap(model, Double.NaN);
    double[] nullMaxima = simulate(3, 11, 2);
    for (int i = 0; i < 3; i++) {
      map.compute(i);
      double[] z = new double[MASK.size()];
      for (int m = 0; m < z.length; m++) {
        z[m] = ALE_Z.z(map.values()[m]);
      }
      double max = Arrays.stream(new Tfce(NEIGHBOURS, TfceSettings.DEFAULT).transform(z)).max().orElseThrow();
      assertEquals(max, nullMaxima[i], 0, "iteration " + i);
      assertTrue(max > 0);
      map.clear();
    }
  }

  @Test
  void tfceNeverFallsWhereZRisesBelowItsMaximum() {
    double[] z = ALE.map("z");
    Tfce tfce = new Tfce(NEIGHBOURS, TfceSettings.DEFAULT);
    double[] before = tfce.transform(z);
    double maxZ = Arrays.stream(z).max().orElseThrow();
    SplittableRandom random = new SplittableRandom(4);
    double[] raised = z.clone();
    for (int m = 0; m < raised.length; m++) {
      if (random.nextInt(4) == 0) {
        raised[m] = Math.min(maxZ, raised[m] + random.nextDouble());
      }
    }
    double[] after = tfce.transform(raised);
    int grew = 0;
    for (int m = 0; m < z.length; m++) {
      assertTrue(after[m] >= before[m] - 1e-12 * before[m], "voxel " + m + ": " + before[m] + " -> " + after[m]);
      grew += after[m] > before[m] ? 1 : 0;
    }
    assertTrue(grew > 1000, "raising z raised " + grew + " voxels");
  }

  @Test
  void theCutoffIsStableUnderAnotherSeedWithinItsSpread() {
    int n = 40;
    double[] a = simulate(n, 1, 2);
    double[] b = simulate(n, 2, 2);
    double cutA = TfceCutoff.ofNull(a, 0.05, "montecarlo").value();
    double cutB = TfceCutoff.ofNull(b, 0.05, "montecarlo").value();
    double spread = Math.hypot(bootstrapSpread(a), bootstrapSpread(b));
    assertTrue(spread > 0);
    assertTrue(Math.abs(cutA - cutB) <= 4 * spread,
        "95th percentiles " + cutA + " and " + cutB + " differ by more than 4 x their spread " + spread);
    // the two seeds' maxima are draws of one distribution: their medians are close too
    assertEquals(median(a), median(b), 0.25 * median(a));
  }

  @Test
  void correctedMapsFollowFromTheNull() {
    MetaResult out = TfceFwe.correct(ALE, PAIN, AleKernel.fromSampleSizes(), CbmaStatistics.ALE, TfceSettings.DEFAULT,
        0.05, new MonteCarloOptions(20, 3, 2), Progress.NONE);
    double[] tfce = out.map(TfceMaps.TFCE);
    double[] nullMaxima = (double[]) out.tables().get(TfceFwe.NULL_TABLE);
    assertArrayEquals(simulate(20, 3, 2), nullMaxima);
    TfceCutoff cutoff = (TfceCutoff) out.tables().get(TfceFwe.CUTOFF_TABLE);
    assertEquals(TfceCutoff.ofNull(nullMaxima, 0.05, "montecarlo"), cutoff);
    double[] kept = out.map("tfce_corr-FWE_method-montecarlo");
    double[] p = out.map("p_desc-tfce_level-voxel_corr-FWE_method-montecarlo");
    double[] logp = out.map("logp_desc-tfce_level-voxel_corr-FWE_method-montecarlo");
    double[] z = out.map("z_desc-tfce_level-voxel_corr-FWE_method-montecarlo");
    int significant = 0;
    for (int m = 0; m < tfce.length; m++) {
      assertEquals(tfce[m] > cutoff.value() ? tfce[m] : 0, kept[m], 0);
      double value = tfce[m];
      long atOrAbove = Arrays.stream(nullMaxima).filter(v -> v >= value).count();
      assertEquals(Math.max(1.0 / 20, Math.min((double) atOrAbove / 20, 1 - 1.0 / 20)), p[m], 1e-15);
      assertEquals(-Math.log10(p[m]), logp[m], 1e-12);
      assertEquals(p[m] < 0.5, z[m] > 0);
      significant += kept[m] > 0 ? 1 : 0;
    }
    assertTrue(significant > 0, "the pain data's TFCE survives somewhere");
  }

  @Test
  void theCutoffIsNumpysPercentile() {
    // numpy 2.4.6: np.percentile([1, 2, 3, 4, 10], 95) = 8.799999999999999 (4 + 0.8 * 6, rounded as
    // numpy's lerp from the upper end), np.percentile([3, 1, 2], 95) = 2.9
    assertEquals(8.799999999999999, TfceCutoff.ofNull(new double[] {10, 2, 4, 1, 3}, 0.05, "m").value(), 0);
    assertEquals(2.9, TfceCutoff.ofNull(new double[] {3, 1, 2}, 0.05, "m").value(), 0);
    assertEquals(5, TfceCutoff.ofNull(new double[] {5}, 0.05, "m").value(), 0);
  }

  private static double[] simulate(int iterations, long seed, int threads) {
    return TfceFwe.simulate(PAIN, AleKernel.fromSampleSizes(), NEIGHBOURS, CbmaStatistics.ALE, ALE_Z,
        TfceSettings.DEFAULT, new MonteCarloOptions(iterations, seed, threads), Progress.NONE);
  }

  /** The standard deviation of the 95th percentile over 400 bootstrap resamples of the null. */
  private static double bootstrapSpread(double[] values) {
    SplittableRandom random = new SplittableRandom(99);
    double[] cuts = new double[400];
    double[] sample = new double[values.length];
    for (int r = 0; r < cuts.length; r++) {
      for (int i = 0; i < sample.length; i++) {
        sample[i] = values[random.nextInt(values.length)];
      }
      cuts[r] = TfceCutoff.ofNull(sample, 0.05, "m").value();
    }
    double mean = Arrays.stream(cuts).average().orElseThrow();
    return Math.sqrt(Arrays.stream(cuts).map(c -> (c - mean) * (c - mean)).sum() / (cuts.length - 1));
  }

  private static double median(double[] values) {
    double[] s = values.clone();
    Arrays.sort(s);
    return s[s.length / 2];
  }
}
