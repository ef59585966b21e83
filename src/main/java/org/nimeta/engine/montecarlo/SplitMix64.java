package org.nimeta.engine.montecarlo;

/**
 * The SplitMix64 generator (Steele, Lea and Flood 2014; the algorithm behind
 * {@link java.util.SplittableRandom}), written out so that the stream is fixed by this code alone
 * and can be reseeded without allocating. Not thread-safe: one instance per thread.
 *
 * <p>Monte Carlo iteration {@code i} of a run seeded with {@code s} draws from the stream that
 * starts at {@link #streamSeed(long, long) streamSeed(s, i)}, so what an iteration draws depends
 * only on (s, i), never on which thread runs it or in what order.
 */
public final class SplitMix64 {
  private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;
  /** An arbitrary odd constant that separates the iteration counter from the seed before mixing. */
  private static final long ITERATION_SALT = 0x632be59bd9b4e019L;

  private long state;

  public SplitMix64(long seed) {
    this.state = seed;
  }

  /** Restarts the stream at {@code seed}. */
  public void reseed(long seed) {
    state = seed;
  }

  /**
   * The starting state of iteration {@code iteration}'s stream:
   * {@code mix(mix(seed) ^ mix(iteration + salt))}. {@code mix} is a bijection of 64-bit words,
   * so different iterations of one seed never start from the same state.
   */
  public static long streamSeed(long seed, long iteration) {
    return mix(mix(seed) ^ mix(iteration + ITERATION_SALT));
  }

  /** The next 64 random bits. */
  public long nextLong() {
    state += GOLDEN_GAMMA;
    return mix(state);
  }

  /**
   * A uniform integer in {@code [0, bound)}, without modulo bias (Lemire 2019: the high half of a
   * 32 x 32-bit product, redrawing the rare low halves that would favour some values).
   *
   * @param bound positive
   */
  public int nextInt(int bound) {
    long product = (nextLong() >>> 32) * bound;
    long low = product & 0xffffffffL;
    if (low < bound) {
      long reject = (0x1_0000_0000L - bound) % bound;
      while (low < reject) {
        product = (nextLong() >>> 32) * bound;
        low = product & 0xffffffffL;
      }
    }
    return (int) (product >>> 32);
  }

  /** SplitMix64's output function (a variant of MurmurHash3's finaliser). */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
