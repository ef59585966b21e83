package org.nimeta.engine.montecarlo;

import java.util.Arrays;
import org.nimeta.image.Grid;
import org.nimeta.image.Mask;

/**
 * A mask's grid as runs for the Monte Carlo loops. Masked indices follow the flat order
 * {@code i + nx (j + ny k)}, so within a grid row (fixed j, k) every maximal stretch of in-mask
 * voxels (a "run") has consecutive masked indices: a row segment of a kernel maps to a few
 * contiguous slices of any masked array, found from a small table instead of one lookup per voxel.
 * Immutable; shared by the threads of a run.
 */
final class MaskGrid {
  final Mask mask;
  final int nx;
  final int ny;
  final int nz;
  /** Runs of row {@code r = j + ny k} are {@code rowRuns[r] .. rowRuns[r + 1] - 1}. */
  final int[] rowRuns;
  /** First i of each run. */
  final int[] runStart;
  /** Last i of each run (inclusive). */
  final int[] runEnd;
  /** Masked index of each run's first voxel. */
  final int[] runMasked;

  MaskGrid(Mask mask) {
    this.mask = mask;
    Grid g = mask.grid();
    this.nx = g.nx();
    this.ny = g.ny();
    this.nz = g.nz();
    int rows = ny * nz;
    int[] rowRunsTmp = new int[rows + 1];
    int[] start = new int[16];
    int[] end = new int[16];
    int[] masked = new int[16];
    int runs = 0;
    for (int r = 0; r < rows; r++) {
      rowRunsTmp[r] = runs;
      int base = r * nx;
      int i = 0;
      while (i < nx) {
        int m = mask.maskedIndex(base + i);
        if (m < 0) {
          i++;
          continue;
        }
        int first = i;
        while (i + 1 < nx && mask.maskedIndex(base + i + 1) >= 0) {
          i++;
        }
        if (runs == start.length) {
          start = Arrays.copyOf(start, 2 * runs);
          end = Arrays.copyOf(end, 2 * runs);
          masked = Arrays.copyOf(masked, 2 * runs);
        }
        start[runs] = first;
        end[runs] = i;
        masked[runs] = m;
        runs++;
        i++;
      }
    }
    rowRunsTmp[rows] = runs;
    this.rowRuns = rowRunsTmp;
    this.runStart = Arrays.copyOf(start, runs);
    this.runEnd = Arrays.copyOf(end, runs);
    this.runMasked = Arrays.copyOf(masked, runs);
  }

  /** The grid row index {@code j + ny k}. */
  int row(int j, int k) {
    return j + ny * k;
  }
}
