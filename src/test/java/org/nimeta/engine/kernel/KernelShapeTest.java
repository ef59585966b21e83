package org.nimeta.engine.kernel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nimeta.engine.CoordinateExperiment;
import org.nimeta.image.Affine;
import org.nimeta.image.Grid;
import org.nimeta.image.Mask;
import org.nimeta.image.NiftiDatatype;
import org.nimeta.image.NiftiImage;

/** Kernel sizes, widths and centre values quoted in CASES.md, and clipping behaviour. */
class KernelShapeTest {
  private static final double[] ZOOMS_2MM = {2, 2, 2};
  /** CASES.md quotes these to 5-6 significant digits. */
  private static final double QUOTED = 5e-5;

  @Test
  void aleKernelForTwentyFiveSubjects() {
    GaussianCube cube = AleKernel.fromSampleSizes().cubeFor(25, ZOOMS_2MM);
    assertEquals(1.92824, cube.sigma(), QUOTED * 1.92824);
    assertEquals(17, cube.size());
    assertEquals(0.0088564, cube.centre(), QUOTED * 0.0088564);
  }

  @Test
  void aleKernelForNineSubjects() {
    GaussianCube cube = AleKernel.fromSampleSizes().cubeFor(9, ZOOMS_2MM);
    assertEquals(2.15813, cube.sigma(), QUOTED * 2.15813);
    assertEquals(19, cube.size());
  }

  @Test
  void aleKernelWithFwhm10() {
    GaussianCube cube = AleKernel.withFwhm(10).cubeFor(Double.NaN, ZOOMS_2MM);
    assertEquals(2.12330, cube.sigma(), QUOTED * 2.12330);
    assertEquals(17, cube.size());
    assertEquals(0.0066338, cube.centre(), QUOTED * 0.0066338);
  }

  @Test
  void gaussianCubeIsSymmetricAndPeaksInTheCentre() {
    GaussianCube cube = GaussianCube.of(1.5);
    int h = cube.half();
    assertEquals(cube.at(h, 0, 0), cube.at(-h, 0, 0));
    assertTrue(cube.at(1, 0, 0) < cube.centre());
    assertTrue(cube.at(h, h, h) > 0);
  }

  @Test
  void sphereOfTenMillimetresOnTwoMillimetreGridHas515Voxels() {
    assertEquals(515, SphereOffsets.of(10, ZOOMS_2MM).count());
  }

  @Test
  void pythonFloorDivisionRoundsTowardMinusInfinity() {
    assertEquals(-3.0, SphereOffsets.pythonFloorDiv(-5, 2));
    assertEquals(2.0, SphereOffsets.pythonFloorDiv(5, 2));
    assertEquals(-5.0, SphereOffsets.pythonFloorDiv(-10, 2));
  }

  @Test
  void kernelsAreClippedAtTheGridEdgeAndZeroOutsideTheMask() {
    Mask mask = smallMask(); // 5x5x5 grid, voxel (0,0,0) outside the mask
    CoordinateExperiment corner = CoordinateExperiment.ofVoxels("c", new int[][] {{0, 0, 0}}, 20);
    MaMaps maps = MaMaps.of(List.of(corner), new MkdaKernel(2, 1), mask);
    // r = 2 mm on 1 mm voxels around a corner: the offsets with no negative component are
    // (0,0,0), 3 x (1,0,0), 3 x (2,0,0), 3 x (1,1,0) and (1,1,1): 11 voxels on the grid, of
    // which the corner itself is outside the mask.
    assertEquals(10, maps.nonzeroCount(0));
    assertEquals(1.0, maps.dense(0)[mask.maskedIndex(2, 0, 0)]);
    assertEquals(0.0, maps.dense(0)[mask.maskedIndex(3, 0, 0)]);
  }

  @Test
  void kdaSpheresAddUpWhereTheyOverlapAndMkdaSpheresDoNot() {
    Mask mask = smallMask();
    CoordinateExperiment twice = CoordinateExperiment.ofVoxels("t", new int[][] {{2, 2, 2}, {2, 2, 2}}, 20);
    double centre = mask.maskedIndex(2, 2, 2);
    assertEquals(2.0, MaMaps.of(List.of(twice), new KdaKernel(1, 1), mask).dense(0)[(int) centre]);
    assertEquals(1.0, MaMaps.of(List.of(twice), new MkdaKernel(1, 1), mask).dense(0)[(int) centre]);
  }

  @Test
  void aleMapTakesTheMaximumOverFociAndAscendingIndices() {
    Mask mask = smallMask();
    CoordinateExperiment e = CoordinateExperiment.ofVoxels("e", new int[][] {{1, 2, 2}, {3, 2, 2}}, 20);
    MaMaps maps = MaMaps.of(List.of(e), AleKernel.withFwhm(3), mask);
    GaussianCube cube = AleKernel.withFwhm(3).cubeFor(Double.NaN, new double[] {1, 1, 1});
    double[] dense = maps.dense(0);
    assertEquals(cube.centre(), dense[mask.maskedIndex(1, 2, 2)]);
    assertEquals(cube.at(1, 0, 0), dense[mask.maskedIndex(2, 2, 2)]);
    for (int n = maps.start(0) + 1; n < maps.end(0); n++) {
      assertTrue(maps.indices()[n - 1] < maps.indices()[n]);
    }
  }

  @Test
  void reusedMapsRefillWithoutLeftovers() {
    Mask mask = smallMask();
    MaMaps maps = new MaMaps(mask);
    KdaKernel kernel = new KdaKernel(1, 1);
    maps.add(kernel, new int[] {2, 2, 2}, 1, Double.NaN);
    maps.clear();
    maps.add(kernel, new int[] {4, 4, 4}, 1, Double.NaN);
    assertEquals(1, maps.experimentCount());
    assertEquals(0.0, maps.dense(0)[mask.maskedIndex(2, 2, 2)]);
    assertEquals(4, maps.nonzeroCount(0)); // corner voxel plus its 3 in-grid neighbours
  }

  @Test
  void aleKernelRejectsAnExperimentWithoutSampleSize() {
    CoordinateExperiment e = CoordinateExperiment.ofVoxels("pain_07", new int[][] {{2, 2, 2}}, Double.NaN);
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
        () -> MaMaps.of(List.of(e), AleKernel.fromSampleSizes(), smallMask()));
    assertTrue(error.getMessage().contains("`pain_07`"), error.getMessage());
  }

  @Test
  void flatFociKeepTheirOrder() {
    assertArrayEquals(new int[] {1, 2, 3}, CoordinateExperiment.ofVoxels("x", new int[][] {{1, 2, 3}}, 1).ijk());
  }

  /** A 5x5x5 grid of 1 mm voxels, all in the mask except voxel (0, 0, 0). */
  static Mask smallMask() {
    Grid grid = new Grid(5, 5, 5, Affine.scaled(1, 1, 1, 0, 0, 0));
    double[] data = new double[grid.size()];
    java.util.Arrays.fill(data, 1);
    data[0] = 0;
    return Mask.fromImage(new NiftiImage(grid, data, NiftiDatatype.UINT8));
  }
}
