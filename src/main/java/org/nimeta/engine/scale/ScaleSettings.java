package org.nimeta.engine.scale;

import org.nimeta.engine.EngineRefusal;
import org.nimeta.engine.Progress;

/**
 * How to run SCALE's null.
 *
 * @param iterations number of null iterations (NiMARE's {@code n_iters}), at least 1
 * @param relocation where each iteration's relocated foci come from
 * @param threads    worker threads, at least 1; results do not depend on it
 * @param progress   told {@code (done, iterations)} as iterations finish
 */
public record ScaleSettings(int iterations, FociRelocation relocation, int threads, Progress progress) {

  public ScaleSettings {
    if (iterations < 1) {
      throw new EngineRefusal("`n_iters` must be at least 1, got " + iterations + ".");
    }
    if (threads < 1) {
      throw new IllegalArgumentException("The number of threads must be at least 1, got " + threads + ".");
    }
    if (relocation == null || progress == null) {
      throw new IllegalArgumentException("a relocation stream and a progress listener are required");
    }
  }

  /** All available processors, no progress reporting. */
  public static ScaleSettings of(int iterations, FociRelocation relocation) {
    return new ScaleSettings(iterations, relocation, Runtime.getRuntime().availableProcessors(), Progress.NONE);
  }
}
