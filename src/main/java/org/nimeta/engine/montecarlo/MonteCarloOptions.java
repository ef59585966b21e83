package org.nimeta.engine.montecarlo;

import org.nimeta.engine.EngineRefusal;

/**
 * How to run a Monte Carlo procedure.
 *
 * @param iterations number of random datasets, at least 1
 * @param seed       the seed every iteration's random stream derives from (with the iteration
 *                   number); the result does not depend on {@code threads}
 * @param threads    worker threads, at least 1
 * @param checkpoints where finished iterations are kept and found again; {@link Checkpoints#NONE}
 *                    for none
 */
public record MonteCarloOptions(int iterations, long seed, int threads, Checkpoints checkpoints) {

  /** Options that keep no checkpoints. */
  public MonteCarloOptions(int iterations, long seed, int threads) {
    this(iterations, seed, threads, Checkpoints.NONE);
  }

  public MonteCarloOptions {
    if (iterations < 1) {
      throw new EngineRefusal("The number of Monte Carlo iterations `n_iters` must be at "
          + "least 1, not " + iterations + ".");
    }
    if (threads < 1) {
      throw new IllegalArgumentException("The number of threads must be at least 1, not " + threads + ".");
    }
  }
}
