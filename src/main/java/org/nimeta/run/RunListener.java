package org.nimeta.run;

import org.nimeta.compile.Step;

/**
 * Told about each step as a plan runs (progress display, logs). Steps may run in parallel, so
 * implementations must be thread-safe.
 */
public interface RunListener {
  default void started(Step step) {}

  /** {@code done} of {@code total} units of the step's work are finished. */
  default void progress(Step step, long done, long total) {}

  default void finished(Step step) {}

  RunListener NONE = new RunListener() {};
}
