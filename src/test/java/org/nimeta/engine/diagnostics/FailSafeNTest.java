package org.nimeta.engine.diagnostics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nimeta.engine.CoordinateExperiment;
import org.nimeta.engine.MetaResult;
import org.nimeta.engine.Progress;
import org.nimeta.engine.RefData;
import org.nimeta.engine.cbma.Ale;
import org.nimeta.engine.cbma.CbmaStatistics;
import org.nimeta.engine.kernel.AleKernel;
import org.nimeta.engine.kernel.KernelTransformer;
import org.nimeta.engine.montecarlo.FweMaps;
import org.nimeta.engine.montecarlo.MonteCarloFwe;
import org.nimeta.engine.montecarlo.MonteCarloOptions;
import org.nimeta.engine.montecarlo.SplitMix64;
import org.nimeta.image.Mask;

/**
 * The fail-safe N on a constructed ALE: cluster A holds a focus of 5 of 20 experiments, cluster B
 * six foci of one experiment. Each answer is checked by refitting and correcting independently.
 */
class FailSafeNTest {
  private static final double P = 0.001;
  private static final int ITERS = 40;
  private static final double ALPHA = 0.05;
  private static final long SEED = 3;

  private final Mask mask = RefData.brainMask();
  private final KernelTransformer kernel = AleKernel.fromSampleSizes();
  private final int[] a = {45, 40, 40};
  private final int[] b = {25, 60, 40};
  private final List<CoordinateExperiment> experiments = experiments();
  private final int[] labels = labels();

  @Test
  void aStrongClusterOutlastsAOneExperimentClusterAndEachAnswerHoldsOnRefit() {
    FailSafeN.Outcome out = FailSafeN.compute(estimate(2), labels, 2, settings(2, 64), Progress.NONE);
    assertTrue(out.significant()[0], "cluster A is significant without null experiments");
    assertTrue(out.failSafeN()[1] <= 1, "one experiment's cluster: fail-safe N " + out.failSafeN()[1]);
    assertTrue(out.failSafeN()[0] > out.failSafeN()[1] + 3, "A " + out.failSafeN()[0] + ", B " + out.failSafeN()[1]);
    assertFalse(out.censored()[0], "A is lost within 64 null experiments, fail-safe N " + out.failSafeN()[0]);
    int n = out.failSafeN()[0];
    assertTrue(survivesIndependently(n), "A survives its fail-safe N = " + n);
    assertFalse(survivesIndependently(n + 1), "A is lost with one more null experiment");
  }

  @Test
  void sameAnswerOnAnyThreadCount() {
    FailSafeN.Outcome one = FailSafeN.compute(estimate(1), labels, 2, settings(1, 6), Progress.NONE);
    FailSafeN.Outcome two = FailSafeN.compute(estimate(2), labels, 2, settings(2, 6), Progress.NONE);
    assertArrayEquals(one.failSafeN(), two.failSafeN());
    assertArrayEquals(one.censored(), two.censored());
    assertEquals(one.refits(), two.refits());
  }

  @Test
  void nullExperimentsAreNestedAndCopyTheOriginalsSizes() {
    List<CoordinateExperiment> five = FailSafeN.nullExperiments(experiments, mask, 5, SEED);
    List<CoordinateExperiment> three = FailSafeN.nullExperiments(experiments, mask, 3, SEED);
    for (int j = 0; j < 3; j++) {
      assertArrayEquals(three.get(j).ijk(), five.get(j).ijk(), "the first 3 of 5 are the 3");
    }
    for (CoordinateExperiment x : five) {
      assertTrue(experiments.stream().anyMatch(e -> e.fociCount() == x.fociCount() && e.sampleSize() == x.sampleSize()));
      for (int f = 0; f < x.fociCount(); f++) {
        assertTrue(mask.maskedIndex(x.i(f), x.j(f), x.k(f)) >= 0, "foci in the mask");
      }
    }
  }

  /** Refit with m null experiments, corrected as FWE(method = montecarlo): is some voxel of A in a significant cluster? */
  private boolean survivesIndependently(int m) {
    List<CoordinateExperiment> data = new ArrayList<>(experiments);
    data.addAll(FailSafeN.nullExperiments(experiments, mask, m, SEED));
    MetaResult fit = Ale.fit(data, kernel, mask, 1);
    MetaResult corrected = MonteCarloFwe.correct(fit, data, kernel, CbmaStatistics.ALE, P,
        new MonteCarloOptions(ITERS, FailSafeN.monteCarloSeed(SEED, m), 1), Progress.NONE);
    double[] logp = corrected.map(FweMaps.LOGP_SIZE);
    for (int v = 0; v < labels.length; v++) {
      if (labels[v] == 1 && logp[v] > -Math.log10(ALPHA)) {
        return true;
      }
    }
    return false;
  }

  private FailSafeN.Estimate estimate(int threads) {
    return new FailSafeN.Estimate(experiments, kernel, CbmaStatistics.ALE, d -> Ale.fit(d, kernel, mask, threads), mask);
  }

  private static FailSafeN.Settings settings(int threads, int maxNull) {
    return new FailSafeN.Settings(P, ITERS, ALPHA, maxNull, SEED, threads);
  }

  private List<CoordinateExperiment> experiments() {
    SplitMix64 random = new SplitMix64(11);
    List<CoordinateExperiment> out = new ArrayList<>();
    for (int e = 0; e < 20; e++) {
      List<int[]> foci = new ArrayList<>();
      if (e < 5) {
        foci.add(new int[] {a[0] + e % 2, a[1] + e / 2 % 2, a[2]});
      }
      if (e == 0) {
        for (int f = 0; f < 6; f++) {
          foci.add(new int[] {b[0] + f % 2, b[1] + f / 2 % 2, b[2] + f / 4});
        }
      }
      for (int f = 0; f < 3; f++) {
        foci.add(mask.ijk(random.nextInt(mask.size())));
      }
      out.add(CoordinateExperiment.ofVoxels(String.format("e%02d", e), foci.toArray(int[][]::new), 20));
    }
    return out;
  }

  /** A: voxels within 2 of a; B: within 2 of b. */
  private int[] labels() {
    int[] out = new int[mask.size()];
    for (int m = 0; m < out.length; m++) {
      int[] v = mask.ijk(m);
      out[m] = near(v, a) ? 1 : near(v, b) ? 2 : 0;
    }
    return out;
  }

  private static boolean near(int[] v, int[] c) {
    int dx = v[0] - c[0];
    int dy = v[1] - c[1];
    int dz = v[2] - c[2];
    return dx * dx + dy * dy + dz * dz <= 4;
  }
}
