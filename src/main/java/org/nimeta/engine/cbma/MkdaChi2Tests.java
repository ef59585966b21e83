package org.nimeta.engine.cbma;

/**
 * NiMARE main's closed forms of MKDAChi2's chi-square tests from per-voxel counts of active
 * experiments ({@code nimare.stats.one_way}, {@code two_way_counts}), which its Monte Carlo FWE
 * evaluates for the observed split and every null draw. On integer counts every intermediate is an
 * exact integer until the last division, so the values equal NiMARE's bit for bit; and as the
 * observed and null statistics come from one formula, a null maximum reached by the same counts as
 * an observed voxel ties with it exactly (the association statistic takes few distinct values).
 */
final class MkdaChi2Tests {
  private MkdaChi2Tests() {}

  /**
   * One-way chi-square of each count against the mean count over the mask:
   * {@code (c - m)^2 n / (m (n - m))}.
   *
   * @param counts one count per in-mask voxel, 0 outside {@code voxels}. Not modified.
   * @param n      the group's number of experiments
   * @param out    one value per voxel; written at {@code voxels} only
   * @param voxels the masked indices to compute, ascending
   * @return the value at a voxel with count 0 (every voxel outside {@code voxels})
   */
  static double oneWay(double[] counts, int n, double[] out, int[] voxels) {
    double sum = 0;
    for (int m : voxels) {
      sum += counts[m]; // integers: exact, as numpy's pairwise sum
    }
    double expected = sum / counts.length;
    double denominator = expected * (n - expected);
    for (int m : voxels) {
      double d = counts[m] - expected;
      out[m] = d * d * n / denominator;
    }
    return expected * expected * n / denominator;
  }

  /**
   * Two-by-two chi-square of (s of n1 active) against (u of n2 active):
   * {@code N (s n2 - u n1)^2 / (r0 r1 n1 n2)}, {@code r0 = s + u}, {@code r1 = N - r0}; 2 where the
   * denominator is 0 (no experiment or every experiment active), as NiMARE sets it. Written at
   * {@code voxels} only.
   *
   * @return the value at a voxel where both counts are 0 (every voxel outside {@code voxels})
   */
  static double twoWay(double[] s, double[] u, int n1, int n2, double[] out, int[] voxels) {
    int total = n1 + n2;
    for (int m : voxels) {
      double row0 = s[m] + u[m];
      double row1 = total - row0;
      double d = s[m] * n2 - u[m] * n1;
      double denominator = row0 * row1 * n1 * n2;
      out[m] = denominator == 0 ? 2.0 : total * (d * d) / denominator;
    }
    return 2.0;
  }
}
