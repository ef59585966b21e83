package org.nimeta.engine;

/**
 * Told how much of a long computation (permutations, Monte Carlo iterations) is done, for a
 * progress bar.
 *
 * <p>Thread safety. The engine calls one {@code Progress} from its worker threads, not from the
 * thread that started the work, but one call at a time ({@link ParallelIterations} serialises
 * them), with {@code done} increasing and the last call {@code done == total}. So an
 * implementation needs no lock of its own for that one computation, but must be safe to call
 * from any thread, and must synchronise whatever it shares with other work (a listener that
 * several steps running in parallel report to). Keep it quick: the workers wait while it runs.
 */
@FunctionalInterface
public interface Progress {
  /** Reports nothing. */
  Progress NONE = (done, total) -> { };

  /**
   * @param done  units of work finished so far
   * @param total units of work in all
   */
  void update(long done, long total);
}
