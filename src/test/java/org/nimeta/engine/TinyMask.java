package org.nimeta.engine;

import org.nimeta.image.Affine;
import org.nimeta.image.Grid;
import org.nimeta.image.Mask;
import org.nimeta.image.NiftiDatatype;
import org.nimeta.image.NiftiImage;

/** Small hand-made masks and maps for cluster tests. */
public final class TinyMask {
  private TinyMask() {}

  /** A mask on an nx x ny x nz grid: every voxel in, except the listed (i, j, k) triplets. */
  public static Mask allBut(int nx, int ny, int nz, int... outside) {
    Grid grid = new Grid(nx, ny, nz, Affine.scaled(2, 2, 2, 0, 0, 0));
    double[] data = new double[grid.size()];
    java.util.Arrays.fill(data, 1);
    for (int n = 0; n < outside.length; n += 3) {
      data[grid.flatIndex(outside[n], outside[n + 1], outside[n + 2])] = 0;
    }
    return Mask.fromImage(new NiftiImage(grid, data, NiftiDatatype.UINT8));
  }

  /** A masked map that is 0 except at the given voxels: triplets (i, j, k) and their values. */
  public static double[] map(Mask mask, int[][] voxels, double[] values) {
    double[] masked = new double[mask.size()];
    for (int n = 0; n < voxels.length; n++) {
      int m = mask.maskedIndex(voxels[n][0], voxels[n][1], voxels[n][2]);
      if (m >= 0) {
        masked[m] = values[n];
      }
    }
    return masked;
  }
}
