package org.nimeta.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nimeta.image.Affine;
import org.nimeta.image.Grid;
import org.nimeta.image.NiftiDatatype;
import org.nimeta.image.NiftiImage;

class MapDifferenceTest {
  private static final Grid GRID = new Grid(2, 2, 1, Affine.scaled(2, 2, 2, 0, 0, 0));

  private static NiftiImage map(double... values) {
    return new NiftiImage(GRID, values, NiftiDatatype.FLOAT32);
  }

  @Test
  void countsDifferingVoxelsAndTheLargestDifferenceWithNaNEqualToNaN() {
    MapDifference d = MapDifference.of(map(1, 2, Double.NaN, 0.0), map(1, 2.5, Double.NaN, -0.0));
    assertTrue(d.sameGrid());
    assertEquals(4, d.voxels());
    assertEquals(1, d.differingVoxels(), "NaN = NaN and −0 = 0 are no differences");
    assertEquals(0.5, d.largestDifference());
  }

  @Test
  void correlationIsOneForAScaledMapAndUndefinedForAConstantOne() {
    assertEquals(1.0, MapDifference.of(map(1, 2, 3, 4), map(2, 4, 6, 8)).correlation(), 1e-12);
    assertEquals(-1.0, MapDifference.of(map(1, 2, 3, 4), map(4, 3, 2, 1)).correlation(), 1e-12);
    assertTrue(Double.isNaN(MapDifference.of(map(1, 1, 1, 1), map(1, 2, 3, 4)).correlation()));
  }

  @Test
  void mapsOnDifferentGridsAreNotComparedVoxelByVoxel() {
    NiftiImage other = new NiftiImage(new Grid(4, 1, 1, Affine.scaled(2, 2, 2, 0, 0, 0)), new double[4],
        NiftiDatatype.FLOAT32);
    assertFalse(MapDifference.of(map(0, 0, 0, 0), other).sameGrid());
  }
}
