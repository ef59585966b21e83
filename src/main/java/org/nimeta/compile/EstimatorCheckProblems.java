package org.nimeta.compile;

import org.nimeta.lang.Diagnostic;
import org.nimeta.lang.ErrorCode;
import org.nimeta.lang.Span;
import org.nimeta.registry.EstimatorHooks;

/** Messages of the checks an estimator's declaration makes of its own parameters and groups. */
final class EstimatorCheckProblems {
  private EstimatorCheckProblems() {}

  /** Parameters the groups cannot satisfy (e.g. a `target_n` above the smaller group). */
  static Diagnostic refusedByGroups(Span at, EstimatorHooks.Finding refused) {
    return Diagnostic.error(ErrorCode.GROUP_TOO_SMALL, at, refused.message()).withHelp(refused.help());
  }

  /** Iterations too few for what the results are read at. */
  static Diagnostic fewIterations(Span at, EstimatorHooks.Finding advice) {
    return Diagnostic.warning(ErrorCode.ITERATION_FLOOR, at, advice.message()).withHelp(advice.help());
  }
}
