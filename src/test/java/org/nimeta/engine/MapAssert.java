package org.nimeta.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/** Voxel-by-voxel comparison of our float64 maps with NiMARE's float32 reference maps. */
public final class MapAssert {
  /**
   * NiMARE's maps are float64 values stored as float32 (relative rounding up to 6e-8); our float64
   * values must agree with them to this relative tolerance.
   */
  public static final double FLOAT32_RELATIVE = 1e-6;

  private MapAssert() {}

  /**
   * Every voxel within {@link #FLOAT32_RELATIVE} of the reference (relative to the larger
   * magnitude; exact zeros and infinities must match exactly, NaN matches NaN). Below 1.2e-38
   * float32 is subnormal, spaced {@code Float.MIN_VALUE} apart whatever the magnitude, so that
   * spacing is allowed on top.
   */
  public static void assertMapEquals(double[] expected, double[] actual, String what) {
    assertMapEquals(expected, actual, FLOAT32_RELATIVE, what);
  }

  public static void assertMapEquals(double[] expected, double[] actual, double relative, String what) {
    assertEquals(expected.length, actual.length, what + ": map length");
    int bad = 0;
    int first = -1;
    for (int m = 0; m < expected.length; m++) {
      double e = expected[m];
      double a = actual[m];
      boolean ok;
      if (Double.isNaN(e) || Double.isNaN(a)) {
        ok = Double.isNaN(e) && Double.isNaN(a);
      } else if (e == 0 || a == 0 || Double.isInfinite(e) || Double.isInfinite(a)) {
        ok = e == a || (float) a == (float) e;
      } else {
        double diff = Math.abs(a - e);
        ok = diff <= relative * Math.max(Math.abs(a), Math.abs(e)) + Float.MIN_VALUE;
      }
      if (!ok) {
        bad++;
        if (first < 0) {
          first = m;
        }
      }
    }
    if (bad > 0) {
      fail(what + ": " + bad + " of " + expected.length + " voxels differ; first at masked index "
          + first + ": expected " + expected[first] + ", got " + actual[first]);
    }
  }

  /** Exact equality voxel by voxel (integer-valued maps). */
  public static void assertMapExactlyEquals(double[] expected, double[] actual, String what) {
    assertEquals(expected.length, actual.length, what + ": map length");
    for (int m = 0; m < expected.length; m++) {
      if (Double.compare(expected[m] + 0.0, actual[m] + 0.0) != 0) {
        fail(what + ": masked voxel " + m + ": expected " + expected[m] + ", got " + actual[m]);
      }
    }
  }
}
