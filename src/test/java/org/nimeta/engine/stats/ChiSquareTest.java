package org.nimeta.engine.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ChiSquareTest {
  private static final double RELATIVE = 1e-13;

  /** Values of {@code scipy.special.chdtrc(1, x)} (scipy 1.17). */
  @Test
  void survivalMatchesScipy() {
    assertSf(0.08326451666355042, 3.0);
    assertSf(1.5239706048320995e-23, 100.0);
    assertSf(0.9747728793699604, 1e-3);
    assertEquals(1.0, ChiSquare.sf1(0));
  }

  private static void assertSf(double expected, double x) {
    assertEquals(expected, ChiSquare.sf1(x), RELATIVE * expected, "sf(" + x + ")");
  }
}
