package org.nimeta.compile;

import java.util.List;
import java.util.Map;
import org.nimeta.data.Dataset;
import org.nimeta.registry.CorrectorDef;
import org.nimeta.registry.EstimatorDef;
import org.nimeta.registry.EstimatorHooks;
import org.nimeta.registry.MapNames;
import org.nimeta.registry.Params;

/**
 * Corrections that cannot find anything because the permutation test under them has too few
 * distinct permutations. One of the permutations always equals the data, so no p can be expected
 * below (number of permutations equal to the data, up to the test's symmetry) / (number of
 * distinct permutations), however many iterations are drawn. Each estimator with a permutation
 * test declares that bound ({@link EstimatorDef#permutationFloor()}); when it is not below the
 * correction's alpha, or than the alpha of a {@code write} that cuts its maps, W0108 says so.
 */
final class PermutationLimits {
  private PermutationLimits() {}

  /**
   * @param target   the estimate {@code c} corrects, or null when none was checked (already reported)
   * @param datasets the checked datasets by step name; {@code images} has checked the image estimates
   * @param steps    the plan's steps: its writes' {@code alpha} levels are checked too
   */
  static void check(CompileContext cx, Step.Correct c, Step.Estimate target, Map<String, Dataset> datasets,
      ImageDataChecker images, List<Step> steps) {
    if (target == null) {
      return;
    }
    EstimatorDef def = (EstimatorDef) cx.registry.find(target.estimator());
    CorrectorDef corrector = (CorrectorDef) cx.registry.find(c.corrector());
    EstimatorHooks.Estimate estimate = new EstimatorHooks.Estimate(target.name(), target.params(),
        target.datasets().stream().map(datasets::get).toList(), images.experimentsUsed(target.name()));
    EstimatorHooks.Floor floor = def.permutationFloor().of(corrector.correction(c.params()), estimate);
    if (floor == null) {
      return;
    }
    double alpha = Params.ALPHA.of(c.params());
    if (floor.smallestP() >= alpha) {
      cx.report(CorrectionProblems.tooFewPermutations(cx.spanOfStep(c.name()), floor.why(), floor.smallestP(), alpha));
    }
    // Each write that cuts the correction's maps at another level is checked at that level too.
    List<String> correctionMaps = MapNames.ofCorrection(def, c.corrector(), corrector.correction(c.params()).method(),
        MapNames.ofEstimate(def, target.params()), c.params());
    for (Step.WriteOutput w : Step.only(Step.WriteOutput.class, steps)) {
      Double cut = w.selection().alpha();
      boolean cutsThis = w.target().equals(c.target()) && w.selection().thresholds().stream()
          .anyMatch(t -> t.correctedP() != null && correctionMaps.contains(t.correctedP()));
      if (cutsThis && cut != alpha && floor.smallestP() >= cut) {
        cx.report(CorrectionProblems.atWriteLevel(
            CorrectionProblems.tooFewPermutations(w.origin(), floor.why(), floor.smallestP(), cut),
            cx.spanOfStep(c.name()), c.corrector() + "(method = " + corrector.correction(c.params()).method() + ")"));
      }
    }
  }
}
