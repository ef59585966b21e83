package org.nimeta.report.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ColorMapTest {
  @Test
  void hotRunsFromDarkRedAtTheThresholdToPaleYellowAtTheMaximum() {
    assertEquals(0x8c0000, ColorMap.HOT.rgb(0));
    assertEquals(0xffff96, ColorMap.HOT.rgb(1));
    assertEquals(ColorMap.HOT.rgb(0), ColorMap.HOT.rgb(-3), "clamped below");
    assertEquals(ColorMap.HOT.rgb(1), ColorMap.HOT.rgb(7), "clamped above");
  }

  @Test
  void coldIsBlueAndBrightensTowardsItsEnd() {
    assertEquals(0x00008c, ColorMap.COLD.rgb(0));
    assertEquals(0x96ffff, ColorMap.COLD.rgb(1));
    int mid = ColorMap.COLD.rgb(0.5);
    assertTrue((mid & 0xff) > (mid >> 16 & 0xff), "blue dominates: " + Integer.toHexString(mid));
  }

  @Test
  void betweenStopsTheColourIsInterpolated() {
    // stops at 0, 1/3, 2/3, 1: halfway between the first two is halfway between 0x8c and 0xff in red
    assertEquals((0x8c + 0xff + 1) / 2, ColorMap.HOT.rgb(1.0 / 6) >> 16 & 0xff, 1);
  }
}
