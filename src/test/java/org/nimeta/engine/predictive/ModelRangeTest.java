package org.nimeta.engine.predictive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nimeta.engine.EngineRefusal;
import org.nimeta.engine.predictive.ModelRange.Limit;
import org.nimeta.engine.predictive.ModelRange.Violation;

/** The counts the cutoff models accept (NiMARE's {@code feature_extraction} checks). */
class ModelRangeTest {
  private static ExperimentCounts counts(double[] subjects, double[] foci) {
    List<String> ids = new ArrayList<>();
    for (int e = 0; e < subjects.length; e++) {
      ids.add("e" + e);
    }
    return new ExperimentCounts(ids, subjects, foci);
  }

  @Test
  void theLimitsThemselvesAreInside() {
    assertEquals(List.of(), ModelRange.violations(counts(new double[] {300, 1}, new double[] {150, 0})));
    double[] subjects = new double[150];
    Arrays.fill(subjects, 10);
    assertEquals(List.of(), ModelRange.violations(counts(subjects, subjects)));
  }

  @Test
  void eachLimitIsReportedWithTheExperimentFurthestOutside() {
    double[] subjects = new double[151];
    double[] foci = new double[151];
    Arrays.fill(subjects, 10);
    Arrays.fill(foci, 5);
    subjects[3] = 301;
    subjects[4] = 420;
    subjects[5] = Double.NaN;
    subjects[6] = 0;
    foci[7] = 151;
    assertEquals(List.of(new Violation(Limit.EXPERIMENTS, null, 151, 150),
        new Violation(Limit.SAMPLE_SIZE, "e5", Double.NaN, 0),
        new Violation(Limit.SUBJECTS, "e4", 420, 300),
        new Violation(Limit.FOCI, "e7", 151, 150)), ModelRange.violations(counts(subjects, foci)));
  }

  @Test
  void aPredictionOutsideIsRefused() {
    EngineRefusal refusal = assertThrows(EngineRefusal.class,
        () -> PredictiveCutoffs.of(counts(new double[] {20, -1}, new double[] {3, 4})));
    assertTrue(refusal.getMessage().contains("experiment `e1` has sample size -1.0"), refusal.getMessage());
  }
}
