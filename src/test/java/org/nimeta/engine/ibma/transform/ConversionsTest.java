package org.nimeta.engine.ibma.transform;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** NiMARE's conversion formulas on values with closed-form answers. */
class ConversionsTest {
  /** Closed-form references are exact; the t distribution and quantiles are good to ~1e-12. */
  static final double TOL = 1e-10;
  /** Φ⁻¹(0.75): the z whose upper tail is the Cauchy (t, 1 dof) tail at t = 1. */
  static final double Z_QUARTILE = 0.6744897501960817;
  /** Φ̄⁻¹(0.025). */
  static final double Z_975 = 1.959963984540054;

  private static double one(Formula f, double x, double... sampleSizes) {
    return Conversions.apply(f, new double[][] {{x}}, sampleSizes)[0];
  }

  private static double two(Formula f, double a, double b) {
    return Conversions.apply(f, new double[][] {{a}, {b}}, new double[0])[0];
  }

  @Test
  void tToZUsesTheStudentTailAtSampleSizeMinusGroups() {
    // One group of 2: dof 1, the Cauchy distribution, P(T > 1) = 1/4.
    assertEquals(Z_QUARTILE, one(Formula.T_TO_Z, 1, 2), TOL);
    assertEquals(-Z_QUARTILE, one(Formula.T_TO_Z, -1, 2), TOL);
    // Groups of 2 and 1: dof = 3 − 2 = 1 as well.
    assertEquals(Z_QUARTILE, one(Formula.T_TO_Z, 1, 2, 1), TOL);
    // Huge dof: t is already a z.
    assertEquals(2.0, one(Formula.T_TO_Z, 2, 1e9), 1e-6);
  }

  @Test
  void tToZKeepsNimaresQuirks() {
    assertEquals(0, one(Formula.T_TO_Z, 0, 16));
    assertEquals(0, one(Formula.T_TO_Z, Double.NaN, 16), "NaN is in neither of NiMARE's sets");
    // The tail probability is floored at 2^-52, so z saturates at Φ̄⁻¹(2^-52).
    assertEquals(8.125890664701906, one(Formula.T_TO_Z, 1e6, 16), 1e-9);
    assertEquals(-8.125890664701906, one(Formula.T_TO_Z, -1e6, 16), 1e-9);
  }

  @Test
  void zToTInvertsTToZ() {
    assertEquals(1.0, one(Formula.Z_TO_T, Z_QUARTILE, 2), 1e-8);
    assertEquals(-1.0, one(Formula.Z_TO_T, -Z_QUARTILE, 2), 1e-8);
    assertEquals(0, one(Formula.Z_TO_T, Double.NaN, 2));
    for (double t : new double[] {-5, -0.3, 0.7, 3.2}) {
      assertEquals(t, one(Formula.Z_TO_T, one(Formula.T_TO_Z, t, 16), 16), 1e-7);
    }
  }

  @Test
  void pAndZAreTwoTailed() {
    assertEquals(0.05, one(Formula.Z_TO_P, Z_975), 1e-15);
    assertEquals(0.05, one(Formula.Z_TO_P, -Z_975), 1e-15);
    assertEquals(Z_975, one(Formula.P_TO_Z, 0.05), 1e-12);
    assertTrue(Double.isNaN(one(Formula.P_TO_Z, Double.NaN)));
    assertEquals(Double.POSITIVE_INFINITY, one(Formula.P_TO_Z, 0));
  }

  @Test
  void varianceConversions() {
    assertEquals(4, one(Formula.SE_TO_VARCOPE, -2));
    // N = Σn = 25.
    assertEquals(1, one(Formula.SD_TO_VARCOPE, 5, 10, 15), 1e-15);
    assertEquals(2, one(Formula.SAMPLEVAR_TO_VARCOPE, 50, 10, 15), 1e-15);
    assertEquals(4, two(Formula.T_AND_BETA_TO_VARCOPE, 1.5, 3));
    assertTrue(Double.isNaN(two(Formula.T_AND_BETA_TO_VARCOPE, 0, 0)), "0/0, as numpy");
    assertEquals(3, two(Formula.T_AND_VARCOPE_TO_BETA, 1.5, 4));
    assertEquals(23, Conversions.dof(new double[] {10, 15}));
  }

  @Test
  void appliesToEveryVoxelWithoutModifyingTheInput() {
    double[] se = {1, 2, 3};
    assertArrayEquals(new double[] {1, 4, 9}, Conversions.apply(Formula.SE_TO_VARCOPE, new double[][] {se}, new double[0]));
    assertArrayEquals(new double[] {1, 2, 3}, se);
  }

  @Test
  void refusesMissingInputs() {
    assertThrows(IllegalArgumentException.class, () -> Conversions.apply(Formula.T_TO_Z, new double[][] {{1}}, new double[0]));
    assertThrows(IllegalArgumentException.class, () -> Conversions.apply(Formula.T_AND_BETA_TO_VARCOPE, new double[][] {{1}}, new double[0]));
  }
}
