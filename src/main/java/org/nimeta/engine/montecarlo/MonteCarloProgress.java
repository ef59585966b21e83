package org.nimeta.engine.montecarlo;

/**
 * Told how many Monte Carlo iterations are done. Called from worker threads, one call at a time,
 * with {@code done} increasing (not necessarily by one); the last call has {@code done == total}.
 * Keep it quick: the workers wait while it runs.
 */
@FunctionalInterface
public interface MonteCarloProgress {
  /** Reports nothing. */
  MonteCarloProgress NONE = (done, total) -> { };

  void update(int done, int total);
}
