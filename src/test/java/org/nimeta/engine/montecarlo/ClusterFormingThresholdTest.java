package org.nimeta.engine.montecarlo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.nimeta.engine.MetaResult;
import org.nimeta.engine.TinyMask;
import org.nimeta.engine.stats.NullHistogram;

class ClusterFormingThresholdTest {
  private static final double EXACT = 0;

  /**
   * NiMARE 0.2.1 applies "first bin <= p, minus one" to the raw Monte Carlo counts: with counts
   * (10, 5, 0, 2, 0) the first count <= 0.001 is bin 2, so the threshold is bin 1's centre, whatever p.
   */
  @Test
  void monteCarloNullUsesNimaresRuleOnRawCounts() {
    MetaResult fitted = new MetaResult(TinyMask.allBut(2, 2, 2))
        .putTable(NullHistogram.BINS_TABLE, new double[] {0, 1, 2, 3, 4})
        .putTable(MonteCarloNull.WEIGHTS_TABLE, new double[] {10, 5, 0, 2, 0});
    assertEquals(1.0, ClusterFormingThreshold.of(fitted, 0.001), EXACT);
    assertEquals(1.0, ClusterFormingThreshold.of(fitted, 0.5), EXACT);
  }

  /** Tail probabilities (1, 0.25, 0.0625, 0): the first at most 0.1 is bin 2, so bin 1's centre. */
  @Test
  void approximateNullUsesTheUpperTail() {
    MetaResult fitted = new MetaResult(TinyMask.allBut(2, 2, 2))
        .putTable(NullHistogram.BINS_TABLE, new double[] {0, 0.5, 1, 1.5})
        .putTable(NullHistogram.WEIGHTS_TABLE, new double[] {0.75, 0.1875, 0.0625, 0});
    assertEquals(0.5, ClusterFormingThreshold.of(fitted, 0.1), EXACT);
  }

  @Test
  void rejectsResultsWithoutANullAndBadPValues() {
    MetaResult bare = new MetaResult(TinyMask.allBut(2, 2, 2));
    assertEquals("The estimate holds no null distribution to set the cluster-forming threshold from.",
        assertThrows(IllegalArgumentException.class, () -> ClusterFormingThreshold.of(bare, 0.001)).getMessage());
    assertThrows(IllegalArgumentException.class, () -> ClusterFormingThreshold.of(bare, 0));
    assertThrows(IllegalArgumentException.class, () -> ClusterFormingThreshold.of(bare, 1.5));
  }
}
