package org.nimeta.engine.kernel;

import org.nimeta.image.Grid;
import org.nimeta.image.Mask;

/**
 * Scratch space for building one experiment's modeled-activation map on a mask: a dense masked
 * accumulator and a bitmap of the voxels touched. Kernels combine each focus into it, then
 * {@link #drainTo} writes the touched voxels to a {@link SparseMap} in ascending masked order and
 * leaves the workspace zeroed for the next experiment. One workspace per thread; nothing is
 * allocated after construction.
 */
public final class MaWorkspace {
  private final Mask mask;
  private final int nx;
  private final int ny;
  private final int nz;
  private final double[] zooms;
  private final double[] dense;
  private final long[] touched;
  /** Runs of consecutive in-mask voxels along i, by grid row r = j + ny k: runs [rowRuns[r], rowRuns[r + 1]). */
  private final int[] rowRuns;
  private final int[] runFrom;
  private final int[] runTo;
  private final int[] runMasked;
  private int count;
  private int minWord = Integer.MAX_VALUE;
  private int maxWord = -1;

  public MaWorkspace(Mask mask) {
    this.mask = mask;
    Grid g = mask.grid();
    this.nx = g.nx();
    this.ny = g.ny();
    this.nz = g.nz();
    this.zooms = g.zooms();
    this.dense = new double[mask.size()];
    this.touched = new long[(mask.size() + 63) >>> 6];
    // In-mask voxels of one row have consecutive masked indices (masks are in flat-index order).
    this.rowRuns = new int[ny * nz + 1];
    int[] from = new int[1024];
    int[] to = new int[1024];
    int[] masked = new int[1024];
    int runs = 0;
    for (int r = 0; r < ny * nz; r++) {
      rowRuns[r] = runs;
      int row = nx * r;
      for (int a = 0; a < nx; a++) {
        int m = mask.maskedIndex(row + a);
        if (m < 0) {
          continue;
        }
        if (runs > 0 && rowRuns[r] < runs && to[runs - 1] == a) {
          to[runs - 1] = a + 1;
          continue;
        }
        if (runs == from.length) {
          from = java.util.Arrays.copyOf(from, 2 * runs);
          to = java.util.Arrays.copyOf(to, 2 * runs);
          masked = java.util.Arrays.copyOf(masked, 2 * runs);
        }
        from[runs] = a;
        to[runs] = a + 1;
        masked[runs] = m;
        runs++;
      }
    }
    rowRuns[ny * nz] = runs;
    this.runFrom = java.util.Arrays.copyOf(from, runs);
    this.runTo = java.util.Arrays.copyOf(to, runs);
    this.runMasked = java.util.Arrays.copyOf(masked, runs);
  }

  public Mask mask() {
    return mask;
  }

  /** Voxel sizes of the mask's grid in mm. Do not modify. */
  double[] zooms() {
    return zooms;
  }

  /**
   * Places a Gaussian cube centred on voxel (i, j, k), keeping the element-wise maximum with what
   * is already there; voxels off the grid or outside the mask are skipped (NiMARE clips the cube
   * at the volume edge and zeroes voxels outside the mask).
   */
  void maxCube(GaussianCube cube, int i, int j, int k) {
    int h = cube.half();
    int size = cube.size();
    double[] v = cube.values();
    int i0 = Math.max(i - h, 0);
    int i1 = Math.min(i + h, nx - 1) + 1; // exclusive
    int j0 = Math.max(j - h, 0);
    int j1 = Math.min(j + h, ny - 1);
    int k0 = Math.max(k - h, 0);
    int k1 = Math.min(k + h, nz - 1);
    for (int c = k0; c <= k1; c++) {
      for (int b = j0; b <= j1; b++) {
        int r = b + ny * c;
        int cubeRow = ((c - k + h) * size + (b - j + h)) * size + (h - i);
        for (int run = rowRuns[r]; run < rowRuns[r + 1] && runFrom[run] < i1; run++) {
          int start = Math.max(runFrom[run], i0);
          int end = Math.min(runTo[run], i1);
          if (start >= end) {
            continue;
          }
          int m0 = runMasked[run] + (start - runFrom[run]);
          int offset = cubeRow + start - m0; // cube index of masked voxel m is m + offset
          int m1 = m0 + (end - start);
          for (int m = m0; m < m1; m++) {
            double kv = v[m + offset];
            if (kv > dense[m]) {
              dense[m] = kv;
            }
          }
          markRange(m0, m1);
        }
      }
    }
  }

  /** Marks masked voxels [from, to) as touched. */
  private void markRange(int from, int to) {
    int first = from >>> 6;
    int last = (to - 1) >>> 6;
    for (int w = first; w <= last; w++) {
      long bits = -1L;
      if (w == first) {
        bits &= -1L << from;
      }
      if (w == last) {
        bits &= -1L >>> (63 - ((to - 1) & 63));
      }
      long fresh = bits & ~touched[w];
      if (fresh != 0) {
        touched[w] |= fresh;
        count += Long.bitCount(fresh);
      }
    }
    if (first < minWord) {
      minWord = first;
    }
    if (last > maxWord) {
      maxWord = last;
    }
  }

  /**
   * Adds {@code value} at every voxel of a sphere centred on (i, j, k) (offsets from
   * {@link SphereOffsets}), or, when {@code sum} is false, sets those voxels to {@code value} (a
   * union of spheres). Voxels off the grid or outside the mask are skipped.
   */
  void sphere(SphereOffsets offsets, int i, int j, int k, double value, boolean sum) {
    int[] d = offsets.flat();
    for (int n = 0; n < d.length; n += 3) {
      int a = i + d[n];
      int b = j + d[n + 1];
      int c = k + d[n + 2];
      if (a < 0 || b < 0 || c < 0 || a >= nx || b >= ny || c >= nz) {
        continue;
      }
      int m = mask.maskedIndex(a + nx * (b + ny * c));
      if (m >= 0) {
        mark(m);
        dense[m] = sum ? dense[m] + value : value;
      }
    }
  }

  private void mark(int m) {
    int word = m >>> 6;
    long bit = 1L << m;
    if ((touched[word] & bit) == 0) {
      touched[word] |= bit;
      count++;
      if (word < minWord) {
        minWord = word;
      }
      if (word > maxWord) {
        maxWord = word;
      }
    }
  }

  /** Moves the touched voxels into {@code out} (replacing its content) and zeroes the workspace. */
  void drainTo(SparseMap out) {
    out.reset(count);
    for (int w = minWord; w <= maxWord; w++) {
      long bits = touched[w];
      while (bits != 0) {
        int m = (w << 6) + Long.numberOfTrailingZeros(bits);
        bits &= bits - 1;
        out.append(m, dense[m]);
        dense[m] = 0;
      }
      touched[w] = 0;
    }
    count = 0;
    minWord = Integer.MAX_VALUE;
    maxWord = -1;
  }
}
