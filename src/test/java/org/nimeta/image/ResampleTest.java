package org.nimeta.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Resampling on small synthetic images whose results can be worked out by hand (trilinear
 * interpolation reproduces a linear function exactly), plus one rotated case checked against
 * scipy.ndimage.affine_transform.
 */
class ResampleTest {
  /** Interpolated doubles; only rounding in the coordinate arithmetic differs from the hand values. */
  private static final double TOLERANCE = 1e-12;

  /** f(i, j, k) = i + 10 j + 100 k on an 8x8x8 grid of 1 mm voxels at the origin. */
  private static NiftiImage linearRamp() {
    Grid grid = new Grid(8, 8, 8, Affine.scaled(1, 1, 1, 0, 0, 0));
    double[] v = new double[grid.size()];
    for (int k = 0; k < 8; k++) {
      for (int j = 0; j < 8; j++) {
        for (int i = 0; i < 8; i++) {
          v[grid.flatIndex(i, j, k)] = i + 10 * j + 100 * k;
        }
      }
    }
    return new NiftiImage(grid, v, NiftiDatatype.FLOAT64);
  }

  private static NiftiImage row(NiftiDatatype type, double... values) {
    return new NiftiImage(new Grid(values.length, 1, 1, Affine.scaled(2, 2, 2, 0, 0, 0)), values, type);
  }

  /** A row grid like {@link #row} whose first voxel centre sits {@code voxels} voxels further in x. */
  private static Grid rowShiftedBy(int n, double voxels) {
    return new Grid(n, 1, 1, Affine.scaled(2, 2, 2, 2 * voxels, 0, 0));
  }

  @Test
  void sameGridReturnsTheDataUnchanged() {
    NiftiImage src = row(NiftiDatatype.FLOAT32, 1, -7, 3);
    Grid almost = new Grid(3, 1, 1, Affine.scaled(2, 2, 2, 1e-9, 0, 0));
    NiftiImage out = Resample.toGrid(src, almost, Interpolation.LINEAR, true);
    assertArrayEquals(src.data(), out.data());
    assertEquals(almost, out.grid());
  }

  @Test
  void wholeVoxelShiftIsAPlainCopy() {
    NiftiImage src = row(NiftiDatatype.FLOAT32, 1, Double.POSITIVE_INFINITY, Double.NaN, 4);
    for (Interpolation how : Interpolation.values()) {
      assertArrayEquals(new double[] {Double.POSITIVE_INFINITY, Double.NaN, 4, 0},
          Resample.toGrid(src, rowShiftedBy(4, 1), how).data(), how.name());
      assertArrayEquals(new double[] {0, 0, 1, Double.POSITIVE_INFINITY},
          Resample.toGrid(src, rowShiftedBy(4, -2), how).data(), how.name());
    }
  }

  @Test
  void twoTimesDownsampling() {
    NiftiImage src = linearRamp();
    Grid onVoxels = new Grid(4, 4, 4, Affine.scaled(2, 2, 2, 0, 0, 0));
    Grid between = new Grid(4, 4, 4, Affine.scaled(2, 2, 2, 0.5, 0.5, 0.5));
    for (int k = 0; k < 4; k++) {
      for (int j = 0; j < 4; j++) {
        for (int i = 0; i < 4; i++) {
          int f = onVoxels.flatIndex(i, j, k);
          double on = 2 * i + 20 * j + 200 * k;
          assertEquals(on, Resample.toGrid(src, onVoxels, Interpolation.LINEAR).data()[f], TOLERANCE);
          assertEquals(on, Resample.toGrid(src, onVoxels, Interpolation.NEAREST).data()[f], TOLERANCE);
          assertEquals(on + 0.5 * 111, Resample.toGrid(src, between, Interpolation.LINEAR).data()[f], TOLERANCE);
          assertEquals(on + 111, Resample.toGrid(src, between, Interpolation.NEAREST).data()[f], TOLERANCE,
              "nearest rounds the half voxel up");
        }
      }
    }
  }

