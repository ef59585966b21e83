package org.nimeta.registry;

import org.nimeta.engine.MetaResult;
import org.nimeta.engine.diagnostics.Contributions;
import org.nimeta.engine.diagnostics.TargetClusters;

/** Runs one diagnostic on one tail of a result's clusters. */
@FunctionalInterface
public interface DiagnosticRunner {
  /**
   * @param estimator the estimate's declaration
   * @param estimate  the estimate's input
   * @param result    the estimate's own maps and tables
   * @param group     whose experiments are the rows: 0, or 1 for a contrast's second group
   */
  Contributions run(EstimatorDef estimator, EstimatorInput estimate, MetaResult result, TargetClusters.Tail tail,
      int group);
}
