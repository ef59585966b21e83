package org.nimeta.engine.cluster;

import org.nimeta.image.Grid;
import org.nimeta.image.Mask;

/**
 * For every in-mask voxel, its in-mask face neighbours (NN1, the 6 voxels one step away along i, j
 * or k), as masked indices. This is {@code scipy.ndimage.label}'s default connectivity on the full
 * grid when every voxel outside the mask is 0: such voxels never join a cluster and the grid does
 * not wrap, so following masked neighbours only gives the same clusters. Immutable; share it
 * between threads.
 */
public final class FaceNeighbours {
  /** Entries per voxel in {@link #table()}. */
  public static final int PER_VOXEL = 6;
  /** Marks a missing neighbour (off the grid or outside the mask). */
  public static final int NONE = -1;

  private final Mask mask;
  private final int[] table;

  private FaceNeighbours(Mask mask, int[] table) {
    this.mask = mask;
    this.table = table;
  }

  /** The neighbour table of a mask (6 ints per in-mask voxel). */
  public static FaceNeighbours of(Mask mask) {
    Grid g = mask.grid();
    int nx = g.nx();
    int ny = g.ny();
    int nz = g.nz();
    int[] table = new int[PER_VOXEL * mask.size()];
    for (int m = 0; m < mask.size(); m++) {
      int flat = mask.flatIndex(m);
      int i = flat % nx;
      int j = (flat / nx) % ny;
      int k = flat / (nx * ny);
      int base = PER_VOXEL * m;
      table[base] = i > 0 ? mask.maskedIndex(flat - 1) : NONE;
      table[base + 1] = i < nx - 1 ? mask.maskedIndex(flat + 1) : NONE;
      table[base + 2] = j > 0 ? mask.maskedIndex(flat - nx) : NONE;
      table[base + 3] = j < ny - 1 ? mask.maskedIndex(flat + nx) : NONE;
      table[base + 4] = k > 0 ? mask.maskedIndex(flat - nx * ny) : NONE;
      table[base + 5] = k < nz - 1 ? mask.maskedIndex(flat + nx * ny) : NONE;
    }
    return new FaceNeighbours(mask, table);
  }

  public Mask mask() {
    return mask;
  }

  /** Number of in-mask voxels. */
  public int voxelCount() {
    return table.length / PER_VOXEL;
  }

  /** The masked index of neighbour {@code d} (0..5) of masked voxel {@code m}, or {@link #NONE}. */
  public int neighbour(int m, int d) {
    return table[PER_VOXEL * m + d];
  }

  /** Entry {@code 6 m + d} is {@link #neighbour(int, int) neighbour(m, d)}. Do not modify. */
  int[] table() {
    return table;
  }
}
