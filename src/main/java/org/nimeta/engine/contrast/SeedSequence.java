package org.nimeta.engine.contrast;

/**
 * numpy's {@code np.random.SeedSequence(entropy)} for a non-negative integer entropy and no spawn
 * key (O'Neill's seed_seq hashing, pool of four 32-bit words), enough to seed a {@link Pcg64}
 * exactly as {@code np.random.default_rng(entropy)} does.
 *
 * <p>The entropy is split into 32-bit words, least significant first (0 gives one zero word). The
 * pool is filled by {@code hashmix} of each word (zeros past the end), every pool word is then
 * mixed with the hash of every other, and words beyond the pool are mixed in last.
 * {@link #generateState64} runs the pool through the output hash cyclically and pairs the 32-bit
 * results little-endian into 64-bit words.
 */
final class SeedSequence {
  private static final int POOL_SIZE = 4;
  private static final int INIT_A = 0x43b0d7e5;
  private static final int MULT_A = 0x931e8875;
  private static final int INIT_B = 0x8b51f9dd;
  private static final int MULT_B = 0x58f38ded;
  private static final int MIX_MULT_L = 0xca01f9dd;
  private static final int MIX_MULT_R = 0x4973f715;
  private static final int XSHIFT = 16;

  private final int[] pool = new int[POOL_SIZE];
  private int hashConst;

  SeedSequence(long entropy) {
    if (entropy < 0) {
      throw new IllegalArgumentException("a seed sequence needs a non-negative entropy, got " + entropy);
    }
    int[] words = entropy >>> 32 == 0 ? new int[] {(int) entropy} : new int[] {(int) entropy, (int) (entropy >>> 32)};
    hashConst = INIT_A;
    for (int i = 0; i < POOL_SIZE; i++) {
      pool[i] = hashmix(i < words.length ? words[i] : 0);
    }
    for (int src = 0; src < POOL_SIZE; src++) {
      for (int dst = 0; dst < POOL_SIZE; dst++) {
        if (src != dst) {
          pool[dst] = mix(pool[dst], hashmix(pool[src]));
        }
      }
    }
    for (int src = POOL_SIZE; src < words.length; src++) {
      for (int dst = 0; dst < POOL_SIZE; dst++) {
        pool[dst] = mix(pool[dst], hashmix(words[src]));
      }
    }
  }

  /** {@code generate_state(n, np.uint64)}: n 64-bit words from 2n hashed 32-bit words. */
  long[] generateState64(int n) {
    int h = INIT_B;
    long[] out = new long[n];
    for (int w = 0; w < 2 * n; w++) {
      int value = pool[w % POOL_SIZE];
      value ^= h;
      h *= MULT_B;
      value *= h;
      value ^= value >>> XSHIFT;
      long unsigned = value & 0xFFFFFFFFL;
      out[w / 2] |= (w % 2 == 0) ? unsigned : unsigned << 32;
    }
    return out;
  }

  private int hashmix(int value) {
    value ^= hashConst;
    hashConst *= MULT_A;
    value *= hashConst;
    return value ^ (value >>> XSHIFT);
  }

  private static int mix(int x, int y) {
    int result = MIX_MULT_L * x - MIX_MULT_R * y;
    return result ^ (result >>> XSHIFT);
  }
}