  @Test
  void halfVoxelShiftReadsZeroBeyondTheLastVoxelCentre() {
    NiftiImage src = row(NiftiDatatype.FLOAT64, 1, 2, 4, 8);
    assertArrayEquals(new double[] {1.5, 3, 6, 0}, Resample.toGrid(src, rowShiftedBy(4, 0.5), Interpolation.LINEAR).data());
    assertArrayEquals(new double[] {2, 4, 8, 0}, Resample.toGrid(src, rowShiftedBy(4, 0.5), Interpolation.NEAREST).data());
    assertArrayEquals(new double[] {0, 1.5, 3, 6}, Resample.toGrid(src, rowShiftedBy(4, -0.5), Interpolation.LINEAR).data());
    assertArrayEquals(new double[] {0, 2, 4, 8}, Resample.toGrid(src, rowShiftedBy(4, -0.5), Interpolation.NEAREST).data(),
        "coordinate -0.5 is outside even though voxel 0 is nearest");
  }

  @Test
  void lasSourceOntoRasTargetIsMirrored() {
    NiftiImage las = new NiftiImage(new Grid(3, 1, 1, Affine.scaled(-2, 2, 2, 2, 0, 0)), new double[] {1, 2, 3},
        NiftiDatatype.FLOAT32);
    Grid ras = new Grid(3, 1, 1, Affine.scaled(2, 2, 2, -2, 0, 0));
    assertArrayEquals(new double[] {3, 2, 1}, Resample.toGrid(las, ras, Interpolation.LINEAR).data());
  }

  @Test
  void rotationByNinetyDegreesPermutesVoxels() {
    Grid src = new Grid(3, 3, 1, Affine.scaled(1, 1, 1, 0, 0, 0));
    double[] v = {1, 2, 3, 4, 5, 6, 7, 8, 9}; // v(i, j) = 1 + i + 3 j
    // target voxel (i, j) sits at world (j, 2 - i): a rotation, so the general (non-diagonal) path
    Grid rotated = new Grid(3, 3, 1, Affine.of(new double[][] {{0, 1, 0, 0}, {-1, 0, 0, 2}, {0, 0, 1, 0}}));
    double[] expected = new double[9];
    for (int j = 0; j < 3; j++) {
      for (int i = 0; i < 3; i++) {
        expected[i + 3 * j] = 1 + j + 3 * (2 - i);
      }
    }
    for (Interpolation how : Interpolation.values()) {
      assertArrayEquals(expected, Resample.toGrid(new NiftiImage(src, v, NiftiDatatype.FLOAT64), rotated, how).data(),
          how.name());
    }
  }

  @Test
  void rotatedTargetMatchesScipyAffineTransform() {
    Grid grid = new Grid(6, 5, 4, Affine.scaled(2, 2, 2, -5, -4, -3));
    double[] v = new double[grid.size()];
    for (int k = 0; k < 4; k++) {
      for (int j = 0; j < 5; j++) {
        for (int i = 0; i < 6; i++) {
          v[grid.flatIndex(i, j, k)] = Math.sin(i * 0.7) + Math.cos(j * 1.3) * k + 0.1 * i * j;
        }
      }
    }
    double c = 1.5 * Math.cos(0.3);
    double s = 1.5 * Math.sin(0.3);
    Grid target = new Grid(7, 6, 5, Affine.of(new double[][] {{c, -s, 0, -4.2}, {s, c, 0, -3.1}, {0, 0, 1.5, -2.5}}));
    NiftiImage src = new NiftiImage(grid, v, NiftiDatatype.FLOAT64);
    // expected values: scipy 1.17 affine_transform(order=0/1, mode="constant") of the same data
    int[][] voxels = {{0, 0, 0}, {1, 2, 1}, {3, 3, 2}, {4, 1, 3}, {6, 5, 4}, {2, 4, 0}, {5, 2, 2}};
    double[] nearest = {0.0, -0.012671066131256292, 0.13358512158818048, -1.107456893457968, 0.0,
      1.044217687237691, 0.08312354175562553};
    double[] linear = {0.44328069311534246, -0.2677939377700909, 0.8436242765705836, -0.6600487827424819, 0.0,
      1.010761954301868, 0.36463571889690305};
    NiftiImage n = Resample.toGrid(src, target, Interpolation.NEAREST);
    NiftiImage l = Resample.toGrid(src, target, Interpolation.LINEAR);
    for (int p = 0; p < voxels.length; p++) {
      int f = target.flatIndex(voxels[p][0], voxels[p][1], voxels[p][2]);
      assertEquals(nearest[p], n.data()[f], TOLERANCE, "nearest at voxel " + p);
      assertEquals(linear[p], l.data()[f], TOLERANCE, "linear at voxel " + p);
    }
    assertEquals(112, java.util.Arrays.stream(n.data()).filter(x -> x != 0).count());
    assertEquals(116, java.util.Arrays.stream(l.data()).filter(x -> x != 0).count());
    assertEquals(78.63434019195046, java.util.Arrays.stream(n.data()).sum(), 1e-9);
    assertEquals(85.05330130294882, java.util.Arrays.stream(l.data()).sum(), 1e-9);
  }

