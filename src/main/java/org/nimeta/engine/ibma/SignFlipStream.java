package org.nimeta.engine.ibma;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.nimeta.engine.IterationSeeds;

/**
 * Where the random sign flips of {@link PermutedOLS#correctFweMonteCarlo} come from. All signs
 * are drawn before any statistic is computed, so results never depend on the thread count.
 */
public sealed interface SignFlipStream {

  /** {@code nIters} rows of k signs (±1): row i flips the studies of iteration i. */
  double[][] draw(int nIters, int k);

  /**
   * nimeta's default: iteration i uses its own stream seeded from (seed, i), so any iteration
   * can be recomputed alone and the first n iterations of a longer run are the same.
   */
  static SignFlipStream seeded(long seed) {
    return new Seeded(seed);
  }

  /**
   * The flips nilearn 0.10.2's {@code permuted_ols(..., random_state=randomState, n_jobs=1)}
   * draws: numpy's legacy {@code RandomState(randomState)} (MT19937) gives the chunk seed
   * {@code randint(1, 2^31 − 2)}, and a {@code RandomState} of that seed draws each iteration's
   * {@code randint(2, size=(k, 1))}, i.e. the low bit of one 32-bit output per study. nilearn
   * multiplies the already flipped data again each iteration, so iteration i's signs are the
   * product of the draws 0..i. NiMARE always passes {@code random_state=42}, so
   * {@code nilearn(42)} reproduces its null.
   */
  static SignFlipStream nilearn(int randomState) {
    return new Nilearn(randomState);
  }

  /** See {@link SignFlipStream#seeded}. */
  record Seeded(long seed) implements SignFlipStream {
    @Override
    public double[][] draw(int nIters, int k) {
      double[][] signs = new double[nIters][k];
      for (int i = 0; i < nIters; i++) {
        SplittableRandom random = new SplittableRandom(IterationSeeds.mix(seed, i));
        for (int s = 0; s < k; s++) {
          signs[i][s] = random.nextBoolean() ? 1 : -1;
        }
      }
      return signs;
    }

  }

  /** See {@link SignFlipStream#nilearn}. */
  record Nilearn(int randomState) implements SignFlipStream {
    private static final long CHUNK_SEED_RANGE = 2147483644L; // randint(1, 2^31 - 2): high - 1 - low

    @Override
    public double[][] draw(int nIters, int k) {
      Mt19937 outer = new Mt19937(randomState);
      long chunkSeed;
      do {
        chunkSeed = outer.next() & 0x7FFFFFFFL; // numpy masks to the next power of two, rejects above range
      } while (chunkSeed > CHUNK_SEED_RANGE);
      Mt19937 inner = new Mt19937((int) (1 + chunkSeed));
      double[][] signs = new double[nIters][k];
      double[] cumulative = new double[k];
      Arrays.fill(cumulative, 1);
      for (int i = 0; i < nIters; i++) {
        for (int s = 0; s < k; s++) {
          cumulative[s] *= (inner.next() & 1) == 1 ? 1 : -1;
          signs[i][s] = cumulative[s];
        }
      }
      return signs;
    }
  }
}
