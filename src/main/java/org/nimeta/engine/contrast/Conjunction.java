package org.nimeta.engine.contrast;

import java.util.List;

/**
 * Conjunction by the minimum statistic (Nichols et al. 2005), as NiMARE's
 * {@code workflows.conjunction_analysis}: at each voxel, where the product of all inputs is
 * positive, the smallest input; elsewhere 0. So a voxel survives only where every map has the same
 * sign of effect; with two maps both negative the smaller (more negative) value is kept, as in
 * NiMARE. A NaN anywhere gives 0 (NaN is not greater than 0).
 */
public final class Conjunction {
  private Conjunction() {}

  /**
   * @param maps two or more arrays of equal length (the same voxels in the same order); not modified
   * @return a new array of the same length
   */
  public static double[] minimumStatistic(List<double[]> maps) {
    if (maps.size() < 2) {
      throw new IllegalArgumentException("a conjunction needs at least two maps, not " + maps.size());
    }
    int n = maps.get(0).length;
    for (double[] m : maps) {
      if (m.length != n) {
        throw new IllegalArgumentException("the maps of a conjunction must cover the same voxels");
      }
    }
    double[] out = new double[n];
    for (int v = 0; v < n; v++) {
      double product = 1;
      double min = Double.POSITIVE_INFINITY;
      for (double[] m : maps) {
        product *= m[v];
        min = Math.min(min, m[v]);
      }
      out[v] = product > 0 ? min : 0;
    }
    return out;
  }
}
