package org.nimeta.engine.montecarlo;

import java.util.Arrays;

/**
 * An empirical null distribution (the n values of one Monte Carlo null) and NiMARE's
 * {@code nimare.stats.null_to_p(value, null, tail="upper")}.
 *
 * <p>{@code p = 1 - (number of null values strictly below value) / n} (numpy's
 * {@code searchsorted(sorted_null, value, side="left")}), then clipped to
 * {@code [s, 1 - s]} with {@code s = max(2.22e-16, 1 / n)}: p is never below 1/n, and a value at
 * or below every null value gets {@code 1 - 1/n}.
 */
public final class EmpiricalNull {
  private static final double EPS = Math.ulp(1.0);

  private final double[] sorted;
  private final double smallest;

  /** @param values the null values, at least one. Not modified (a sorted copy is kept). */
  public EmpiricalNull(double[] values) {
    if (values.length == 0) {
      throw new IllegalArgumentException("an empirical null needs at least one value");
    }
    this.sorted = values.clone();
    Arrays.sort(sorted);
    this.smallest = Math.max(EPS, 1.0 / sorted.length);
  }

  public int size() {
    return sorted.length;
  }

  /** The upper-tail p of {@code value}, as {@code null_to_p(value, null, "upper")}. */
  public double upperP(double value) {
    int below = countBelow(value);
    double p = 1.0 - (double) below / sorted.length;
    return Math.max(smallest, Math.min(p, 1.0 - smallest));
  }

  /**
   * The critical value at level {@code alpha}: the {@code ceil((1 - alpha) n)}-th smallest null
   * value (rank clamped to 1..n). A statistic above it has at least that many null values below
   * it, so its p is {@code 1 - k/n <= alpha} up to the rounding of that subtraction.
   */
  public double criticalValue(double alpha) {
    int rank = (int) Math.ceil((1.0 - alpha) * sorted.length);
    return sorted[Math.max(1, Math.min(rank, sorted.length)) - 1];
  }

  /** The number of null values strictly below {@code value} (NaN counts as above everything). */
  private int countBelow(double value) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] < value) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
