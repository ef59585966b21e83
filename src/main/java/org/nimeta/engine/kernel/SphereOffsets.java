package org.nimeta.engine.kernel;

import java.util.Arrays;

/**
 * The voxel offsets of NiMARE's (M)KDA sphere: per axis the integers from {@code -r // vox} to
 * {@code r // vox} (Python floor division, so the range can be asymmetric when r is not a multiple
 * of the voxel size), kept where {@code sqrt(sum((vox * offset)^2)) <= r}. For r = 10 mm on a
 * 2 mm grid that is 515 voxels. Immutable.
 */
public final class SphereOffsets {
  private final double radius;
  private final int[] flat; // di, dj, dk triplets

  private SphereOffsets(double radius, int[] flat) {
    this.radius = radius;
    this.flat = flat;
  }

  /**
   * @param radius sphere radius in mm, positive
   * @param zooms  voxel sizes in mm along i, j, k. Not modified.
   */
  public static SphereOffsets of(double radius, double[] zooms) {
    if (!(radius > 0) || Double.isInfinite(radius)) {
      throw new IllegalArgumentException("the sphere radius must be a positive number of mm, got " + radius);
    }
    int[][] range = new int[3][];
    for (int axis = 0; axis < 3; axis++) {
      int lo = (int) pythonFloorDiv(-radius, zooms[axis]);
      int hi = (int) pythonFloorDiv(radius, zooms[axis]);
      range[axis] = new int[] {lo, hi};
    }
    int[] buffer = new int[3 * (range[0][1] - range[0][0] + 1) * (range[1][1] - range[1][0] + 1)
        * (range[2][1] - range[2][0] + 1)];
    int n = 0;
    for (int di = range[0][0]; di <= range[0][1]; di++) {
      for (int dj = range[1][0]; dj <= range[1][1]; dj++) {
        for (int dk = range[2][0]; dk <= range[2][1]; dk++) {
          double x = zooms[0] * di;
          double y = zooms[1] * dj;
          double z = zooms[2] * dk;
          if (Math.sqrt((x * x + y * y) + z * z) <= radius) {
            buffer[n++] = di;
            buffer[n++] = dj;
            buffer[n++] = dk;
          }
        }
      }
    }
    return new SphereOffsets(radius, Arrays.copyOf(buffer, n));
  }

  /** Python's {@code a // b} for floats: the floor of the exact quotient, computed via fmod. */
  static double pythonFloorDiv(double a, double b) {
    double mod = a % b;
    double div = (a - mod) / b;
    if (mod != 0 && ((b < 0) != (mod < 0))) {
      div -= 1.0;
    }
    if (div == 0) {
      return Math.copySign(0.0, a / b);
    }
    double floor = Math.floor(div);
    return div - floor > 0.5 ? floor + 1.0 : floor;
  }

  public double radius() {
    return radius;
  }

  /** Number of voxels in the sphere. */
  public int count() {
    return flat.length / 3;
  }

  /** A copy of the offsets as flat (di, dj, dk) triplets, in the order kernels visit them. */
  public int[] offsetTriplets() {
    return flat.clone();
  }

  /** Offsets as flat (di, dj, dk) triplets. Do not modify. */
  int[] flat() {
    return flat;
  }
}