  @Test
  void nonFiniteVoxelsAreFilledForInterpolationThenMarkedNan() {
    NiftiImage src = row(NiftiDatatype.FLOAT64, 1, Double.NaN, 3, 4, 5);
    // filled row: 1, 2, 3, 4, 5; target voxel 0 reads at 0.5, whose nearest voxel (1) was NaN
    assertArrayEquals(new double[] {Double.NaN, 2.5, 3.5, 4.5, 0},
        Resample.toGrid(src, rowShiftedBy(5, 0.5), Interpolation.LINEAR).data());
    NiftiImage inf = row(NiftiDatatype.FLOAT64, 1, Double.NEGATIVE_INFINITY, 3, 4, 5);
    assertArrayEquals(new double[] {Double.NaN, 2.5, 3.5, 4.5, 0},
        Resample.toGrid(inf, rowShiftedBy(5, 0.5), Interpolation.LINEAR).data(), "infinities become NaN too");
    NiftiImage farFromData = row(NiftiDatatype.FLOAT64, Double.NaN, Double.NaN, Double.NaN, 1, 2, 3);
    // filled row: 0, 1, 1, 1, 2, 3 (two rounds of extrapolation reach voxels 2 and 1)
    assertArrayEquals(new double[] {Double.NaN, Double.NaN, 1, 1.5, 2.5, 0},
        Resample.toGrid(farFromData, rowShiftedBy(6, 0.5), Interpolation.LINEAR).data());
  }

  @Test
  void nilearnsTwoRoundExtrapolation() {
    Grid grid = new Grid(5, 3, 1, Affine.scaled(1, 1, 1, 0, 0, 0));
    double[] v = new double[15];
    java.util.Arrays.fill(v, Double.NaN);
    v[grid.flatIndex(0, 0, 0)] = 4;
    v[grid.flatIndex(4, 2, 0)] = 10;
    // checked against nilearn 0.10.2's masking.extrapolate_out_mask(iterations=2)
    assertArrayEquals(new double[] {4, 4, 4, 0, 10, 4, 4, 0, 10, 10, 4, 0, 10, 10, 10}, NonFiniteFill.fill(v, grid));
    assertArrayEquals(new double[] {2, 4, 6},
        NonFiniteFill.fill(new double[] {2, Double.NaN, 6}, new Grid(3, 1, 1, Affine.scaled(1, 1, 1, 0, 0, 0))));
  }

  @Test
  void integerSourcesRoundHalfAwayFromZeroLikeScipy() {
    NiftiImage src = row(NiftiDatatype.INT16, 1, 2, 4);
    NiftiImage out = Resample.toGrid(src, rowShiftedBy(3, 0.25), Interpolation.LINEAR);
    assertArrayEquals(new double[] {1, 3, 0}, out.data(), "1.25 -> 1, 2.5 -> 3");
    assertEquals(NiftiDatatype.INT16, out.datatype());
    assertArrayEquals(new double[] {-2, 0},
        Resample.toGrid(row(NiftiDatatype.INT32, -1, -2), rowShiftedBy(2, 0.5), Interpolation.LINEAR).data(),
        "-1.5 -> -2");
    assertEquals(32767, Resample.storedAs(40000, NiftiDatatype.INT16));
    assertEquals(0, Resample.storedAs(-3, NiftiDatatype.UINT8));
    assertEquals(255, Resample.storedAs(254.5, NiftiDatatype.UINT8));
  }

  @Test
  void float32SourcesGiveFloat32Values() {
    NiftiImage src = row(NiftiDatatype.FLOAT32, 0, 1);
    double v = Resample.toGrid(src, rowShiftedBy(2, 0.1), Interpolation.LINEAR).data()[0];
    assertEquals((double) (float) (1.0 - (1.0 - 0.1)), v, 0.0);
  }

  @Test
  void clipKeepsZeroInTheRange() {
    NiftiImage src = row(NiftiDatatype.FLOAT64, 5, 6, 7);
    assertArrayEquals(new double[] {5.5, 6.5, 0},
        Resample.toGrid(src, rowShiftedBy(3, 0.5), Interpolation.LINEAR, true).data(),
        "the 0 read beyond the edge is not clipped up to the source minimum 5");
  }
}
