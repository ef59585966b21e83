package org.nimeta.engine.ibma;

import java.util.SplittableRandom;

/**
 * Random sign flips for permutation iteration {@code i}, drawn from a stream that depends only on
 * (seed, i), so a null distribution is the same whatever the thread count or iteration order.
 */
final class SignFlips {
  private SignFlips() {}

  /** k signs (±1) of iteration {@code iteration} under {@code seed}. */
  static double[] draw(long seed, int iteration, int k) {
    SplittableRandom random = new SplittableRandom(mix(seed, iteration));
    double[] signs = new double[k];
    for (int s = 0; s < k; s++) {
      signs[s] = random.nextBoolean() ? 1 : -1;
    }
    return signs;
  }

  /** MurmurHash3's 64-bit finaliser of seed and iteration: distinct, well-spread stream seeds. */
  static long mix(long seed, int iteration) {
    long h = seed * 0x9E3779B97F4A7C15L + iteration;
    h ^= h >>> 33;
    h *= 0xFF51AFD7ED558CCDL;
    h ^= h >>> 33;
    h *= 0xC4CEB9FE1A85EC53L;
    h ^= h >>> 33;
    return h;
  }
}
