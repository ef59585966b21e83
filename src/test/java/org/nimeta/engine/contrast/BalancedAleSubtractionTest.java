package org.nimeta.engine.contrast;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.nimeta.engine.CoordinateExperiment;
import org.nimeta.engine.EngineRefusal;
import org.nimeta.engine.MetaResult;
import org.nimeta.engine.Progress;
import org.nimeta.engine.RefData;
import org.nimeta.engine.cbma.Ale;
import org.nimeta.engine.kernel.AleKernel;
import org.nimeta.engine.kernel.MaMaps;
import org.nimeta.image.Mask;

/** Properties of {@link BalancedAleSubtraction} on the pain data (few iterations). */
class BalancedAleSubtractionTest {

  static boolean[] wholeMask(Mask mask) {
    boolean[] prior = new boolean[mask.size()];
    Arrays.fill(prior, true);
    return prior;
  }

  static MetaResult fit(List<CoordinateExperiment> g1, List<CoordinateExperiment> g2, BalancedSettings settings) {
    Mask mask = RefData.brainMask();
    return BalancedAleSubtraction.fit(g1, g2, AleKernel.fromSampleSizes(), mask, wholeMask(mask), settings);
  }

  static BalancedSettings settings(BalancedNull method, int threads, Progress progress) {
    return new BalancedSettings(0, 5, 20, 4, 0.001, method, 0.05, 7, threads, progress);
  }

  @Test
  void sameMapsAndNullsForAnyThreadCount() {
    List<CoordinateExperiment> all = RefData.painExperiments();
    for (BalancedNull method : BalancedNull.values()) {
      MetaResult one = fit(all.subList(0, 10), all.subList(10, 21), settings(method, 1, Progress.NONE));
      MetaResult three = fit(all.subList(0, 10), all.subList(10, 21), settings(method, 3, Progress.NONE));
      for (String name : one.mapNames()) {
        assertArrayEquals(one.map(name), three.map(name), method + " " + name);
      }
      assertArrayEquals((double[]) one.tables().get(BalancedAleSubtraction.MAX_NULL),
          (double[]) three.tables().get(BalancedAleSubtraction.MAX_NULL));
    }
  }

  @Test
  void equalGroupsAtTheirFullSizeGiveThePlainAleDifference() {
    List<CoordinateExperiment> all = RefData.painExperiments();
    Mask mask = RefData.brainMask();
    MetaResult r = fit(all.subList(0, 10), all.subList(10, 20), settings(BalancedNull.RANDOM_FOCI, 2, Progress.NONE));
    double[] ale1 = new double[mask.size()];
    double[] ale2 = new double[mask.size()];
    Ale.statistic(MaMaps.of(all.subList(0, 10), AleKernel.fromSampleSizes(), mask), ale1);
    Ale.statistic(MaMaps.of(all.subList(10, 20), AleKernel.fromSampleSizes(), mask), ale2);
    double[] stat = r.map(BalancedAleSubtraction.STAT);
    for (int m = 0; m < stat.length; m++) {
      assertEquals(ale1[m] - ale2[m], stat[m], 1e-12, "voxel " + m);
    }
    // one subset per group: a probability map says only whether a voxel survived
    for (double v : r.map(BalancedAleSubtraction.PROB_1)) {
      assertTrue(v == 0 || v == 1);
    }
  }

  @Test
  void theDifferenceIsReadOnlyOnThePrior() {
    List<CoordinateExperiment> all = RefData.painExperiments();
    Mask mask = RefData.brainMask();
    boolean[] prior = new boolean[mask.size()];
    for (int m = 0; m < prior.length; m += 2) {
      prior[m] = true;
    }
    MetaResult r = BalancedAleSubtraction.fit(all.subList(0, 10), all.subList(10, 21), AleKernel.fromSampleSizes(),
        mask, prior, settings(BalancedNull.LABEL_PERMUTATION, 2, Progress.NONE));
    double[] stat = r.map(BalancedAleSubtraction.STAT);
    double[] p = r.map(BalancedAleSubtraction.P);
    int nonzero = 0;
    for (int m = 0; m < stat.length; m++) {
      if (!prior[m]) {
        assertEquals(0.0, stat[m]);
        assertEquals(1.0, p[m]);
      } else if (stat[m] != 0) {
        nonzero++;
      }
    }
    assertTrue(nonzero > 1000, "prior voxels with a difference: " + nonzero);
  }

  @Test
  void progressCountsEveryPhaseUpToItsTotal() {
    List<CoordinateExperiment> all = RefData.painExperiments();
    AtomicLong last = new AtomicLong();
    AtomicLong total = new AtomicLong();
    fit(all.subList(0, 10), all.subList(10, 21), settings(BalancedNull.RANDOM_FOCI, 2, (done, t) -> {
      assertTrue(done > last.get(), "progress goes up");
      last.set(done);
      total.set(t);
    }));
    // 4 cluster-null iterations per group, 1 + 11 subsets, 4 null extrema
    assertEquals(3 * 4 + 1 + 11, total.get());
    assertEquals(total.get(), last.get());
  }

  @Test
  void targetLargerThanTheSmallerGroupIsRefused() {
    List<CoordinateExperiment> all = RefData.painExperiments();
    BalancedSettings s = new BalancedSettings(11, 5, 20, 4, 0.001, BalancedNull.RANDOM_FOCI, 0.05, 7, 1, Progress.NONE);
    EngineRefusal e = assertThrows(EngineRefusal.class, () -> fit(all.subList(0, 10), all.subList(10, 21), s));
    assertTrue(e.getMessage().contains("`target_n` = 11"), e.getMessage());
  }
}
