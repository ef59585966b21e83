package org.nimeta.engine.contrast;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import org.nimeta.engine.montecarlo.SplitMix64;

/**
 * Subsets of a group's experiments (indices {@code 0..n-1}, ascending within a subset): the
 * schedule a probability map is averaged over, and the random draws of a balanced difference.
 */
final class BalancedSubsets {
  /** NiMARE's {@code exhaustive_limit} for the probability maps' schedule. */
  static final int EXHAUSTIVE_LIMIT = 10000;

  private BalancedSubsets() {}

  /**
   * NiMARE main's {@code generate_subset_schedule(n, target, n_samples=subsamples,
   * exhaustive_limit=10000)}: for {@code target = n - 1} the n leave-one-out subsets; when
   * {@code subsamples} reaches C(n, target) and that is at most 10000, every subset in
   * lexicographic order; otherwise {@code min(subsamples, C(n, target))} distinct random subsets,
   * sorted. Which random subsets are drawn differs from NiMARE (its numpy stream).
   */
  static List<int[]> schedule(int n, int target, int subsamples, SplitMix64 random) {
    if (target < 1 || target > n) {
      throw new IllegalArgumentException("need 1 <= target <= n, got " + target + " of " + n);
    }
    List<int[]> subsets = new ArrayList<>();
    if (target == n - 1) {
      for (int left = 0; left < n; left++) {
        int[] s = new int[target];
        for (int e = 0, r = 0; e < n; e++) {
          if (e != left) {
            s[r++] = e;
          }
        }
        subsets.add(s);
      }
      return subsets;
    }
    long combinations = combinations(n, target);
    long wanted = Math.min(subsamples, combinations);
    if (wanted == combinations && combinations <= EXHAUSTIVE_LIMIT) {
      enumerate(n, target, 0, new int[target], 0, subsets);
      return subsets;
    }
    TreeSet<int[]> distinct = new TreeSet<>(Arrays::compare);
    int[] scratch = identity(n);
    while (distinct.size() < wanted) {
      distinct.add(draw(scratch, target, random));
    }
    subsets.addAll(distinct);
    return subsets;
  }

  /**
   * A uniform random {@code target}-subset of {@code pool} (partial Fisher-Yates), ascending.
   *
   * @param pool the candidates; reordered in place, kept a permutation of itself
   */
  static int[] draw(int[] pool, int target, SplitMix64 random) {
    for (int r = 0; r < target; r++) {
      int pick = r + random.nextInt(pool.length - r);
      int swap = pool[r];
      pool[r] = pool[pick];
      pool[pick] = swap;
    }
    int[] subset = Arrays.copyOf(pool, target);
    Arrays.sort(subset);
    return subset;
  }

  static int[] identity(int n) {
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    return order;
  }

  /** C(n, k), saturating at {@code Long.MAX_VALUE}. */
  static long combinations(int n, int k) {
    k = Math.min(k, n - k);
    double estimate = 1;
    long exact = 1;
    for (int i = 1; i <= k; i++) {
      estimate = estimate * (n - k + i) / i;
      if (estimate > 1e18) {
        return Long.MAX_VALUE;
      }
      exact = exact * (n - k + i) / i; // exact: a product of i consecutive integers is divisible by i!
    }
    return exact;
  }

  private static void enumerate(int n, int target, int from, int[] current, int depth, List<int[]> out) {
    if (depth == target) {
      out.add(current.clone());
      return;
    }
    for (int e = from; e <= n - (target - depth); e++) {
      current[depth] = e;
      enumerate(n, target, e + 1, current, depth + 1, out);
    }
  }

  /** A subset as a map key (ascending members). */
  record Subset(int[] members) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Subset s && Arrays.equals(members, s.members);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(members);
    }

    @Override
    public String toString() {
      return Arrays.toString(members);
    }
  }
}
