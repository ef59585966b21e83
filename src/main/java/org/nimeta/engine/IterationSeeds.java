package org.nimeta.engine;

/**
 * The seed of iteration {@code i} of a seeded stochastic step, derived only from (seed, i), so a
 * result never depends on how iterations are spread over threads.
 */
public final class IterationSeeds {
  private IterationSeeds() {}

  /** MurmurHash3's 64-bit finaliser of (seed, iteration): distinct, well-spread stream seeds. */
  public static long mix(long seed, int iteration) {
    long h = seed * 0x9E3779B97F4A7C15L + iteration;
    h ^= h >>> 33;
    h *= 0xFF51AFD7ED558CCDL;
    h ^= h >>> 33;
    h *= 0xC4CEB9FE1A85EC53L;
    h ^= h >>> 33;
    return h;
  }
}
