package org.nimeta.engine.contrast;

import java.util.SplittableRandom;
import org.nimeta.engine.IterationSeeds;

/**
 * Where the random group assignments of {@link AleSubtraction}'s permutation null come from.
 * Iteration i's assignment depends only on (stream, i), never on other iterations or on the
 * thread that computes it, so results are identical for any thread count and the first n
 * iterations of a longer run are the same.
 *
 * <p>Implementations are immutable and thread-safe; the per-thread generator state lives in a
 * {@link Shuffler}.
 */
public sealed interface GroupShuffle {

  /**
   * nimeta's default: iteration i shuffles with a {@link SplittableRandom} seeded from a
   * 64-bit mix of (seed, i), by the Fisher–Yates algorithm.
   */
  static GroupShuffle seeded(long seed) {
    return new Seeded(seed);
  }

  /**
   * NiMARE 0.2.1's own stream: iteration i runs {@code np.random.default_rng(seed=i).shuffle} on
   * {@code np.arange(n)} (PCG64 seeded through SeedSequence, Fisher–Yates from the last position
   * down with numpy's masked-rejection {@code random_interval}). It ignores any seed, as NiMARE
   * does, and reproduces NiMARE's null exactly.
   */
  static GroupShuffle nimare() {
    return new Nimare();
  }

  /** A generator for one thread. */
  Shuffler newShuffler();

  /** Per-thread state; reused across iterations without allocating. */
  interface Shuffler {
    /**
     * Writes iteration {@code iteration}'s random permutation of {@code 0..order.length-1} into
     * {@code order} (overwritten).
     */
    void permute(int iteration, int[] order);
  }

  /** See {@link GroupShuffle#seeded}. */
  record Seeded(long seed) implements GroupShuffle {
    @Override
    public Shuffler newShuffler() {
      return (iteration, order) -> {
        SplittableRandom random = new SplittableRandom(IterationSeeds.mix(seed, iteration));
        identity(order);
        for (int i = order.length - 1; i > 0; i--) {
          swap(order, i, random.nextInt(i + 1));
        }
      };
    }

  }

  /** See {@link GroupShuffle#nimare}. */
  record Nimare() implements GroupShuffle {
    @Override
    public Shuffler newShuffler() {
      Pcg64 generator = new Pcg64(0);
      return (iteration, order) -> {
        generator.reseed(iteration);
        identity(order);
        for (int i = order.length - 1; i > 0; i--) {
          swap(order, i, (int) generator.interval(i));
        }
      };
    }
  }

  private static void identity(int[] order) {
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
  }

  private static void swap(int[] a, int i, int j) {
    int t = a[i];
    a[i] = a[j];
    a[j] = t;
  }
}
