package org.nimeta.report.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class StatScaleTest {
  private final StatScale positive = new StatScale(3, 9, false);
  private final StatScale signed = new StatScale(3, 9, true);

  @Test
  void valuesBelowTheThresholdHaveNoColour() {
    assertEquals(StatScale.NONE, positive.rgb(2.99));
    assertEquals(StatScale.NONE, positive.rgb(0));
    assertEquals(StatScale.NONE, positive.rgb(Double.NaN));
  }

  @Test
  void theThresholdIsTheDarkEndAndTheMaximumTheBrightEnd() {
    assertEquals(ColorMap.HOT.rgb(0), positive.rgb(3));
    assertEquals(ColorMap.HOT.rgb(0.5), positive.rgb(6));
    assertEquals(ColorMap.HOT.rgb(1), positive.rgb(9));
    assertEquals(ColorMap.HOT.rgb(1), positive.rgb(20));
  }

  @Test
  void negativeValuesAreColdOnlyWhenTheScaleShowsThem() {
    assertEquals(StatScale.NONE, positive.rgb(-9));
    assertEquals(ColorMap.COLD.rgb(1), signed.rgb(-9));
    assertEquals(ColorMap.COLD.rgb(0), signed.rgb(-3));
  }

  @Test
  void aScaleOfAMapStartsAtItsThresholdOrItsSmallestValueAndEndsAtItsPeak() {
    Volume map = SyntheticBrain.map(5, new double[] {0, 0, 0});
    assertEquals(new StatScale(5, 5, false), StatScale.of(map, 0), "thresholded: from the smallest value written");
    assertEquals(new StatScale(5, 5, false), StatScale.of(map, 3.09), "a lower cut is raised to what the map holds");
    assertEquals(new StatScale(7, 7, false), StatScale.of(map, 7), "a cut above the peak shows nothing");
    assertEquals(new StatScale(4, 4, true), StatScale.of(SyntheticBrain.map(-4, new double[] {0, 0, 0}), 0));
    assertThrows(IllegalArgumentException.class, () -> new StatScale(0, 1, false));
  }

  @Test
  void labelsHaveThreeSignificantDigits() {
    assertEquals("6.74", StatScale.label(6.740988751486739));
    assertEquals("3.09", StatScale.label(3.09));
    assertEquals("-12", StatScale.label(-12.0));
    assertEquals("1.23e+04", StatScale.label(12345));
  }
}
