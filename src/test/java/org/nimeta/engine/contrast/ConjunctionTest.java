package org.nimeta.engine.contrast;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** NiMARE's minimum-statistic conjunction: {@code where(a * b * ... > 0, min(a, b, ...), 0)}. */
class ConjunctionTest {
  @Test
  void keepsTheSmallestValueWhereAllAgreeInSignAndZeroElsewhere() {
    double[] a = {3.0, 2.0, -1.0, 0.0, 4.0, -2.0};
    double[] b = {1.5, 5.0, 2.0, 3.0, 4.0, -3.0};
    // agree+, agree+, signs differ, one zero, equal, both negative (NiMARE keeps the more negative)
    assertArrayEquals(new double[] {1.5, 2.0, 0.0, 0.0, 4.0, -3.0}, Conjunction.minimumStatistic(List.of(a, b)));
  }

  @Test
  void threeMapsFollowTheSignOfTheProductAsNimareDoes() {
    double[] a = {1.0, -1.0, 2.0};
    double[] b = {2.0, -2.0, 3.0};
    double[] c = {3.0, 4.0, -0.5};
    // all positive → min; two negatives and a positive → product > 0 → min (−2); one negative → 0
    assertArrayEquals(new double[] {1.0, -2.0, 0.0}, Conjunction.minimumStatistic(List.of(a, b, c)));
  }

  @Test
  void aNanAnywhereGivesZero() {
    double[] a = {Double.NaN, 2.0};
    double[] b = {1.0, Double.NaN};
    assertArrayEquals(new double[] {0.0, 0.0}, Conjunction.minimumStatistic(List.of(a, b)));
  }

  @Test
  void theInputsAreNotModified() {
    double[] a = {1.0, -1.0};
    double[] b = {2.0, 3.0};
    Conjunction.minimumStatistic(List.of(a, b));
    assertArrayEquals(new double[] {1.0, -1.0}, a);
    assertArrayEquals(new double[] {2.0, 3.0}, b);
  }

  @Test
  void refusesFewerThanTwoMapsOrMapsOfDifferentLengths() {
    assertThrows(IllegalArgumentException.class, () -> Conjunction.minimumStatistic(List.of(new double[2])));
    assertThrows(IllegalArgumentException.class,
        () -> Conjunction.minimumStatistic(List.of(new double[2], new double[3])));
  }
}
