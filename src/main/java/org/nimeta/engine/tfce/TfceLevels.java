package org.nimeta.engine.tfce;

/**
 * The heights at which a map is thresholded, as JALE's {@code np.arange(0, max_z, max_z / steps)}:
 * step {@code dh = max_z / steps}, heights {@code h_k = k dh} (numpy fills an arange with
 * {@code start + k * step}) for {@code k = 0 .. count - 1}, where {@code count = ceil(max_z / dh)}
 * is numpy's length (usually {@code steps}; {@code steps + 1} when the division rounds above
 * {@code steps}). Level k's weight is {@code h_k^H dh}; every voxel whose z exceeds h_k gains
 * that weight times its cluster's size to the power E.
 */
final class TfceLevels {
  final double step;
  final int count;
  /** {@code cumulative[k]} = the sum of the weights of levels 1..k (level 0 weighs 0^H = 0). */
  final double[] cumulative;

  /** @param maxZ the map's largest z, positive */
  TfceLevels(double maxZ, TfceSettings settings) {
    step = maxZ / settings.steps();
    count = (int) Math.ceil(maxZ / step);
    cumulative = new double[count];
    for (int k = 1; k < count; k++) {
      cumulative[k] = cumulative[k - 1] + StrictMath.pow(height(k), settings.height()) * step;
    }
  }

  double height(int k) {
    return k * step;
  }

  /**
   * How many levels a voxel of this z is above: the number of k with {@code h_k < z}, so the voxel
   * is in the thresholded map at levels 0 .. result - 1.
   */
  int levelsBelow(double z) {
    if (!(z > 0)) {
      return 0;
    }
    double ratio = z / step;
    int k = ratio >= count ? count : (int) Math.ceil(ratio);
    // The division may round either way: settle k as the first level at or above z.
    while (k > 0 && height(k - 1) >= z) {
      k--;
    }
    while (k < count && height(k) < z) {
      k++;
    }
    return k;
  }
}
