package org.nimeta.engine.montecarlo;

/**
 * An upper bound of an ALE kernel's core on a grid of 2 x 2 x 2 voxel cells. The core is the
 * kernel restricted to values at or above a cutoff (0 elsewhere). A focus at voxel f lies in cell
 * {@code f >> 1} (per axis), and the voxel {@code f + d} in cell {@code (f + d) >> 1}; the cell
 * offset {@code ((f & 1) + d) >> 1} depends only on the focus's parity {@code f & 1}. For each of
 * the 8 parities this holds, per cell offset, the largest core value of the voxels in that cell,
 * as rows along i: offsets {@code (ci, cj, ck)} with ci in {@code [lo, hi]} of row (cj, ck).
 * Immutable.
 */
final class CoarseCore {
  /** Cell offsets along each axis lie in {@code [-reach, reach]}. */
  final int reach;
  final int width;
  /** Per parity {@code pi + 2 pj + 4 pk}: row {@code (ck + reach) width + cj + reach} spans ci in [lo, hi]. */
  final int[][] lo;
  final int[][] hi;
  /** Per parity: value at cell offset (ci, cj, ck), index {@code row * width + ci + reach}. */
  final double[][] values;

  CoarseCore(AleCube cube, double cutoff) {
    int h = cube.half;
    reach = (h + 1) / 2 + 1;
    width = 2 * reach + 1;
    lo = new int[8][width * width];
    hi = new int[8][width * width];
    values = new double[8][width * width * width];
    for (int p = 0; p < 8; p++) {
      int pi = p & 1;
      int pj = (p >> 1) & 1;
      int pk = (p >> 2) & 1;
      double[] v = values[p];
      for (int dk = -h; dk <= h; dk++) {
        for (int dj = -h; dj <= h; dj++) {
          for (int di = -h; di <= h; di++) {
            double kv = cube.at(di, dj, dk);
            if (kv >= cutoff) {
              int cell = index((pi + di) >> 1, (pj + dj) >> 1, (pk + dk) >> 1);
              v[cell] = Math.max(v[cell], kv);
            }
          }
        }
      }
      for (int row = 0; row < width * width; row++) {
        int first = 1;
        int last = 0;
        for (int ci = -reach; ci <= reach; ci++) {
          if (v[row * width + ci + reach] > 0) {
            first = first > last ? ci : first;
            last = ci;
          }
        }
        lo[p][row] = first;
        hi[p][row] = last;
      }
    }
  }

  /** Row of cell offset (cj, ck). */
  int row(int cj, int ck) {
    return (ck + reach) * width + cj + reach;
  }

  private int index(int ci, int cj, int ck) {
    return row(cj, ck) * width + ci + reach;
  }
}
