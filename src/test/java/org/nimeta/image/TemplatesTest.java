package org.nimeta.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TemplatesTest {

  @Test
  void mni152BrainMaskHasNiMaresVoxelCountAndGrid() {
    Mask mask = Templates.brainMask("mni152_2mm");
    assertEquals(228_483, mask.size());
    Grid grid = mask.grid();
    assertEquals(List.of(91, 109, 91), List.of(grid.nx(), grid.ny(), grid.nz()));
    assertEquals(Affine.scaled(2, 2, 2, -90, -126, -72), grid.affine());
    assertArrayEquals(new double[] {2, 2, 2}, grid.zooms());
    assertEquals(-1, mask.maskedIndex(10, 20, 30), "voxel (10,20,30) is outside the brain");
    assertTrue(mask.maskedIndex(45, 54, 36) >= 0, "voxel (45,54,36) is inside");
    assertSame(mask, Templates.brainMask("mni152_2mm"), "cached");
  }

  @Test
  void aleBrainMaskIsTheBigEndianLasGingerAleMask() {
    Mask mask = Templates.brainMask("ale_2mm");
    assertEquals(228_483, mask.size());
    assertEquals(NiftiReferenceMapsTest.MNI_LAS, mask.grid().affine());
  }

  @Test
  void t1TemplateIsTheInt16Mni152Image() {
    NiftiImage t1 = Templates.t1("mni152_2mm");
    assertEquals(NiftiDatatype.INT16, t1.datatype());
    assertEquals(Affine.scaled(2, 2, 2, -90, -126, -72), t1.grid().affine());
    NiftiReferenceMapsTest.assertVoxel(t1, 45, 54, 36, 3289);
    NiftiReferenceMapsTest.assertVoxel(t1, 10, 20, 30, 569);
    NiftiReferenceMapsTest.assertVoxel(t1, 60, 70, 50, 7435);
    t1.data()[0] = 1e9;
    assertEquals(0, Templates.t1("mni152_2mm").data()[0], "callers get their own copy");
  }

  @Test
  void unknownNamesListTheKnownOnes() {
    assertEquals(List.of("ale_2mm", "mni152_2mm"), Templates.names());
    IllegalArgumentException mask = assertThrows(IllegalArgumentException.class, () -> Templates.brainMask("mni305"));
    assertEquals("There is no bundled brain mask called `mni305`; known: `ale_2mm`, `mni152_2mm`.", mask.getMessage());
    IllegalArgumentException t1 = assertThrows(IllegalArgumentException.class, () -> Templates.t1("ale_2mm"));
    assertEquals("There is no bundled T1 template called `ale_2mm`; known: `mni152_2mm`.", t1.getMessage());
  }
}
