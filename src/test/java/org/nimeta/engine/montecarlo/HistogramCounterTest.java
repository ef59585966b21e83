package org.nimeta.engine.montecarlo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.nimeta.engine.stats.NumpyHistogram;

/** The guess-and-correct bin lookup must put every value where numpy's searchsorted path does. */
class HistogramCounterTest {

  @Test
  void sameBinsAsNumpyHistogramForAleLikeBins() {
    double[] centres = new double[17_001];
    for (int b = 0; b < centres.length; b++) {
      centres[b] = b / 100000.0; // ALE's bins: round(arange(...), 5)
    }
    check(centres);
  }

  @Test
  void sameBinsAsNumpyHistogramForIntegerAndFractionalSteps() {
    double[] counts = new double[22];
    double[] tenths = new double[50];
    for (int b = 0; b < counts.length; b++) {
      counts[b] = b;
    }
    for (int b = 0; b < tenths.length; b++) {
      tenths[b] = b * 0.1;
    }
    check(counts);
    check(tenths);
  }

  private static void check(double[] centres) {
    HistogramCounter counter = new HistogramCounter(centres);
    double[] edges = NumpyHistogram.edgesFromCentres(centres);
    SplittableRandom random = new SplittableRandom(1);
    double top = edges[edges.length - 1];
    for (int n = 0; n < 200_000; n++) {
      double v = random.nextDouble(-0.01 * top, 1.01 * top);
      assertEquals(NumpyHistogram.bin(edges, v), counter.bin(v), "value " + v);
    }
    for (double e : edges) {
      for (double v : new double[] {e, Math.nextUp(e), Math.nextDown(e)}) {
        assertEquals(NumpyHistogram.bin(edges, v), counter.bin(v), "value " + v);
      }
    }
    assertEquals(-1, counter.bin(Double.NaN));
  }
}
