package org.nimeta.engine.stats;

/**
 * Sums in numpy's order, so that sums NiMARE feeds into comparisons and bin lookups round the same
 * way. {@code np.sum} of a contiguous float64 array starts from the identity 0 and adds the
 * pairwise sum of all values: blocks of at most 128 values are added with eight interleaved
 * accumulators, longer runs are split in two (the first half a multiple of eight long).
 */
public final class NumpySum {
  private static final int BLOCK = 128;

  private NumpySum() {}

  /** {@code np.sum(a)}. Not modified. */
  public static double sum(double[] a) {
    return sumWithZeroTail(a, a.length, a.length);
  }

  /**
   * {@code np.sum} of an array of {@code length} values whose first {@code n} are {@code a[0..n)}
   * and whose rest are zeros (e.g. {@code np.hstack([values, np.zeros(k)])}). Not modified.
   */
  public static double sumWithZeroTail(double[] a, int n, int length) {
    return 0.0 + pairwise(a, n, 0, length);
  }

  private static double pairwise(double[] a, int n, int from, int count) {
    if (count < 8) {
      double res = 0;
      for (int i = 0; i < count; i++) {
        res += at(a, n, from + i);
      }
      return res;
    }
    if (count <= BLOCK) {
      double[] r = new double[8];
      for (int j = 0; j < 8; j++) {
        r[j] = at(a, n, from + j);
      }
      int i = 8;
      for (; i < count - count % 8; i += 8) {
        for (int j = 0; j < 8; j++) {
          r[j] += at(a, n, from + i + j);
        }
      }
      double res = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
      for (; i < count; i++) {
        res += at(a, n, from + i);
      }
      return res;
    }
    int half = count / 2;
    half -= half % 8;
    return pairwise(a, n, from, half) + pairwise(a, n, from + half, count - half);
  }

  private static double at(double[] a, int n, int i) {
    return i < n ? a[i] : 0.0;
  }
}
