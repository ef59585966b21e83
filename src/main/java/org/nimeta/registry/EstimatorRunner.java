package org.nimeta.registry;

import org.nimeta.engine.MetaResult;

/** Runs one estimator on the engine. */
@FunctionalInterface
public interface EstimatorRunner {
  MetaResult run(EstimatorInput input);
}
