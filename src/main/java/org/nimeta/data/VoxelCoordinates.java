package org.nimeta.data;

import org.nimeta.image.Affine;

/** Millimetre ↔ voxel conversion exactly as NiMARE does it. */
public final class VoxelCoordinates {
  private VoxelCoordinates() {}

  /**
   * NiMARE's {@code mm2vox}: {@code apply_affine(inv(affine), xyz).astype(int)}, i.e. truncation
   * toward zero, not rounding (x = -89 on the MNI 2 mm grid gives i = 0.5 → 0; x = 1 gives 45).
   *
   * @param inverseAffine the inverse of the grid's voxel-to-mm affine. Not modified.
   */
  public static int[] mm2vox(Affine inverseAffine, double x, double y, double z) {
    double[] v = inverseAffine.apply(x, y, z);
    return new int[] {(int) v[0], (int) v[1], (int) v[2]};
  }

  /** Voxel centre → millimetres. */
  public static double[] vox2mm(Affine affine, int i, int j, int k) {
    return affine.apply(i, j, k);
  }
}
