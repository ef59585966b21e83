package org.nimeta.engine.scale;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FociRelocationTest {

  /** {@code np.random.seed(0); np.random.choice(n, size=(foci, iters))} as numpy prints it. */
  @Test
  void nimareStreamIsNumpysLegacyChoice() {
    FociRelocation.Draws draws = FociRelocation.nimare(0).prepare(3, 228483, 4);
    int[][] expected = {{199340, 43567, 173685, 117952}, {176963, 152315, 95939, 97639},
        {41993, 122579, 86293, 186098}};
    int[] out = new int[3];
    for (int it = 0; it < 4; it++) {
      draws.draw(it, out);
      assertArrayEquals(new int[] {expected[0][it], expected[1][it], expected[2][it]}, out, "iteration " + it);
    }
    FociRelocation.Draws small = FociRelocation.nimare(0).prepare(2, 5, 6);
    int[][] smallExpected = {{4, 0, 3, 3, 3, 1}, {3, 2, 4, 0, 0, 4}};
    int[] two = new int[2];
    for (int it = 0; it < 6; it++) {
      small.draw(it, two);
      assertArrayEquals(new int[] {smallExpected[0][it], smallExpected[1][it]}, two, "iteration " + it);
    }
  }

  @Test
  void seededStreamDependsOnIterationOnlyAndStaysInRange() {
    FociRelocation.Draws a = FociRelocation.seeded(9).prepare(40, 7, 100);
    FociRelocation.Draws b = FociRelocation.seeded(9).prepare(40, 7, 1000);
    int[] x = new int[40];
    int[] y = new int[40];
    a.draw(17, x);
    b.draw(3, y);
    b.draw(17, y);
    assertArrayEquals(x, y);
    for (int v : x) {
      assertTrue(v >= 0 && v < 7);
    }
  }
}
