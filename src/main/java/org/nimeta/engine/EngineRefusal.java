package org.nimeta.engine;

/**
 * The engine refusing, on purpose, what a script asked of it: because of the data (too few
 * experiments for a method, an experiment without a usable sample size) or of the arguments (a
 * kernel that does not fit the estimator). The message is a sentence for the user, and a run shows
 * it at the statement that asked for the step. Any other exception from the engine, an
 * {@code IllegalArgumentException} too, is a bug and is reported as one.
 *
 * <p>It is an {@code IllegalArgumentException} because that is what it is to a Java caller of the
 * engine: an argument the method does not accept.
 */
public final class EngineRefusal extends IllegalArgumentException {
  public EngineRefusal(String message) {
    super(message);
  }
}
