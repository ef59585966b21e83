package org.nimeta.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MaskTest {
  private static final Grid GRID = new Grid(4, 3, 2, Affine.scaled(2, 2, 2, 0, 0, 0));

  /** In-mask: non-zero and finite (negative counts, NaN and infinities do not). */
  private static Mask sample() {
    double[] v = new double[GRID.size()];
    v[GRID.flatIndex(1, 0, 0)] = 1;
    v[GRID.flatIndex(3, 2, 0)] = -2;
    v[GRID.flatIndex(0, 1, 1)] = 0.5;
    v[GRID.flatIndex(2, 2, 1)] = 7;
    v[GRID.flatIndex(0, 0, 0)] = Double.NaN;
    v[GRID.flatIndex(2, 0, 1)] = Double.POSITIVE_INFINITY;
    return Mask.fromImage(new NiftiImage(GRID, v, NiftiDatatype.FLOAT32));
  }

  @Test
  void inMaskVoxelsAreNonZeroFiniteInFlatOrder() {
    Mask mask = sample();
    assertEquals(4, mask.size());
    int[] expectedFlat = {GRID.flatIndex(1, 0, 0), GRID.flatIndex(3, 2, 0), GRID.flatIndex(0, 1, 1), GRID.flatIndex(2, 2, 1)};
    for (int m = 0; m < mask.size(); m++) {
      assertEquals(expectedFlat[m], mask.flatIndex(m));
    }
    assertEquals(-1, mask.maskedIndex(GRID.flatIndex(0, 0, 0)), "NaN is outside");
    assertEquals(-1, mask.maskedIndex(2, 0, 1), "infinity is outside");
    assertEquals(-1, mask.maskedIndex(4, 0, 0), "outside the grid");
    assertEquals(-1, mask.maskedIndex(0, -1, 0), "outside the grid");
  }

  @Test
  void maskedFlatAndIjkRoundTrip() {
    for (Mask mask : new Mask[] {sample(), Templates.brainMask("mni152_2mm")}) {
      Grid g = mask.grid();
      int previous = -1;
      for (int m = 0; m < mask.size(); m++) {
        int flat = mask.flatIndex(m);
        assertTrue(flat > previous, "ascending flat order");
        previous = flat;
        int[] ijk = mask.ijk(m);
        if (flat != g.flatIndex(ijk[0], ijk[1], ijk[2]) || mask.maskedIndex(flat) != m
            || mask.maskedIndex(ijk[0], ijk[1], ijk[2]) != m) {
          throw new AssertionError("round trip fails at masked index " + m);
        }
      }
    }
  }

  @Test
  void unmaskAndApplyAreInverseOnTheMask() {
    Mask mask = sample();
    double[] masked = {10, 20, 30, 40};
    double[] full = mask.unmask(masked);
    assertEquals(GRID.size(), full.length);
    assertEquals(20, full[GRID.flatIndex(3, 2, 0)]);
    assertEquals(100, java.util.Arrays.stream(full).sum(), "zero outside the mask");
    assertArrayEquals(masked, mask.apply(full));

    double[] volume = new double[GRID.size()];
    for (int f = 0; f < volume.length; f++) {
      volume[f] = f;
    }
    double[] gathered = mask.apply(volume);
    assertArrayEquals(new double[] {1, 11, 16, 22}, gathered);
    assertArrayEquals(gathered, mask.apply(mask.unmask(gathered)));
    NiftiImage image = NiftiImage.fromMasked(mask, gathered);
    assertEquals(NiftiDatatype.FLOAT32, image.datatype());
    assertArrayEquals(mask.unmask(gathered), image.data());
  }

  @Test
  void wrongLengthsAreRejectedWithBothSizes() {
    Mask mask = sample();
    assertEquals("expected 4 masked values, got 3",
        assertThrows(IllegalArgumentException.class, () -> mask.unmask(new double[3])).getMessage());
    assertEquals("expected a volume of 24 voxels, got 5",
        assertThrows(IllegalArgumentException.class, () -> mask.apply(new double[5])).getMessage());
  }
}
