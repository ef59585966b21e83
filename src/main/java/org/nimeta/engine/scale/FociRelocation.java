package org.nimeta.engine.scale;

import java.util.SplittableRandom;
import org.nimeta.engine.EngineRefusal;
import org.nimeta.engine.IterationSeeds;
import org.nimeta.engine.ibma.Mt19937;

/**
 * Where SCALE's null draws come from: for each iteration, which pool candidate each focus moves
 * to. Iteration i's draws depend only on (stream, i), so results are identical for any thread
 * count.
 */
public sealed interface FociRelocation {

  /**
   * nimeta's default: iteration i draws each focus's candidate uniformly with a
   * {@link SplittableRandom} seeded from a 64-bit mix of (seed, i).
   */
  static FociRelocation seeded(long seed) {
    return new Seeded(seed);
  }

  /**
   * NiMARE 0.2.1's draws after {@code np.random.seed(seed)}: one
   * {@code np.random.choice(n_candidates, size=(n_foci, n_iters))} from numpy's legacy
   * MT19937 {@code RandomState}, i.e. for each focus in turn (foci in experiment order), the
   * candidates of all iterations; each value is a 32-bit output masked to the smallest
   * all-ones mask covering {@code n_candidates - 1} and redrawn while above it. All draws are made
   * up front ({@code 4 n_foci n_iters} bytes), as NiMARE does.
   */
  static FociRelocation nimare(int seed) {
    return new Nimare(seed);
  }

  /** The draws of one SCALE run. Thread-safe. */
  Draws prepare(int nFoci, int nCandidates, int nIters);

  /** The draws of one run. */
  interface Draws {
    /** Writes iteration {@code iteration}'s candidate index for every focus into {@code out}. */
    void draw(int iteration, int[] out);
  }

  /** See {@link FociRelocation#seeded}. */
  record Seeded(long seed) implements FociRelocation {
    @Override
    public Draws prepare(int nFoci, int nCandidates, int nIters) {
      return (iteration, out) -> {
        SplittableRandom random = new SplittableRandom(IterationSeeds.mix(seed, iteration));
        for (int f = 0; f < nFoci; f++) {
          out[f] = random.nextInt(nCandidates);
        }
      };
    }

  }

  /** See {@link FociRelocation#nimare}. */
  record Nimare(int seed) implements FociRelocation {
    @Override
    public Draws prepare(int nFoci, int nCandidates, int nIters) {
      long cells = (long) nFoci * nIters;
      if (cells > Integer.MAX_VALUE - 8) {
        throw new EngineRefusal("NiMARE's SCALE stream draws all " + cells
            + " relocations up front, more than fit in memory; use nimeta's seeded stream.");
      }
      int[] table = new int[(int) cells]; // row-major (n_foci, n_iters), as numpy fills it
      Mt19937 mt = new Mt19937(seed);
      long range = nCandidates - 1L;
      long mask = range == 0 ? 0 : -1L >>> Long.numberOfLeadingZeros(range);
      for (int c = 0; c < table.length; c++) {
        long value = 0;
        if (range != 0) {
          do {
            value = mt.next() & mask;
          } while (value > range);
        }
        table[c] = (int) value;
      }
      return (iteration, out) -> {
        for (int f = 0; f < nFoci; f++) {
          out[f] = table[f * nIters + iteration];
        }
      };
    }
  }
}
