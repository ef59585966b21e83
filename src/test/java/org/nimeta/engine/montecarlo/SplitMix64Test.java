package org.nimeta.engine.montecarlo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SplitMix64Test {

  /** The JDK's SplittableRandom documents the same algorithm; its stream pins ours down. */
  @Test
  void sameStreamAsSplittableRandom() {
    for (long seed : new long[] {0, 1, -7, 123456789012345L}) {
      SplitMix64 ours = new SplitMix64(seed);
      SplittableRandom jdk = new SplittableRandom(seed);
      for (int n = 0; n < 1000; n++) {
        assertEquals(jdk.nextLong(), ours.nextLong(), "seed " + seed + " draw " + n);
      }
    }
  }

  /**
   * 700,000 draws over 7 values: each count is Binomial(700000, 1/7), sd 293; a count more than 6
   * sd from 100,000 would mean a biased generator (chance < 1e-8 per value for a fair one).
   */
  @Test
  void boundedIntsAreUniform() {
    SplitMix64 random = new SplitMix64(42);
    int[] counts = new int[7];
    for (int n = 0; n < 700_000; n++) {
      counts[random.nextInt(7)]++;
    }
    double sd = Math.sqrt(700_000 * (1 / 7.0) * (6 / 7.0));
    for (int c : counts) {
      assertTrue(Math.abs(c - 100_000) < 6 * sd, "count " + c);
    }
  }

  @Test
  void boundedIntsStayInRange() {
    SplitMix64 random = new SplitMix64(3);
    for (int n = 0; n < 10_000; n++) {
      assertEquals(0, random.nextInt(1));
      int big = random.nextInt(Integer.MAX_VALUE);
      assertTrue(big >= 0 && big < Integer.MAX_VALUE);
      int mask = random.nextInt(228_483);
      assertTrue(mask >= 0 && mask < 228_483);
    }
  }

  @Test
  void iterationStreamsStartApart() {
    Set<Long> starts = new HashSet<>();
    for (int i = 0; i < 100_000; i++) {
      assertTrue(starts.add(SplitMix64.streamSeed(5, i)), "iteration " + i);
    }
    assertTrue(SplitMix64.streamSeed(5, 0) != SplitMix64.streamSeed(6, 0));
  }
}
