package org.nimeta.compile;

import java.util.List;
import java.util.Map;
import org.nimeta.data.Dataset;
import org.nimeta.registry.CorrectorDef;
import org.nimeta.registry.EstimatorDef;
import org.nimeta.registry.EstimatorHooks;
import org.nimeta.registry.OwnCorrection;

/**
 * What an estimator's own correction refuses of the data ({@link OwnCorrection#dataCheck()}), asked
 * once the data headers are read: predictive FWE outside its models' range is an error before
 * anything runs, not a failure after the estimate.
 */
final class CorrectionDataChecks {
  private CorrectionDataChecks() {}

  /**
   * @param target   the estimate {@code c} corrects, or null when none was checked (already reported)
   * @param datasets the checked datasets by step name
   */
  static void check(CompileContext cx, Step.Correct c, Step.Estimate target, Map<String, Dataset> datasets) {
    if (target == null || !(cx.registry.find(target.estimator()) instanceof EstimatorDef def)) {
      return;
    }
    CorrectorDef corrector = (CorrectorDef) cx.registry.find(c.corrector());
    OwnCorrection own = def.ownCorrections().get(corrector.correction(c.params()));
    List<Dataset> read = target.datasets().stream().map(datasets::get).toList();
    if (own == null || read.contains(null)) {
      return;
    }
    EstimatorHooks.Finding refused = own.dataCheck().check(read);
    if (refused != null) {
      cx.report(CorrectionProblems.dataOutsideCorrection(cx.spanOfStep(c.name()), refused));
    }
  }
}
