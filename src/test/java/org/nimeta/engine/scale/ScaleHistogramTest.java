package org.nimeta.engine.scale;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ScaleHistogramTest {

  @Test
  void binsRunPastTheLargestPossibleAleByOneThousandth() {
    // np.arange(0, 0.05 + 0.001, 0.0001) has 510 values
    assertEquals(510, new ScaleHistogram(0.05).size());
  }

  @Test
  void entriesFollowNumpysHistogramOnTheCentres() {
    ScaleHistogram h = new ScaleHistogram(0.05);
    int last = h.size() - 1;
    assertEquals(0, h.entry(0.0));
    assertEquals(1, h.entry(Double.MIN_VALUE));
    assertEquals(1, h.entry(Math.nextDown(0.0001)));
    assertEquals(2, h.entry(0.0001));
    assertEquals(124, h.entry(0.0123));
    assertEquals(last, h.entry(ScaleHistogram.centre(last)));
    assertEquals(last, h.entry(Math.nextDown(ScaleHistogram.centre(last))));
    assertEquals(ScaleHistogram.DROPPED, h.entry(Math.nextUp(ScaleHistogram.centre(last))));
  }

  /** p from the tallies against NiMARE's nullhist_to_p on the full per-voxel histogram. */
  @Test
  void tallyPMatchesNullhistToPOnTheWholeHistogram() {
    ScaleHistogram h = new ScaleHistogram(0.002);
    SplittableRandom random = new SplittableRandom(2);
    for (int trial = 0; trial < 5000; trial++) {
      int n = 1 + random.nextInt(12);
      double observed = random.nextInt(4) == 0 ? 0 : random.nextDouble() * 0.0035;
      int[] observedEntry = {h.pEntry(observed)};
      ScaleTally tally = new ScaleTally(observedEntry);
      ScaleTally other = new ScaleTally(observedEntry);
      double[] nullValues = new double[n];
      for (int i = 0; i < n; i++) {
        nullValues[i] = random.nextInt(3) == 0 ? 0 : random.nextDouble() * 0.0035; // some dropped
        (i % 2 == 0 ? tally : other).record(new double[] {nullValues[i]}, h);
      }
      tally.merge(other);
      double expected = nullhistToP(observed, nullValues, h);
      if (Double.isNaN(expected)) { // every null value dropped: NiMARE divides 0 by 0
        assertEquals(Double.NaN, tally.p(0, n));
        continue;
      }
      assertEquals(expected, tally.p(0, n), 1e-15 * expected,
          "observed " + observed + " null " + Arrays.toString(nullValues));
    }
  }

  /** NiMARE 0.2.1's {@code _scale_to_p_voxel} + {@code nullhist_to_p}, written out. */
  private static double nullhistToP(double observed, double[] nullValues, ScaleHistogram h) {
    double[] weights = new double[h.size()];
    for (double v : nullValues) {
      int entry = h.entry(v);
      if (entry != ScaleHistogram.DROPPED) {
        weights[entry]++;
      }
    }
    double total = Arrays.stream(weights).sum();
    double[] tail = new double[weights.length];
    double running = 0;
    for (int b = weights.length - 1; b >= 0; b--) {
      running += weights[b] / total;
      tail[b] = running;
    }
    double max = Arrays.stream(tail).max().orElseThrow();
    double smallest = Double.POSITIVE_INFINITY;
    for (int b = 0; b < tail.length; b++) {
      tail[b] /= max;
      if (tail[b] != 0) {
        smallest = Math.min(smallest, tail[b]);
      }
    }
    double p = observed > 0 ? tail[h.pEntry(observed)] : 1;
    return Math.max(smallest, Math.min(p, 1));
  }
}
