package org.nimeta.engine.montecarlo;

import java.util.Arrays;

/**
 * Where a Monte Carlo loop keeps its finished iterations, so that a killed or repeated run does
 * not draw them again. Iteration {@code i} draws only from a stream derived from (seed, i), so the
 * first k iterations of a run are the same whatever ran them, in whichever process or thread:
 * a run that continues from k saved iterations ends with the same numbers as one that never
 * stopped.
 *
 * <p>A loop names what it saves by a stream that states everything its iterations depend on
 * beyond what the store was opened for (the estimate, the seed): e.g. the cluster-forming
 * threshold of an FWE null. The iteration count is not part of it: a run with more iterations
 * continues a shorter one's, a run with fewer uses the first of a longer one's.
 */
public interface Checkpoints {
  /**
   * What was saved for {@code stream}, cut to at most {@code iterations}, or null when nothing
   * was (or it cannot be read).
   */
  Checkpoint restore(String stream, int iterations);

  /** Saves {@code checkpoint} for {@code stream}, replacing an earlier one with fewer iterations. */
  void save(String stream, Checkpoint checkpoint);

  /** Whether to save now that {@code done} iterations are finished, {@code saved} having been saved. */
  boolean due(int done, int saved);

  /**
   * The most iterations between two saves of a loop whose state is an order-free sum (a histogram
   * of counts), which it therefore runs in rounds of this many iterations.
   */
  int interval();

  /** False for {@link #NONE}: a loop then builds no checkpoint to save (copies of its arrays). */
  default boolean keeps() {
    return true;
  }

  /** Keeps nothing: loops run from iteration 0, in one round. */
  Checkpoints NONE = new Checkpoints() {
    @Override
    public boolean keeps() {
      return false;
    }

    public Checkpoint restore(String stream, int iterations) {
      return null;
    }

    public void save(String stream, Checkpoint checkpoint) {}

    public boolean due(int done, int saved) {
      return false;
    }

    public int interval() {
      return Integer.MAX_VALUE;
    }
  };

  /**
   * A loop's state after its first {@code iterations} iterations: columns of numbers, either one
   * value per iteration (an FWE null's maxima; a run with fewer iterations uses the first ones)
   * or running totals (a null histogram's counts, {@code totals}; of use only to a run of at least
   * as many iterations).
   *
   * @param columns not copied: do not modify
   */
  record Checkpoint(int iterations, double[][] columns, boolean totals) {
    public Checkpoint {
      if (iterations < 0) {
        throw new IllegalArgumentException("a checkpoint of " + iterations + " iterations");
      }
      for (double[] column : columns) {
        if (!totals && column.length != iterations) {
          throw new IllegalArgumentException("a column of " + column.length + " values for " + iterations
              + " iterations");
        }
      }
    }

    /** The first {@code k} iterations of a checkpoint of per-iteration columns. */
    public Checkpoint first(int k) {
      if (totals || k > iterations) {
        throw new IllegalArgumentException("the first " + k + " of " + iterations + " iterations"
            + (totals ? " of running totals" : ""));
      }
      double[][] cut = new double[columns.length][];
      for (int c = 0; c < cut.length; c++) {
        cut[c] = Arrays.copyOf(columns[c], k);
      }
      return new Checkpoint(k, cut, false);
    }
  }
}
