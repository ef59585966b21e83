package org.nimeta.image;

/**
 * A brain mask over a {@link Grid}: the ordered list of in-mask voxels and the mapping between
 * flat grid indices and positions in that list ("masked indices"). Every per-voxel array in the
 * engine is indexed by masked index, in ascending flat-index order.
 */
public final class Mask {
  private final Grid grid;
  private final int[] maskedToFlat;
  private final int[] flatToMasked; // -1 outside the mask

  private Mask(Grid grid, int[] maskedToFlat) {
    this.grid = grid;
    this.maskedToFlat = maskedToFlat;
    this.flatToMasked = new int[grid.size()];
    java.util.Arrays.fill(flatToMasked, -1);
    for (int m = 0; m < maskedToFlat.length; m++) {
      flatToMasked[maskedToFlat[m]] = m;
    }
  }

  /** In-mask voxels are those whose value is finite and non-zero (as nilearn's masker). */
  public static Mask fromImage(NiftiImage image) {
    double[] v = image.data();
    int n = 0;
    for (double x : v) {
      if (x != 0 && Double.isFinite(x)) {
        n++;
      }
    }
    int[] idx = new int[n];
    int m = 0;
    for (int f = 0; f < v.length; f++) {
      if (v[f] != 0 && Double.isFinite(v[f])) {
        idx[m++] = f;
      }
    }
    return new Mask(image.grid(), idx);
  }

  public Grid grid() {
    return grid;
  }

  /** Whether both masks hold the same voxels of grids of the same shape (so masked arrays line up). */
  public boolean sameVoxels(Mask other) {
    return other == this || (grid.nx() == other.grid.nx() && grid.ny() == other.grid.ny()
        && grid.nz() == other.grid.nz() && java.util.Arrays.equals(maskedToFlat, other.maskedToFlat));
  }

  /** Number of in-mask voxels. */
  public int size() {
    return maskedToFlat.length;
  }

  /** Flat grid index of masked voxel {@code m}. */
  public int flatIndex(int m) {
    return maskedToFlat[m];
  }

  /** Masked index of flat grid index {@code flat}, or -1 when that voxel is outside the mask. */
  public int maskedIndex(int flat) {
    return flatToMasked[flat];
  }

  /** Masked index of voxel (i, j, k), or -1 when outside the grid or the mask. */
  public int maskedIndex(int i, int j, int k) {
    return grid.contains(i, j, k) ? flatToMasked[grid.flatIndex(i, j, k)] : -1;
  }

  /** The (i, j, k) of masked voxel {@code m}. */
  public int[] ijk(int m) {
    int f = maskedToFlat[m];
    int i = f % grid.nx();
    int rest = f / grid.nx();
    return new int[] {i, rest % grid.ny(), rest / grid.ny()};
  }

  /** Scatters masked values into a full volume (zero outside the mask). */
  public double[] unmask(double[] masked) {
    if (masked.length != maskedToFlat.length) {
      throw new IllegalArgumentException(
          "expected " + maskedToFlat.length + " masked values, got " + masked.length);
    }
    double[] full = new double[grid.size()];
    for (int m = 0; m < masked.length; m++) {
      full[maskedToFlat[m]] = masked[m];
    }
    return full;
  }

  /** Gathers the in-mask values of a full volume on this mask's grid. */
  public double[] apply(double[] full) {
    if (full.length != grid.size()) {
      throw new IllegalArgumentException(
          "expected a volume of " + grid.size() + " voxels, got " + full.length);
    }
    double[] out = new double[maskedToFlat.length];
    for (int m = 0; m < out.length; m++) {
      out[m] = full[maskedToFlat[m]];
    }
    return out;
  }
}
