package org.nimeta.engine.contrast;

import java.util.Arrays;

/**
 * Everything NiMARE's voxel-wise permutation test reads from its n_iters x n_voxels null array,
 * kept in O(voxels) memory: per voxel, how many null values fall below and above the observed
 * value d, the largest value below d and the smallest above it.
 *
 * <p>These give NiMARE's two-sided p exactly ({@code null_to_p(d, null, "two", symmetric=False)}
 * counts values below and above d) and the sign of {@code d - median(null)} exactly: with the
 * sorted null s[0..n-1] and h = n / 2, the median is s[h] for odd n and (s[h-1] + s[h]) / 2 for
 * even n. If more than h values lie below d, every value the median uses lies below d; likewise
 * above. Otherwise the middle values are d itself or the nearest value on either side of d,
 * which is the recorded maximum below (when exactly h lie below) or minimum above (when exactly h
 * lie above), so the median is recomputed with numpy's arithmetic. Tallies from different threads
 * merge by adding counts and taking max/min, so the result does not depend on how iterations
 * were split.
 */
final class DifferenceTally {
  private final double[] observed;
  private final int[] below;
  private final int[] above;
  private final double[] maxBelow;
  private final double[] minAbove;

  /** @param observed the observed value per voxel. Kept, not copied: do not modify. */
  DifferenceTally(double[] observed) {
    int n = observed.length;
    this.observed = observed;
    this.below = new int[n];
    this.above = new int[n];
    this.maxBelow = new double[n];
    this.minAbove = new double[n];
    Arrays.fill(maxBelow, Double.NEGATIVE_INFINITY);
    Arrays.fill(minAbove, Double.POSITIVE_INFINITY);
  }

  /** Counts null value {@code v} at voxel {@code u}. */
  void record(int u, double v) {
    double d = observed[u];
    if (v < d) {
      below[u]++;
      if (v > maxBelow[u]) {
        maxBelow[u] = v;
      }
    } else if (v > d) {
      above[u]++;
      if (v < minAbove[u]) {
        minAbove[u] = v;
      }
    }
  }

  /** Adds another tally over the same observed values into this one. {@code other} is not modified. */
  void merge(DifferenceTally other) {
    for (int u = 0; u < observed.length; u++) {
      below[u] += other.below[u];
      above[u] += other.above[u];
      maxBelow[u] = Math.max(maxBelow[u], other.maxBelow[u]);
      minAbove[u] = Math.min(minAbove[u], other.minAbove[u]);
    }
  }

  /**
   * NiMARE's {@code null_to_p(d, null, tail="two", symmetric=False)} over {@code n} null values:
   * {@code p = 2 min(1 - below / n, 1 - above / n)}, clipped to
   * {@code [max(eps, 1/n), 1 - max(eps, 1/n)]}.
   */
  double twoSidedP(int u, int n) {
    double lower = 1 - (double) below[u] / n;
    double upper = 1 - (double) above[u] / n;
    double p = 2 * Math.min(lower, upper);
    double smallest = Math.max(Math.ulp(1.0), 1.0 / n);
    return Math.max(smallest, Math.min(p, 1 - smallest));
  }

  /** {@code sign(d - median(null))} over {@code n} null values, as numpy computes the median. */
  double medianSign(int u, int n) {
    int h = n / 2;
    if (below[u] > h) {
      return 1;
    }
    if (above[u] > h) {
      return -1;
    }
    double d = observed[u];
    if (n % 2 == 1) {
      return 0; // s[h] is neither below nor above d
    }
    double low = below[u] == h ? maxBelow[u] : d;
    double high = above[u] == h ? minAbove[u] : d;
    return Math.signum(d - (low + high) / 2);
  }
}
