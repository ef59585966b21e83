package org.nimeta.image;

/**
 * Reads a volume at fractional voxel coordinates the way scipy.ndimage does with mode="constant"
 * and cval=0: a coordinate outside [0, n - 1] on any axis reads 0 (no interpolation towards the
 * edge). Arrays are not modified.
 */
final class VoxelSampler {
  private final Grid grid;
  private final int nx;
  private final int ny;
  private final int nz;

  VoxelSampler(Grid grid) {
    this.grid = grid;
    this.nx = grid.nx();
    this.ny = grid.ny();
    this.nz = grid.nz();
  }

  /** Order 0: the voxel at floor(c + 0.5) on each axis. */
  double nearest(double[] data, double[] c) {
    return inside(c) ? data[nearestIndex(c)] : 0;
  }

  /** Order 0 on a boolean volume; false outside. */
  boolean nearestIsSet(boolean[] flags, double[] c) {
    return inside(c) && flags[nearestIndex(c)];
  }

  /**
   * Order 1: sum over the 8 neighbours of value * wx * wy * wz, with weights 1 - f and 1 - (1 - f)
   * for f = c - floor(c), added in scipy's order (last axis fastest).
   */
  double linear(double[] data, double[] c) {
    if (!inside(c)) {
      return 0;
    }
    int i0 = (int) Math.floor(c[0]);
    int j0 = (int) Math.floor(c[1]);
    int k0 = (int) Math.floor(c[2]);
    int i1 = upper(i0, nx);
    int j1 = upper(j0, ny);
    int k1 = upper(k0, nz);
    double wi0 = 1.0 - (c[0] - i0);
    double wj0 = 1.0 - (c[1] - j0);
    double wk0 = 1.0 - (c[2] - k0);
    double wi1 = 1.0 - wi0;
    double wj1 = 1.0 - wj0;
    double wk1 = 1.0 - wk0;
    double t = 0.0;
    t += data[grid.flatIndex(i0, j0, k0)] * wi0 * wj0 * wk0;
    t += data[grid.flatIndex(i0, j0, k1)] * wi0 * wj0 * wk1;
    t += data[grid.flatIndex(i0, j1, k0)] * wi0 * wj1 * wk0;
    t += data[grid.flatIndex(i0, j1, k1)] * wi0 * wj1 * wk1;
    t += data[grid.flatIndex(i1, j0, k0)] * wi1 * wj0 * wk0;
    t += data[grid.flatIndex(i1, j0, k1)] * wi1 * wj0 * wk1;
    t += data[grid.flatIndex(i1, j1, k0)] * wi1 * wj1 * wk0;
    t += data[grid.flatIndex(i1, j1, k1)] * wi1 * wj1 * wk1;
    return t;
  }

  private boolean inside(double[] c) {
    return c[0] >= 0 && c[0] <= nx - 1 && c[1] >= 0 && c[1] <= ny - 1 && c[2] >= 0 && c[2] <= nz - 1;
  }

  private int nearestIndex(double[] c) {
    return grid.flatIndex((int) Math.floor(c[0] + 0.5), (int) Math.floor(c[1] + 0.5), (int) Math.floor(c[2] + 0.5));
  }

  /**
   * The second neighbour along an axis. It only leaves the volume when c is exactly n - 1, where
   * its weight is 0; scipy then mirrors it to n - 2 (0 for a single-voxel axis).
   */
  private static int upper(int start, int n) {
    int next = start + 1;
    return next < n ? next : Math.max(n - 2, 0);
  }
}
