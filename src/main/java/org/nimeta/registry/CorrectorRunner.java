package org.nimeta.registry;

import java.util.Map;
import org.nimeta.engine.MetaResult;

/** Runs one correction on an estimator's result, returning the corrected maps only. */
@FunctionalInterface
public interface CorrectorRunner {
  MetaResult correct(EstimatorInput estimate, MetaResult result, Map<String, Value> params, long seed);
}
