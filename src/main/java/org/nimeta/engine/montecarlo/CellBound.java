package org.nimeta.engine.montecarlo;

/**
 * An upper bound of one focus's contribution to the statistic on a grid of 2 x 2 x 2 voxel cells.
 * A focus at voxel f lies in cell {@code f >> 1} (per axis) and the voxel {@code f + d} in cell
 * {@code (f + d) >> 1}; the cell offset {@code ((f & 1) + d) >> 1} depends only on the focus's
 * parity {@code f & 1}. For each of the 8 parities this holds, per cell offset, the largest
 * contribution of the voxels in that cell, as rows along i: offsets {@code (ci, cj, ck)} with ci in
 * {@code [lo, hi]} of row (cj, ck). Immutable.
 */
final class CellBound {
  /** Cell offsets along each axis lie in {@code [-reach, reach]}. */
  final int reach;
  final int width;
  /** Per parity {@code pi + 2 pj + 4 pk}: row {@code (ck + reach) width + cj + reach} spans ci in [lo, hi]. */
  final int[][] lo;
  final int[][] hi;
  /** Per parity: value at cell offset (ci, cj, ck), index {@code row * width + ci + reach}. */
  final double[][] values;

  /**
   * For an ALE kernel: its "core", the kernel values at or above {@code cutoff} (smaller values
   * count as 0 here; the caller bounds them separately), each as the statistic's
   * {@link CbmaStatistic#contribution} of an experiment of weight {@code weight}.
   */
  static CellBound aleCore(AleCube cube, double cutoff, CbmaStatistic statistic, double weight) {
    int h = cube.half;
    CellBound bound = new CellBound(h);
    for (int dk = -h; dk <= h; dk++) {
      for (int dj = -h; dj <= h; dj++) {
        for (int di = -h; di <= h; di++) {
          double kv = cube.at(di, dj, dk);
          if (kv >= cutoff) {
            bound.raise(di, dj, dk, statistic.contribution(kv, weight));
          }
        }
      }
    }
    return bound.finish();
  }

  /** For a sphere kernel: {@code contribution} at every voxel of the sphere. */
  static CellBound sphere(SphereShape s, double contribution) {
    CellBound bound = new CellBound(s.reach);
    for (int dk = s.dkMin; dk <= s.dkMax; dk++) {
      for (int dj = s.djMin; dj <= s.djMax; dj++) {
        int row = s.row(dj, dk);
        for (int di = s.lo[row]; di <= s.hi[row]; di++) {
          bound.raise(di, dj, dk, contribution);
        }
      }
    }
    return bound.finish();
  }

  /** @param voxelReach the largest |offset| of a voxel the kernel reaches, along any axis */
  private CellBound(int voxelReach) {
    reach = (voxelReach + 1) / 2 + 1;
    width = 2 * reach + 1;
    lo = new int[8][width * width];
    hi = new int[8][width * width];
    values = new double[8][width * width * width];
  }

  /** Raises, for every parity, the cell holding voxel offset d to at least {@code v}. */
  private void raise(int di, int dj, int dk, double v) {
    for (int p = 0; p < 8; p++) {
      int cell = row(((p >> 1 & 1) + dj) >> 1, ((p >> 2 & 1) + dk) >> 1) * width + (((p & 1) + di) >> 1) + reach;
      values[p][cell] = Math.max(values[p][cell], v);
    }
  }

  /** Records each row's range of nonzero cells (lo > hi when none). */
  private CellBound finish() {
    for (int p = 0; p < 8; p++) {
      for (int row = 0; row < width * width; row++) {
        int first = 1;
        int last = 0;
        for (int ci = -reach; ci <= reach; ci++) {
          if (values[p][row * width + ci + reach] > 0) {
            first = first > last ? ci : first;
            last = ci;
          }
        }
        lo[p][row] = first;
        hi[p][row] = last;
      }
    }
    return this;
  }

  /** Row of cell offset (cj, ck). */
  int row(int cj, int ck) {
    return (ck + reach) * width + cj + reach;
  }
}
