package org.nimeta.engine.kernel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.nimeta.image.Affine;
import org.nimeta.image.Grid;
import org.nimeta.image.Mask;
import org.nimeta.image.NiftiDatatype;
import org.nimeta.image.NiftiImage;

/**
 * The ALE kernel's MA map, written run by run along the mask's rows, against the definition:
 * at each in-mask voxel, the largest kernel value over the foci whose cube covers it.
 */
class AleKernelMaskRunsTest {

  @Test
  void maMapEqualsTheVoxelByVoxelMaximumOnAMaskWithHolesAndFociOffTheGrid() {
    SplittableRandom random = new SplittableRandom(5);
    Grid grid = new Grid(23, 19, 17, Affine.scaled(2, 2, 2, 0, 0, 0));
    double[] data = new double[grid.size()];
    for (int f = 0; f < data.length; f++) {
      data[f] = random.nextInt(5) == 0 ? 0 : 1; // holes everywhere, so rows break into runs
    }
    Mask mask = Mask.fromImage(new NiftiImage(grid, data, NiftiDatatype.UINT8));
    AleKernel kernel = AleKernel.withSampleSize(12);
    GaussianCube cube = kernel.cubeFor(Double.NaN, grid.zooms());
    MaWorkspace workspace = new MaWorkspace(mask);
    SparseMap map = new SparseMap();
    for (int trial = 0; trial < 30; trial++) {
      int nFoci = 1 + random.nextInt(6);
      int[] ijk = new int[3 * nFoci];
      for (int n = 0; n < ijk.length; n++) {
        ijk[n] = random.nextInt(-6, 30); // some foci beyond every edge
      }
      kernel.transform(ijk, nFoci, Double.NaN, workspace, map);
      double[] expected = new double[mask.size()];
      boolean[] touched = new boolean[mask.size()];
      int h = cube.half();
      for (int m = 0; m < mask.size(); m++) {
        int[] v = mask.ijk(m);
        for (int f = 0; f < nFoci; f++) {
          int di = v[0] - ijk[3 * f];
          int dj = v[1] - ijk[3 * f + 1];
          int dk = v[2] - ijk[3 * f + 2];
          if (Math.abs(di) <= h && Math.abs(dj) <= h && Math.abs(dk) <= h) {
            touched[m] = true;
            expected[m] = Math.max(expected[m], cube.at(di, dj, dk));
          }
        }
      }
      int count = 0;
      for (boolean t : touched) {
        count += t ? 1 : 0;
      }
      int[] expectedIndices = new int[count];
      double[] expectedValues = new double[count];
      int n = 0;
      for (int m = 0; m < mask.size(); m++) {
        if (touched[m]) {
          expectedIndices[n] = m;
          expectedValues[n++] = expected[m];
        }
      }
      assertArrayEquals(expectedIndices, java.util.Arrays.copyOf(map.indices(), map.size()), "trial " + trial);
      assertArrayEquals(expectedValues, java.util.Arrays.copyOf(map.values(), map.size()), 0.0, "trial " + trial);
    }
  }
}
