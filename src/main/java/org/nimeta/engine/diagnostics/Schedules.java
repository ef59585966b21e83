package org.nimeta.engine.diagnostics;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import org.nimeta.engine.EngineRefusal;
import org.nimeta.engine.montecarlo.SplitMix64;

/**
 * NiMARE main's replicate schedules ({@code resolve_subset_size}, {@code generate_subset_schedule}):
 * which experiments each replicate of {@link ResampledStability} keeps, as ascending indices.
 */
public final class Schedules {
  /** NiMARE's {@code exhaustive_limit}: more combinations than this need {@code n_resamples}. */
  public static final int EXHAUSTIVE_LIMIT = 1000;
  private static final long SCHEDULE_STREAM = 0x5C4ED01EL;

  /** NiMARE's resampling policies. */
  public enum Policy { LEAVE_1_OUT, LEAVE_K_OUT, SUBSAMPLE }

  private Schedules() {}

  /**
   * How many experiments each replicate keeps.
   *
   * @param k       for {@link Policy#LEAVE_K_OUT}: experiments left out, 1..n-1
   * @param targetN for {@link Policy#SUBSAMPLE}: experiments kept, 1..n; null for n
   */
  public static int targetN(Policy policy, int n, Integer k, Integer targetN) {
    return switch (policy) {
      case LEAVE_1_OUT -> n - 1;
      case LEAVE_K_OUT -> {
        if (k == null || k < 1 || k >= n) {
          throw new EngineRefusal("`k` must be between 1 and " + (n - 1) + " (the estimate has " + n
              + " experiments), not " + k + ".");
        }
        yield n - k;
      }
      case SUBSAMPLE -> {
        int kept = targetN == null ? n : targetN;
        if (kept < 1 || kept > n) {
          throw new EngineRefusal("`target_n` must be between 1 and " + n + " (the estimate has " + n
              + " experiments), not " + kept + ".");
        }
        yield kept;
      }
    };
  }

  /**
   * The replicates: every leave-one-out subset in order when {@code targetN = n - 1}; every
   * combination in lexicographic order when there are at most {@link #EXHAUSTIVE_LIMIT} and
   * {@code nSamples} asks for all (or is null); else {@code nSamples} distinct random subsets, sorted.
   */
  public static List<int[]> of(int n, int targetN, Integer nSamples, long seed) {
    List<int[]> out = new ArrayList<>();
    if (targetN == n - 1) {
      for (int left = 0; left < n; left++) {
        int[] kept = new int[n - 1];
        for (int e = 0, t = 0; e < n; e++) {
          if (e != left) {
            kept[t++] = e;
          }
        }
        out.add(kept);
      }
      return out;
    }
    BigInteger combinations = choose(n, targetN);
    BigInteger limit = BigInteger.valueOf(EXHAUSTIVE_LIMIT);
    if (nSamples == null && combinations.compareTo(limit) > 0) {
      throw new EngineRefusal("Keeping " + targetN + " of " + n + " experiments has " + combinations
          + " combinations, too many to enumerate (NiMARE's limit is " + EXHAUSTIVE_LIMIT + "); set `n_resamples`.");
    }
    int wanted = nSamples == null ? combinations.intValueExact()
        : combinations.min(BigInteger.valueOf(nSamples)).intValueExact();
    if (combinations.compareTo(limit) <= 0 && BigInteger.valueOf(wanted).equals(combinations)) {
      combine(new int[targetN], 0, 0, n, out);
      return out;
    }
    TreeSet<int[]> drawn = new TreeSet<>(Arrays::compare); // sorted and distinct, as NiMARE's set
    SplitMix64 random = new SplitMix64(0);
    for (long draw = 0; drawn.size() < wanted; draw++) {
      random.reseed(SplitMix64.streamSeed(seed ^ SCHEDULE_STREAM, draw));
      drawn.add(draw(random, n, targetN));
    }
    out.addAll(drawn);
    return out;
  }

  /** {@code size} distinct indices of 0..n-1, ascending (a partial Fisher–Yates shuffle). */
  static int[] draw(SplitMix64 random, int n, int size) {
    int[] pool = new int[n];
    for (int e = 0; e < n; e++) {
      pool[e] = e;
    }
    for (int t = 0; t < size; t++) {
      int pick = t + random.nextInt(n - t);
      int swap = pool[t];
      pool[t] = pool[pick];
      pool[pick] = swap;
    }
    int[] kept = Arrays.copyOf(pool, size);
    Arrays.sort(kept);
    return kept;
  }

  private static void combine(int[] current, int depth, int from, int n, List<int[]> out) {
    if (depth == current.length) {
      out.add(current.clone());
      return;
    }
    for (int e = from; e <= n - (current.length - depth); e++) {
      current[depth] = e;
      combine(current, depth + 1, e + 1, n, out);
    }
  }

  static BigInteger choose(int n, int k) {
    BigInteger c = BigInteger.ONE;
    for (int i = 0; i < k; i++) {
      c = c.multiply(BigInteger.valueOf(n - i)).divide(BigInteger.valueOf(i + 1));
    }
    return c;
  }
}
