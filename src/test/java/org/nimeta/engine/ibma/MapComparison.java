package org.nimeta.engine.ibma;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Voxel-by-voxel comparison of a masked map with a NiMARE reference map. */
final class MapComparison {
  /** NiMARE's int32 cast of NaN (the dof map outside the analysed voxels). */
  static final double INT32_NAN = Integer.MIN_VALUE;

  private MapComparison() {}

  /**
   * Asserts |ours − ref| ≤ rel·|ref| + abs at every voxel; NaN (or, for integer maps, −2^31)
   * in the reference must be NaN in ours. Returns the largest relative difference seen.
   */
  static double assertClose(String name, double[] ours, double[] ref, double rel, double abs) {
    double worst = 0;
    int worstVoxel = -1;
    for (int v = 0; v < ref.length; v++) {
      if (Double.isNaN(ref[v]) || ref[v] == INT32_NAN) {
        assertTrue(Double.isNaN(ours[v]), name + ": voxel " + v + " should be NaN, is " + ours[v]);
        continue;
      }
      double diff = Math.abs(ours[v] - ref[v]);
      if (ours[v] == ref[v]) {
        diff = 0;
      }
      assertTrue(diff <= rel * Math.abs(ref[v]) + abs,
          name + ": voxel " + v + " is " + ours[v] + ", NiMARE has " + ref[v]);
      double r = diff / Math.max(Math.abs(ref[v]), Double.MIN_NORMAL);
      if (r > worst && diff > abs) {
        worst = r;
        worstVoxel = v;
      }
    }
    return worst;
  }
}
