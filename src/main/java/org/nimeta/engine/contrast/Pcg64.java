package org.nimeta.engine.contrast;

/**
 * numpy's {@code PCG64} bit generator (PCG XSL-RR 128/64, O'Neill 2014) seeded through a
 * {@link SeedSequence}, with numpy's 32-bit buffering and its bounded-interval draw, so that
 * {@code np.random.default_rng(seed).shuffle(np.arange(n))} can be reproduced exactly.
 *
 * <p>State update {@code s = s * M + inc} modulo 2^128 with numpy's default 128-bit multiplier;
 * output {@code rotr64(hi(s) ^ lo(s), s >>> 122)} computed after the step. Seeding takes four
 * 64-bit words {@code w} from the seed sequence: initial state {@code w0:w1}, increment
 * {@code (w2:w3 << 1) | 1}, then PCG's {@code srandom}. Mutable and not thread-safe;
 * {@link #reseed} lets one instance serve many iterations without allocating.
 */
final class Pcg64 {
  private static final long MULT_HI = 2549297995355413924L;
  private static final long MULT_LO = 4865540595714422341L;

  private long stateHi;
  private long stateLo;
  private long incHi;
  private long incLo;
  private boolean hasHalf;
  private int half;

  /** {@code PCG64(SeedSequence(seed))}, i.e. the bit generator of {@code default_rng(seed)}. */
  Pcg64(long seed) {
    reseed(seed);
  }

  /** Restarts the generator as if newly built with {@code seed}. */
  void reseed(long seed) {
    long[] w = new SeedSequence(seed).generateState64(4);
    incHi = (w[2] << 1) | (w[3] >>> 63);
    incLo = (w[3] << 1) | 1L;
    stateHi = 0;
    stateLo = 0;
    step();
    long lo = stateLo + w[1];
    stateHi = stateHi + w[0] + (Long.compareUnsigned(lo, stateLo) < 0 ? 1 : 0);
    stateLo = lo;
    step();
    hasHalf = false;
  }

  /** The next 64-bit output ({@code random_raw}). */
  long nextLong() {
    step();
    return Long.rotateRight(stateHi ^ stateLo, (int) (stateHi >>> 58));
  }

  /** numpy's {@code next_uint32}: the low half of a 64-bit output, then its high half. */
  int nextInt() {
    if (hasHalf) {
      hasHalf = false;
      return half;
    }
    long next = nextLong();
    hasHalf = true;
    half = (int) (next >>> 32);
    return (int) next;
  }

  /**
   * numpy's {@code random_interval(max)}: a uniform value in [0, max] by masking draws to the
   * smallest all-ones mask covering max and rejecting values above max (32-bit draws while max
   * fits in 32 bits).
   */
  long interval(long max) {
    if (max == 0) {
      return 0;
    }
    long mask = -1L >>> Long.numberOfLeadingZeros(max);
    long value;
    if (max <= 0xFFFFFFFFL) {
      do {
        value = (nextInt() & 0xFFFFFFFFL) & mask;
      } while (value > max);
    } else {
      do {
        value = nextLong() & mask;
      } while (Long.compareUnsigned(value, max) > 0);
    }
    return value;
  }

  /** {@code s = s * M + inc} modulo 2^128. */
  private void step() {
    long lo = stateLo * MULT_LO;
    long hi = unsignedMultiplyHigh(stateLo, MULT_LO) + stateLo * MULT_HI + stateHi * MULT_LO;
    long sumLo = lo + incLo;
    stateHi = hi + incHi + (Long.compareUnsigned(sumLo, lo) < 0 ? 1 : 0);
    stateLo = sumLo;
  }

  private static long unsignedMultiplyHigh(long a, long b) {
    return Math.multiplyHigh(a, b) + ((a >> 63) & b) + ((b >> 63) & a);
  }
}
