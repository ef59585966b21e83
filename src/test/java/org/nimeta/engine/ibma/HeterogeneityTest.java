package org.nimeta.engine.ibma;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nimeta.engine.MetaResult;

/** Cochran's Q, I² and H on data small enough to work out by hand. */
class HeterogeneityTest {
  /**
   * y = (1, 2, 4), v = (1, 1, 2): w = (1, 1, ½), μ = (1 + 2 + 2) / 2.5 = 2, Q = 1 + 0 + ½ · 4 = 3 on
   * 2 degrees of freedom: P(χ²₂ > 3) = e^(−3/2), I² = 100 (3 − 2) / 3 = 33.3 %, H = √(3/2).
   */
  @Test
  void threeStudiesByHand() {
    MetaResult maps = new Heterogeneity().maps(data(new float[] {1, 2, 4}, new float[] {1, 1, 2}), Masking.AGGRESSIVE);
    assertEquals(Heterogeneity.MAPS, List.copyOf(maps.mapNames()));
    assertEquals(3, maps.map(Heterogeneity.Q)[0], 1e-12);
    assertEquals(1.5 / Math.log(10), maps.map(Heterogeneity.LOGP)[0], 1e-12);
    assertEquals(100.0 / 3, maps.map(Heterogeneity.I2)[0], 1e-12);
    assertEquals(Math.sqrt(1.5), maps.map(Heterogeneity.H)[0], 1e-12);
  }

  /** Q below its degrees of freedom: I² is 0 and H is 1, not negative or below 1. */
  @Test
  void lessSpreadThanSamplingErrorIsNoHeterogeneity() {
    MetaResult maps = new Heterogeneity().maps(data(new float[] {1, 1.5f, 2}, new float[] {1, 1, 1}), Masking.AGGRESSIVE);
    assertEquals(0.5, maps.map(Heterogeneity.Q)[0], 1e-12);
    assertEquals(0, maps.map(Heterogeneity.I2)[0]);
    assertEquals(1, maps.map(Heterogeneity.H)[0]);
  }

  /** Far in the tail, where the χ² p underflows, −log10 p stays finite and keeps growing. */
  @Test
  void logpStaysFiniteInTheFarTail() {
    double near = Heterogeneity.logp(3000, 2);
    double far = Heterogeneity.logp(4000, 2);
    assertTrue(Double.isFinite(far) && far > near, near + " then " + far);
    assertEquals(3000 / 2 / Math.log(10), near, 1e-9); // df 2: p = e^(−Q/2) exactly
    assertEquals(4000 / 2 / Math.log(10), far, 1e-9);
  }

  private static IbmaData data(float[] beta, float[] varcope) {
    List<IbmaStudy> studies = new java.util.ArrayList<>();
    for (int s = 0; s < beta.length; s++) {
      studies.add(VoxelSelectionTest.study("s" + s, new float[] {beta[s]}, new float[] {varcope[s]}, 20));
    }
    return new IbmaData(VoxelSelectionTest.lineMask(1), studies);
  }
}
