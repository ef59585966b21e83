package org.nimeta.compile;

import java.util.Map;
import org.nimeta.data.Dataset;
import org.nimeta.registry.CorrectorDef;
import org.nimeta.registry.EstimatorDef;
import org.nimeta.registry.EstimatorHooks;
import org.nimeta.registry.Params;

/**
 * Corrections that cannot find anything because the permutation test under them has too few
 * distinct permutations. One of the permutations always equals the data, so no p can be expected
 * below (number of permutations equal to the data, up to the test's symmetry) / (number of
 * distinct permutations), however many iterations are drawn. Each estimator with a permutation
 * test declares that bound ({@link EstimatorDef#permutationFloor()}); when it is not below the
 * correction's alpha, W0108 says so.
 */
final class PermutationLimits {
  private PermutationLimits() {}

  /**
   * @param target   the estimate {@code c} corrects, or null when none was checked (already reported)
   * @param datasets the checked datasets by step name; {@code images} has checked the image estimates
   */
  static void check(CompileContext cx, Step.Correct c, Step.Estimate target, Map<String, Dataset> datasets,
      ImageDataChecker images) {
    if (target == null) {
      return;
    }
    EstimatorDef def = (EstimatorDef) cx.registry.find(target.estimator());
    CorrectorDef corrector = (CorrectorDef) cx.registry.find(c.corrector());
    EstimatorHooks.Estimate estimate = new EstimatorHooks.Estimate(target.name(), target.params(),
        target.datasets().stream().map(datasets::get).toList(), images.experimentsUsed(target.name()));
    EstimatorHooks.Floor floor = def.permutationFloor().of(corrector.correction(c.params()), estimate);
    double alpha = Params.ALPHA.of(c.params());
    if (floor == null || floor.smallestP() < alpha) {
      return;
    }
    cx.report(CorrectionProblems.tooFewPermutations(cx.spanOfStep(c.name()), floor.why(), floor.smallestP(), alpha));
  }
}
