package org.nimeta.engine.montecarlo;

import java.util.Arrays;

/**
 * One experiment's modeled-activation map being built from its foci, kept sparse: the voxels
 * touched so far ({@link #voxels()}, in first-touch order) and their values ({@link #value}).
 * Same values as the engine's kernels give ({@code MaWorkspace}): an ALE cube keeps the maximum
 * over foci, an MKDA sphere sets its value (a union), a KDA sphere adds its value; grid edges clip,
 * voxels outside the mask are skipped. A kernel is first cut into slices of consecutive masked
 * indices (its rows against the mask's runs, {@link MaskGrid}), then each operation walks the
 * slices. Per thread; allocation-free once its slice buffers have grown to the largest kernel.
 */
final class ExperimentMa {
  private final MaskGrid grid;
  private final double[] ma;
  private final int[] stamp;
  private final int[] voxels;
  private int count;
  private int generation;
  /**
   * The kernel being applied as slices of masked indices, {@code sliceFrom[s] .. sliceTo[s]}
   * (inclusive), {@code s < slices}; grown when a kernel needs more, then reused.
   */
  private int[] sliceFrom = new int[256];
  private int[] sliceTo = new int[256];
  private int[] sliceShift = new int[256];
  private int slices;

  ExperimentMa(MaskGrid grid) {
    this.grid = grid;
    int n = grid.mask.size();
    this.ma = new double[n];
    this.stamp = new int[n];
    this.voxels = new int[n];
  }

  /** Starts a new, empty experiment map. */
  void start() {
    if (generation == Integer.MAX_VALUE) {
      Arrays.fill(stamp, 0);
      generation = 0;
    }
    generation++;
    count = 0;
  }

  /** Number of touched voxels. */
  int count() {
    return count;
  }

  /** Masked indices of the touched voxels; the first {@link #count()} are valid. Do not modify. */
  int[] voxels() {
    return voxels;
  }

  /** The MA values by masked index; valid at the touched voxels. Do not modify. */
  double[] values() {
    return ma;
  }

  /** The element-wise maximum with an ALE cube centred on voxel (i, j, k). */
  void maxCube(AleCube cube, int i, int j, int k) {
    cubeSlices(cube, i, j, k);
    double[] v = cube.values;
    for (int s = 0; s < slices; s++) {
      int shift = sliceShift[s];
      for (int m = sliceFrom[s]; m <= sliceTo[s]; m++) {
        double kv = v[m + shift];
        if (stamp[m] != generation) {
          stamp[m] = generation;
          voxels[count++] = m;
          ma[m] = kv;
        } else if (kv > ma[m]) {
          ma[m] = kv;
        }
      }
    }
  }

  /**
   * For an MKDA sphere (a union: every voxel of the experiment's map holds the sphere value), adds
   * {@code add} to {@code total} at each voxel of the sphere centred on (i, j, k) that no earlier
   * sphere of this experiment covered: the experiment's contribution {@code value * w}, added once
   * per voxel, without building its map first. Voxels whose total was 0 are appended to
   * {@code touched} (so {@code add} must be positive).
   *
   * @param total   one value per in-mask voxel. Modified.
   * @param touched receives the newly touched masked indices from {@code touchedCount} on. Modified.
   * @return the new number of touched voxels
   */
  int unionSphereAdd(SphereShape shape, int i, int j, int k, double add, double[] total, int[] touched,
      int touchedCount) {
    sphereSlices(shape, i, j, k);
    int n = touchedCount;
    for (int s = 0; s < slices; s++) {
      for (int m = sliceFrom[s]; m <= sliceTo[s]; m++) {
        if (stamp[m] != generation) {
          stamp[m] = generation;
          double old = total[m];
          if (old == 0) {
            touched[n++] = m;
          }
          total[m] = old + add;
        }
      }
    }
    return n;
  }

  /**
   * A sphere of {@code value} centred on voxel (i, j, k): added to what is there when {@code sum}
   * (KDA), else replacing it (MKDA's union; every sphere has the same value).
   */
  void sphere(SphereShape shape, int i, int j, int k, double value, boolean sum) {
    sphereSlices(shape, i, j, k);
    for (int s = 0; s < slices; s++) {
      for (int m = sliceFrom[s]; m <= sliceTo[s]; m++) {
        if (stamp[m] != generation) {
          stamp[m] = generation;
          voxels[count++] = m;
          ma[m] = value;
        } else {
          ma[m] = sum ? ma[m] + value : value;
        }
      }
    }
  }

  /** The in-mask slices of an ALE cube centred on (i, j, k), edges of the grid clipped. */
  private void cubeSlices(AleCube cube, int i, int j, int k) {
    int h = cube.half;
    int size = cube.size;
    int i0 = Math.max(i - h, 0);
    int i1 = Math.min(i + h, grid.nx - 1);
    slices = 0;
    for (int c = Math.max(k - h, 0); c <= Math.min(k + h, grid.nz - 1); c++) {
      for (int b = Math.max(j - h, 0); b <= Math.min(j + h, grid.ny - 1); b++) {
        addSlices(b, c, i0, i1, ((c - k + h) * size + (b - j + h)) * size + h - i);
      }
    }
  }

  /** The in-mask slices of a sphere centred on (i, j, k), edges of the grid clipped. */
  private void sphereSlices(SphereShape s, int i, int j, int k) {
    slices = 0;
    for (int c = Math.max(k + s.dkMin, 0); c <= Math.min(k + s.dkMax, grid.nz - 1); c++) {
      for (int b = Math.max(j + s.djMin, 0); b <= Math.min(j + s.djMax, grid.ny - 1); b++) {
        int shapeRow = s.row(b - j, c - k);
        int i0 = Math.max(i + s.lo[shapeRow], 0);
        int i1 = Math.min(i + s.hi[shapeRow], grid.nx - 1);
        if (i0 <= i1) {
          addSlices(b, c, i0, i1, 0);
        }
      }
    }
  }

  /**
   * Appends the masked slices where grid row (b, c) from i0 to i1 meets the mask's runs. A kernel
   * value for grid column a sits at {@code valueBase + a}, so for masked voxel m of a slice at
   * {@code m + sliceShift}.
   */
  private void addSlices(int b, int c, int i0, int i1, int valueBase) {
    int row = grid.row(b, c);
    for (int run = grid.rowRuns[row]; run < grid.rowRuns[row + 1]; run++) {
      int lo = Math.max(i0, grid.runStart[run]);
      int hi = Math.min(i1, grid.runEnd[run]);
      if (lo > hi) {
        continue;
      }
      if (slices == sliceFrom.length) {
        sliceFrom = Arrays.copyOf(sliceFrom, 2 * slices);
        sliceTo = Arrays.copyOf(sliceTo, 2 * slices);
        sliceShift = Arrays.copyOf(sliceShift, 2 * slices);
      }
      int maskedBase = grid.runMasked[run] - grid.runStart[run];
      sliceFrom[slices] = maskedBase + lo;
      sliceTo[slices] = maskedBase + hi;
      sliceShift[slices] = valueBase - maskedBase;
      slices++;
    }
  }
}
