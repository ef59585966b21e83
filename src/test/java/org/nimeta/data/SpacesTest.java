package org.nimeta.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.nimeta.image.Affine;

class SpacesTest {
  /** NiMARE's transforms are printed with 10 decimals; a correct inverse agrees to ~1e-13. */
  private static final double TOLERANCE_MM = 1e-9;

  private static final Tsv TRANSFORMS = Tsv.read(Tsv.REFDATA.resolve("public/transforms/coordinate_transforms.tsv"));
  private static final Tsv MM2VOX = Tsv.read(Tsv.REFDATA.resolve("public/transforms/mm2vox.tsv"));

  @Test
  void tal2mniMatchesNimare() {
    assertEquals(20, TRANSFORMS.rows().size());
    for (int r = 0; r < TRANSFORMS.rows().size(); r++) {
      double[] mni = Spaces.tal2mni(TRANSFORMS.number(r, "x"), TRANSFORMS.number(r, "y"), TRANSFORMS.number(r, "z"));
      double[] expected = {TRANSFORMS.number(r, "tal2mni_x"), TRANSFORMS.number(r, "tal2mni_y"),
          TRANSFORMS.number(r, "tal2mni_z")};
      assertArrayEquals(expected, mni, TOLERANCE_MM, "row " + r);
    }
  }

  @Test
  void mni2talMatchesNimare() {
    for (int r = 0; r < TRANSFORMS.rows().size(); r++) {
      double[] tal = Spaces.mni2tal(TRANSFORMS.number(r, "x"), TRANSFORMS.number(r, "y"), TRANSFORMS.number(r, "z"));
      double[] expected = {TRANSFORMS.number(r, "mni2tal_x"), TRANSFORMS.number(r, "mni2tal_y"),
          TRANSFORMS.number(r, "mni2tal_z")};
      assertArrayEquals(expected, tal, TOLERANCE_MM, "row " + r);
    }
  }

  @Test
  void tal2mniInvertsMni2tal() {
    for (int r = 0; r < TRANSFORMS.rows().size(); r++) {
      double[] p = {TRANSFORMS.number(r, "x"), TRANSFORMS.number(r, "y"), TRANSFORMS.number(r, "z")};
      double[] tal = Spaces.mni2tal(p[0], p[1], p[2]);
      assertArrayEquals(p, Spaces.tal2mni(tal[0], tal[1], tal[2]), TOLERANCE_MM, "row " + r);
    }
  }

  @Test
  void mm2voxTruncatesAsNimare() {
    Affine inverse = Affine.scaled(2, 2, 2, -90, -126, -72).inverse();
    assertEquals(20, MM2VOX.rows().size());
    for (int r = 0; r < MM2VOX.rows().size(); r++) {
      int[] ijk = VoxelCoordinates.mm2vox(inverse, MM2VOX.number(r, "x"), MM2VOX.number(r, "y"), MM2VOX.number(r, "z"));
      int[] expected = {(int) MM2VOX.number(r, "i"), (int) MM2VOX.number(r, "j"), (int) MM2VOX.number(r, "k")};
      assertArrayEquals(expected, ijk, "row " + r);
    }
  }

  @Test
  void mm2voxTruncatesTowardZeroOnBothSidesOfTheOrigin() {
    Affine inverse = Affine.scaled(2, 2, 2, -90, -126, -72).inverse();
    // CASES.md: x=-89 → 0.5 → 0; x=-91 → -0.5 → 0; x=1 → 45.5 → 45; x=-1 → 44.5 → 44
    assertEquals(0, VoxelCoordinates.mm2vox(inverse, -89, 0, 0)[0]);
    assertEquals(0, VoxelCoordinates.mm2vox(inverse, -91, 0, 0)[0]);
    assertEquals(45, VoxelCoordinates.mm2vox(inverse, 1, 0, 0)[0]);
    assertEquals(44, VoxelCoordinates.mm2vox(inverse, -1, 0, 0)[0]);
  }

  @Test
  void toMniConvertsOnlyTalairachAndCopies() {
    double[][] foci = {{40, -22, 54}};
    double[][] tal = Spaces.toMni(CoordinateSpace.TALAIRACH, foci);
    assertArrayEquals(Spaces.tal2mni(40, -22, 54), tal[0]);
    double[][] unknown = Spaces.toMni(CoordinateSpace.UNKNOWN, foci);
    assertArrayEquals(foci[0], unknown[0]);
    unknown[0][0] = 99;
    assertEquals(40, foci[0][0], "input must not be modified through the result");
  }

  @Test
  void spaceLabelsAreRecognisedRegardlessOfCase() {
    assertEquals(CoordinateSpace.MNI, CoordinateSpace.parse("MNI"));
    assertEquals(CoordinateSpace.MNI, CoordinateSpace.parse("mni"));
    assertEquals(CoordinateSpace.TALAIRACH, CoordinateSpace.parse("TAL"));
    assertEquals(CoordinateSpace.TALAIRACH, CoordinateSpace.parse("Talairach"));
    assertEquals(CoordinateSpace.TALAIRACH, CoordinateSpace.parse("talairach"));
    assertEquals(CoordinateSpace.UNKNOWN, CoordinateSpace.parse("UNKNOWN"));
    assertEquals(CoordinateSpace.UNKNOWN, CoordinateSpace.parse("mni152_2mm"));
    assertEquals(CoordinateSpace.UNKNOWN, CoordinateSpace.parse(null));
    assertEquals(true, CoordinateSpace.isNimareLabel("Talairach"));
    assertEquals(false, CoordinateSpace.isNimareLabel("tal"));
  }
}
