package org.nimeta.engine.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NullHistogramTest {

  @Test
  void roundsHalvesAwayFromZero() {
    assertEquals(3.0, NullHistogram.roundHalfAwayFromZero(2.5)); // numpy: 2
    assertEquals(-3.0, NullHistogram.roundHalfAwayFromZero(-2.5));
    assertEquals(2.0, NullHistogram.roundHalfAwayFromZero(2.4999999999999996));
    assertEquals(1.0, NullHistogram.roundHalfAwayFromZero(0.5));
  }

  @Test
  void upperTailIsTheReverseCumulativeSumScaledToOne() {
    NullHistogram h = new NullHistogram(new double[] {0, 1, 2, 3}, new double[] {4, 2, 1, 1});
    assertArrayEquals(new double[] {1, 0.5, 0.25, 0.125}, h.upperTail(), 1e-15);
  }

  @Test
  void pValuesLookUpTheNearestBinAndClipAtTheSmallestNonzeroTail() {
    NullHistogram h = new NullHistogram(new double[] {0, 1, 2, 3, 4}, new double[] {4, 2, 1, 1, 0});
    double[] p = h.pValues(new double[] {0, -1, 0.4, 0.5, 1.5, 2.49, 3, 4, 99});
    // stat <= 0 -> 1; 0.4 -> bin 0 (tail 1); 0.5 -> bin 1 (half away from zero); 1.5 -> bin 2;
    // 2.49 -> bin 2; 3 -> bin 3; 4 and beyond -> last bin, whose tail 0 is raised to 0.125
    assertArrayEquals(new double[] {1, 1, 1, 0.5, 0.25, 0.25, 0.125, 0.125, 0.125}, p, 1e-15);
  }

  @Test
  void pIsNeverLargerAtALargerStatistic() {
    NullHistogram h = new NullHistogram(new double[] {0, 0.5, 1, 1.5}, new double[] {5, 3, 2, 1});
    double[] stat = new double[200];
    for (int m = 0; m < stat.length; m++) {
      stat[m] = m / 100.0;
    }
    double[] p = h.pValues(stat);
    for (int m = 1; m < p.length; m++) {
      assertEquals(true, p[m] <= p[m - 1], "p must not increase with the statistic");
    }
  }

  @Test
  void numpySumUsesPairwiseBlocks() {
    double[] a = new double[17];
    for (int i = 0; i < a.length; i++) {
      a[i] = 1.0 / (i + 3);
    }
    // 8 accumulators over a[0..16), combined as a tree, then a[16] added
    double[] r = new double[8];
    for (int j = 0; j < 8; j++) {
      r[j] = a[j] + a[j + 8];
    }
    double expected = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7])) + a[16];
    assertEquals(expected, NumpySum.sum(a), 0.0);
    assertEquals(3.0, NumpySum.sumWithZeroTail(new double[] {1, 2}, 2, 300), 0.0);
  }

  @Test
  void numpyHistogramBinsAreHalfOpenWithAClosedLastBin() {
    double[] edges = NumpyHistogram.edgesFromCentres(new double[] {0, 1e-5, 2e-5, 3e-5, 4e-5});
    assertEquals(0, NumpyHistogram.bin(edges, 0.0));
    assertEquals(0, NumpyHistogram.bin(edges, 0.0000099999));
    assertEquals(1, NumpyHistogram.bin(edges, 0.00001));
    assertEquals(3, NumpyHistogram.bin(edges, 0.0000399999));
    assertEquals(4, NumpyHistogram.bin(edges, edges[5]));
    assertEquals(-1, NumpyHistogram.bin(edges, 0.0001));
    assertEquals(-1, NumpyHistogram.bin(edges, -1e-9));
  }

  @Test
  void statisticForPTakesTheBinBeforeTheFirstTailAtOrBelowP() {
    NullHistogram h = new NullHistogram(new double[] {0, 1, 2, 3}, new double[] {4, 2, 1, 1});
    // tails 1, 0.5, 0.25, 0.125
    assertEquals(1.0, h.statisticForP(0.25));
    assertEquals(2.0, h.statisticForP(0.2));
    assertEquals(0.0, h.statisticForP(1.0));
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> h.statisticForP(0.1));
  }
}
