package org.nimeta.engine.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NormalTest {
  /** AS 241 is accurate to about 1e-16; scipy's ndtri to about the same. */
  private static final double RELATIVE = 1e-14;

  /** Values of {@code scipy.stats.norm.isf(p)} (scipy 1.17). */
  @Test
  void inverseSurvivalMatchesScipyIncludingFarTails() {
    assertIsf(0.0, 0.5);
    assertIsf(1.6448536269514729, 0.05);
    assertIsf(4.264890793922825, 1e-5);
    assertIsf(8.222082216130435, 1e-16);
    assertIsf(8.125890664701908, 2.220446049250313e-16);
    assertIsf(37.0470962993612, 1e-300);
    assertIsf(-1.959963984540054, 0.975);
    assertIsf(-6.361340889697422, 1 - 1e-10);
  }

  @Test
  void endpoints() {
    assertEquals(Double.POSITIVE_INFINITY, Normal.isf(0));
    assertEquals(Double.NEGATIVE_INFINITY, Normal.isf(1));
    assertTrue(Double.isNaN(Normal.isf(Double.NaN)));
  }

  @Test
  void pToZFollowsNimare() {
    assertEquals(0.0, PToZ.oneTailed(1.0)); // negative z clipped to 0
    assertEquals(0.0, PToZ.oneTailed(0.7));
    assertEquals(1.6448536269514729, PToZ.oneTailed(0.05), 1e-15);
    assertEquals(0.0, PToZ.twoTailed(1.0));
    assertEquals(1.959963984540054, PToZ.twoTailed(0.05), 1e-14);
  }

  private static void assertIsf(double expected, double p) {
    double actual = Normal.isf(p);
    assertEquals(expected, actual, RELATIVE * Math.abs(expected), "isf(" + p + ")");
  }
}
