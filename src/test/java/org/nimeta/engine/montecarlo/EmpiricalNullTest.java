package org.nimeta.engine.montecarlo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** {@code null_to_p(value, [3, 1, 2, 2], "upper")} worked out by hand. */
class EmpiricalNullTest {
  private static final double EXACT = 0;
  private final EmpiricalNull nullValues = new EmpiricalNull(new double[] {3, 1, 2, 2});

  @Test
  void pIsOneMinusTheFractionStrictlyBelowClippedToOneOverN() {
    assertEquals(0.75, nullValues.upperP(0), EXACT);    // none below: 1, clipped to 1 - 1/4
    assertEquals(0.75, nullValues.upperP(1), EXACT);    // none strictly below
    assertEquals(0.75, nullValues.upperP(2), EXACT);    // 1 below
    assertEquals(0.25, nullValues.upperP(2.5), EXACT);  // 3 below
    assertEquals(0.25, nullValues.upperP(3), EXACT);    // 3 below
    assertEquals(0.25, nullValues.upperP(99), EXACT);   // 4 below: 0, clipped to 1/4
  }

  @Test
  void criticalValueIsTheCeilingRankOrderStatistic() {
    assertEquals(3, nullValues.criticalValue(0.05), EXACT); // rank ceil(3.8) = 4
    assertEquals(2, nullValues.criticalValue(0.5), EXACT);  // rank 2
    assertEquals(1, nullValues.criticalValue(1), EXACT);    // rank 0, clamped to 1
  }

  @Test
  void theInputIsNotModified() {
    double[] values = {3, 1, 2};
    new EmpiricalNull(values);
    assertEquals(3, values[0], EXACT);
  }
}
