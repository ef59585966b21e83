package org.nimeta.engine.contrast;

import org.nimeta.engine.EngineRefusal;
import org.nimeta.engine.Progress;

/**
 * How to run a permutation null.
 *
 * @param iterations number of permutations (NiMARE's {@code n_iters}), at least 1
 * @param shuffle    where each permutation's group assignment comes from
 * @param threads    worker threads, at least 1; results do not depend on it
 * @param progress   told {@code (done, iterations)} as permutations finish
 */
public record PermutationSettings(int iterations, GroupShuffle shuffle, int threads, Progress progress) {

  public PermutationSettings {
    if (iterations < 1) {
      throw new EngineRefusal("`n_iters` must be at least 1, got " + iterations + ".");
    }
    if (threads < 1) {
      throw new IllegalArgumentException("The number of threads must be at least 1, got " + threads + ".");
    }
    if (shuffle == null || progress == null) {
      throw new IllegalArgumentException("a shuffle stream and a progress listener are required");
    }
  }

  /** All available processors, no progress reporting. */
  public static PermutationSettings of(int iterations, GroupShuffle shuffle) {
    return new PermutationSettings(iterations, shuffle, Runtime.getRuntime().availableProcessors(), Progress.NONE);
  }
}
