package org.nimeta.image.atlas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nimeta.image.Affine;
import org.nimeta.image.Grid;
import org.nimeta.image.NiftiDatatype;
import org.nimeta.image.NiftiImage;

/**
 * Labels of the bundled Harvard–Oxford atlas at coordinates checked by hand in its files: voxel
 * (i, j, k) is at x = 90 − 2i, y = −126 + 2j, z = −72 + 2k, and its value is the row of the label TSV.
 */
class AtlasTest {
  private static final double DISTANCE_MM = 1e-9;
  private static final Atlas HO = Atlas.harvardOxford().orElseThrow();

  private static void assertLabel(String name, double distance, Atlas.Label label) {
    assertEquals(name, label.name());
    assertEquals(distance, label.distanceMm(), DISTANCE_MM, name);
  }

  @Test
  void aLabelledVoxelNamesItsOwnCoordinate() {
    assertLabel("Insular Cortex", 0, HO.labelAt(-38, -2, 10)); // voxel (64, 62, 41) = 2
    assertLabel("Postcentral Gyrus", 0, HO.labelAt(-42, -24, 56)); // (66, 51, 64) = 17
    assertLabel("Cingulate Gyrus, anterior division", 0, HO.labelAt(2, 24, 20)); // (44, 75, 46) = 29
    assertLabel("Central Opercular Cortex", 0, HO.labelAt(-40, -10, 20)); // (65, 58, 46) = 42
  }

  @Test
  void anUnlabelledVoxelTakesTheNearestLabelledOneWithin4mm() {
    // (36, -2, 0) is voxel (27, 62, 36) = 0; (26, 62, 36) = 2 is 2 mm away
    assertLabel("Insular Cortex", 2, HO.labelAt(36, -2, 0));
    // (-42, -14, 24) is (66, 56, 48) = 0; (65, 56, 47) and (66, 55, 47) = 42 are both √8 away
    assertLabel("Central Opercular Cortex", Math.sqrt(8), HO.labelAt(-42, -14, 24));
  }

  @Test
  void aCoordinateBetweenVoxelsIsMeasuredToTheVoxelCentre() {
    // nearest labelled centre (64, 62, 41) = (-38, -2, 10): √(0.7² + 0.8² + 0.6²)
    assertLabel("Insular Cortex", Math.sqrt(0.49 + 0.64 + 0.36), HO.labelAt(-37.3, -1.2, 10.6));
  }

  @Test
  void nothingWithin4mmIsNone() {
    Atlas.Label origin = HO.labelAt(0, 0, 0); // the nearest label, subcallosal cortex, is 10.2 mm away
    assertEquals(Atlas.NONE, origin.name());
    assertFalse(origin.found());
    assertEquals(Atlas.NONE, HO.labelAt(-30, 0, 20).name()); // central opercular cortex at 5.66 mm
    assertEquals(Atlas.NONE, HO.labelAt(500, 0, 0).name()); // outside the grid
  }

  @Test
  void theRadiusIncludes4mmAndTiesGoToTheFirstVoxel() {
    // a 1 mm line x = 0..9 with label 1 at x = 0 and label 2 at x = 8, 9
    Grid grid = new Grid(10, 1, 1, Affine.scaled(1, 1, 1, 0, 0, 0));
    double[] values = new double[10];
    values[0] = 1;
    values[8] = 2;
    values[9] = 2;
    Atlas line = new Atlas(new NiftiImage(grid, values, NiftiDatatype.UINT8), List.of("first", "second"));
    assertLabel("first", 4, line.labelAt(4, 0, 0)); // both 4 mm away: the first in i order
    assertLabel("second", 3.5, line.labelAt(4.5, 0, 0));
    assertEquals(Atlas.NONE, line.labelAt(4, 0, 0.5).name()); // √16.25 from both
  }

  @Test
  void aValueWithoutANameIsRefused() {
    Grid grid = new Grid(2, 1, 1, Affine.scaled(1, 1, 1, 0, 0, 0));
    NiftiImage image = new NiftiImage(grid, new double[] {0, 3}, NiftiDatatype.UINT8);
    assertThrows(IllegalArgumentException.class, () -> new Atlas(image, List.of("one", "two")));
  }

  @Test
  void theLabelTableIsReadInIndexOrder() {
    List<String> names = Atlas.names("index\tname\n1\tFrontal Pole\n2\tInsular Cortex\n");
    assertEquals(List.of("Frontal Pole", "Insular Cortex"), names);
    assertThrows(IllegalArgumentException.class, () -> Atlas.names("index\tname\n2\tInsular Cortex\n"));
  }

  @Test
  void aBuildWithoutTheAtlasHasNoAtlasRatherThanAFailure() {
    assertTrue(Atlas.fromClasspath("/org/nimeta/image/no-atlas-here/").isEmpty());
    assertTrue(Atlas.fromClasspath(Atlas.BUNDLED_FOLDER).isPresent());
  }
}
