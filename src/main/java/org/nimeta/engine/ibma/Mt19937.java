package org.nimeta.engine.ibma;

/**
 * The Mersenne Twister MT19937 (Matsumoto & Nishimura 1998) with the classic
 * {@code init_genrand} seeding that numpy's legacy {@code RandomState(int)} uses; {@link #next}
 * is {@code genrand_int32}. Only used to reproduce numpy-driven streams (nilearn's sign flips,
 * NiMARE's SCALE relocations).
 */
public final class Mt19937 {
  private static final int N = 624;
  private static final int M = 397;
  private final int[] state = new int[N];
  private int position = N;

  public Mt19937(int seed) {
    state[0] = seed;
    for (int i = 1; i < N; i++) {
      int previous = state[i - 1];
      state[i] = 1812433253 * (previous ^ (previous >>> 30)) + i;
    }
  }

  /** The next 32-bit output, as an unsigned value in a long. */
  public long next() {
    if (position >= N) {
      twist();
    }
    int y = state[position++];
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9D2C5680;
    y ^= (y << 15) & 0xEFC60000;
    y ^= y >>> 18;
    return y & 0xFFFFFFFFL;
  }

  private void twist() {
    for (int i = 0; i < N; i++) {
      int y = (state[i] & 0x80000000) | (state[(i + 1) % N] & 0x7FFFFFFF);
      int next = state[(i + M) % N] ^ (y >>> 1);
      state[i] = (y & 1) != 0 ? next ^ 0x9908B0DF : next;
    }
    position = 0;
  }
}
