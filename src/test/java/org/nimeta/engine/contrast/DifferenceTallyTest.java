package org.nimeta.engine.contrast;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The streaming tallies against the definitions computed from the whole sorted null. */
class DifferenceTallyTest {

  @Test
  void pAndMedianSignMatchTheFullNullIncludingTiesAndEvenCounts() {
    SplittableRandom random = new SplittableRandom(1);
    for (int trial = 0; trial < 20000; trial++) {
      int n = 1 + random.nextInt(8);
      double[] nullValues = new double[n];
      for (int i = 0; i < n; i++) {
        nullValues[i] = random.nextInt(5) * 0.25; // few distinct values: many ties
      }
      double d = random.nextInt(5) * 0.25 + (random.nextBoolean() ? 0 : 0.1);
      DifferenceTally tally = new DifferenceTally(new double[] {d});
      DifferenceTally other = new DifferenceTally(new double[] {d});
      for (int i = 0; i < n; i++) {
        (i % 2 == 0 ? tally : other).record(0, nullValues[i]);
      }
      tally.merge(other);
      String what = "d=" + d + " null=" + Arrays.toString(nullValues);
      assertEquals(nullToP(d, nullValues), tally.twoSidedP(0, n), 0.0, what);
      assertEquals(Math.signum(d - median(nullValues)), tally.medianSign(0, n), 0.0, what);
    }
  }

  /** NiMARE's {@code null_to_p(d, null, "two", symmetric=False)} via sorting and searchsorted. */
  private static double nullToP(double d, double[] nullValues) {
    double[] s = nullValues.clone();
    Arrays.sort(s);
    double[] negated = new double[s.length];
    for (int i = 0; i < s.length; i++) {
      negated[i] = -s[s.length - 1 - i];
    }
    int n = s.length;
    double pl = 1 - (double) searchLeft(s, d) / n;
    double pr = 1 - (double) searchLeft(negated, -d) / n;
    double smallest = Math.max(Math.ulp(1.0), 1.0 / n);
    return Math.max(smallest, Math.min(2 * Math.min(pl, pr), 1 - smallest));
  }

  private static int searchLeft(double[] sorted, double v) {
    int i = 0;
    while (i < sorted.length && sorted[i] < v) {
      i++;
    }
    return i;
  }

  /** numpy's median: the middle value, or the mean of the two middle values. */
  private static double median(double[] nullValues) {
    double[] s = nullValues.clone();
    Arrays.sort(s);
    int h = s.length / 2;
    return s.length % 2 == 1 ? s[h] : (s[h - 1] + s[h]) / 2;
  }
}
