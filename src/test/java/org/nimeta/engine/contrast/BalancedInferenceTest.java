package org.nimeta.engine.contrast;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.nimeta.engine.stats.PToZ;

/** The p/z rule of NiMARE main's balanced subtraction, and numpy's percentile. */
class BalancedInferenceTest {

  @Test
  void percentileIsNumpysLinearOne() {
    // numpy.percentile([4, 1, 3, 2], 97.5) = 3.925; numpy.percentile(range(10), 2.5) = 0.225
    assertEquals(3.925, BalancedInference.percentile(new double[] {4, 1, 3, 2}, 97.5), 1e-15);
    assertEquals(0.225, BalancedInference.percentile(new double[] {9, 8, 7, 6, 5, 4, 3, 2, 1, 0}, 2.5), 1e-15);
    assertEquals(5.0, BalancedInference.percentile(new double[] {5}, 95));
  }

  @Test
  void onlyVoxelsBeyondTheExtremaThresholdsAreTested() {
    double[] maxNull = {0.1, 0.2, 0.3, 0.4};
    double[] minNull = {-0.4, -0.3, -0.2, -0.1};
    // thresholds at alpha 0.5: high = percentile(max, 75) = 0.325, low = percentile(min, 25) = -0.325
    double[] observed = {0.5, 0.35, 0.3, 0.0, -0.31, -0.35, -1.0};
    BalancedInference.Maps r = BalancedInference.of(observed, minNull, maxNull, 0.5);
    assertArrayEquals(new double[] {0.25, 0.25, 1, 1, 1, 0.25, 0.25}, r.p(), 1e-15);
    assertEquals(PToZ.oneTailed(0.25), r.z()[0], 1e-15);
    assertEquals(-PToZ.oneTailed(0.25), r.z()[6], 1e-15);
    assertEquals(0.0, r.z()[2]);
    assertEquals(-Math.log10(0.25), r.logp()[1], 1e-15);
    assertEquals(0.0, r.logp()[3]);
  }

  @Test
  void pCountsTheNullAtOrBeyondTheValue() {
    double[] maxNull = {0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0};
    double[] minNull = {-0.1, -0.1, -0.1, -0.1, -0.1, -0.1, -0.1, -0.1, -0.1, -0.1};
    BalancedInference.Maps r = BalancedInference.of(new double[] {0.985, 2.0}, minNull, maxNull, 0.05);
    assertEquals(0.1, r.p()[0], 1e-15); // only 1.0 >= 0.985
    assertEquals(0.1, r.p()[1], 1e-15); // none: floored at 1/n
  }
}
