package org.nimeta.bench;

import java.util.List;
import org.nimeta.engine.CoordinateExperiment;
import org.nimeta.engine.MetaResult;
import org.nimeta.engine.cbma.Ale;
import org.nimeta.engine.kernel.AleKernel;
import org.nimeta.engine.predictive.PredictiveCutoffs;
import org.nimeta.engine.predictive.PredictiveFwe;
import org.nimeta.image.Mask;

/**
 * The row of {@code FWE(method = predictive)} on an ALE: the models' prediction alone, and the
 * prediction with the six corrected maps, in milliseconds, next to NiMARE main's wall time for its
 * {@code FWECorrector(method="predictive")} on the pain data (0.57 s, the reference case).
 */
final class PredictiveBench {
  /** NiMARE main's {@code correct_fwe_predictive} on the pain data, one core (refdata {@code predictive/case.json}). */
  static final double NIMARE_MAIN_SECONDS = 0.57;

  private PredictiveBench() {}

  static String line(List<CoordinateExperiment> experiments, Mask mask, int threads) {
    MetaResult ale = Ale.fit(experiments, AleKernel.fromSampleSizes(), mask, threads);
    double predict = Stopwatch.best(5, () -> PredictiveCutoffs.of(experiments));
    double correct = Stopwatch.best(5, () -> PredictiveFwe.correct(ale, experiments));
    return String.format("ALE FWE predictive: cutoffs %.2f ms, with the six maps %.1f ms (NiMARE main: %.2f s)",
        predict * 1e3, correct * 1e3, NIMARE_MAIN_SECONDS);
  }
}
