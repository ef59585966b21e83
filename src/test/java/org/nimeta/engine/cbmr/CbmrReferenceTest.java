package org.nimeta.engine.cbmr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.nimeta.engine.MapAssert.assertMapEquals;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nimeta.engine.CoordinateExperiment;
import org.nimeta.engine.RefData;
import org.nimeta.image.Mask;

/**
 * The Poisson CBMR of the pain data at spline spacing 50 against NiMARE main
 * ({@code public/main/cbmr}). NiMARE's one-group fit is at the optimum (its three seeds agree to
 * 3.5e-6), so ours must agree with its maps to {@link #RELATIVE}. Its two-group fits stopped short
 * of the optimum (their log-likelihoods are 1.1e-4 and 1.7e-3 below the maximum), so there the
 * design and the tests are checked at NiMARE's own coefficients, and our fit must beat its
 * log-likelihood.
 */
class CbmrReferenceTest {
  static final double RELATIVE = 1e-4;
  /**
   * z is a difference of log-intensities over a standard error: its error is absolute (3e-6 from
   * the fits' 2.6e-6 agreement in μ), so near z = 0 it is compared to this absolute floor.
   */
  static final double Z_ABSOLUTE = 1e-4;

  private static SplineDesign design;
  private static List<CoordinateExperiment> pain;

  @BeforeAll
  static void design() {
    design = SplineDesign.of(RefData.brainMask(), 50);
    pain = RefData.painExperiments();
  }

  @Test
  void designHasNimaresColumnsAndValues() {
    double[][] beta = CbmrRefData.table("twogroups_spatial_regression_coef.tsv.gz");
    assertEquals(52, beta[0].length);
    assertEquals(beta[0].length, design.columns());
    assertEquals(228483, design.voxels());
    // exp(Xβ) at NiMARE's own β, through our X, is NiMARE's map: X's values are NiMARE's.
    assertMapEquals(CbmrRefData.map("twogroups_spatialIntensity_group-First.nii.gz"),
        PoissonFit.exp(design.times(beta[0])), RELATIVE, "exp(X β_First)");
    assertMapEquals(CbmrRefData.map("twogroups_spatialIntensity_group-Second.nii.gz"),
        PoissonFit.exp(design.times(beta[1])), RELATIVE, "exp(X β_Second)");
  }

  @Test
  void oneGroupMatchesNimare() {
    Mask mask = RefData.brainMask();
    GroupCounts all = GroupCounts.of("Default", pain, mask);
    assertEquals(241, all.totalFoci());
    GroupFit fit = PoissonFit.fit(design, all, 100);
    assertEquals(-2451.5564, fit.logLikelihood(), 1e-4); // CASES.md: NiMARE's ℓ
    assertMapEquals(CbmrRefData.map("onegroup_spatialIntensity_group-Default.nii.gz"), fit.intensity(),
        RELATIVE, "spatialIntensity_group-Default");
    assertMapEquals(CbmrRefData.table("onegroup_spatial_regression_coef.tsv.gz")[0], fit.coefficients(),
        RELATIVE, "spatial_regression_coef");
    assertMapEquals(CbmrRefData.table("onegroup_spatial_regression_coef_se.tsv.gz")[0], fit.coefficientSe(),
        RELATIVE, "spatial_regression_coef_se");
    assertMapEquals(CbmrRefData.inMaskOrder(CbmrRefData.table("onegroup_log_spatial_intensity_se.tsv.gz")[0], mask),
        fit.logIntensitySe(), RELATIVE, "log_spatial_intensity_se");
    double[][] test = GroupTests.homogeneity(fit);
    assertZ(CbmrRefData.map("onegroup_test_z_group-Default.nii.gz"), test[0], "z_group-Default");
    assertP(CbmrRefData.map("onegroup_test_p_group-Default.nii.gz"), test[1], "p_group-Default");
    assertZ(CbmrRefData.map("onegroup_test_logp_group-Default.nii.gz"), test[2], "logp_group-Default");
  }

  @Test
  void twoGroupsReachAHigherOptimumThanNimare() {
    double[][] nimareBeta = CbmrRefData.table("twogroups_spatial_regression_coef.tsv.gz");
    GroupCounts[] groups = twoGroups();
    for (int g = 0; g < 2; g++) {
      GroupFit ours = PoissonFit.fit(design, groups[g], 100);
      double nimare = PoissonFit.logLikelihood(groups[g].fociPerVoxel(), design.times(nimareBeta[g]),
          groups[g].experiments());
      assertTrue(ours.logLikelihood() > nimare + 1e-5, groups[g].name() + ": " + ours.logLikelihood()
          + " not above NiMARE's " + nimare);
      double[] g0 = gradient(ours);
      for (double x : g0) {
        assertEquals(0, x, 1e-8, "gradient at our optimum");
      }
    }
  }

  @Test
  void twoGroupTestsMatchNimareAtItsCoefficients() {
    double[][] beta = CbmrRefData.table("twogroups_spatial_regression_coef.tsv.gz");
    double[][] se = CbmrRefData.table("twogroups_spatial_regression_coef_se.tsv.gz");
    GroupCounts[] groups = twoGroups();
    GroupFit first = GroupFit.of(design, groups[0], beta[0], Double.NaN);
    GroupFit second = GroupFit.of(design, groups[1], beta[1], Double.NaN);
    assertMapEquals(se[0], first.coefficientSe(), RELATIVE, "coef_se First");
    assertMapEquals(se[1], second.coefficientSe(), RELATIVE, "coef_se Second");
    double[][] test = GroupTests.difference(first, second);
    assertZ(CbmrRefData.map("twogroups_compare_z_group-First-Second.nii.gz"), test[0], "z_group-First-Second");
    assertP(CbmrRefData.map("twogroups_compare_p_group-First-Second.nii.gz"), test[1], "p");
    assertZ(CbmrRefData.map("twogroups_compare_logp_group-First-Second.nii.gz"), test[2], "logp");
  }

  /** "half": the first 10 experiments in dataset order are First, the rest Second (CASES.md). */
  private static GroupCounts[] twoGroups() {
    Mask mask = RefData.brainMask();
    return new GroupCounts[] {GroupCounts.of("First", pain.subList(0, 10), mask),
        GroupCounts.of("Second", pain.subList(10, pain.size()), mask)};
  }

  private static double[] gradient(GroupFit fit) {
    double[] r = new double[fit.intensity().length];
    double j = fit.group().experiments();
    for (int m = 0; m < r.length; m++) {
      r[m] = fit.group().fociPerVoxel()[m] - j * fit.intensity()[m];
    }
    return design.transposeTimes(r);
  }

  /** p through its log, since p's relative error is z times z's absolute one: as {@link #assertZ} on ln p. */
  private static void assertP(double[] expected, double[] actual, String what) {
    double[] le = new double[expected.length];
    double[] la = new double[actual.length];
    for (int m = 0; m < le.length; m++) {
      le[m] = Math.log(expected[m]);
      la[m] = Math.log(actual[m]);
    }
    assertZ(le, la, what + " (ln p)");
  }

  private static void assertZ(double[] expected, double[] actual, String what) {
    assertEquals(expected.length, actual.length, what);
    for (int m = 0; m < expected.length; m++) {
      double allowed = Math.max(Z_ABSOLUTE, RELATIVE * Math.abs(expected[m]));
      if (!(Math.abs(expected[m] - actual[m]) <= allowed)) {
        fail(what + " at masked voxel " + m + ": expected " + expected[m] + ", got " + actual[m]);
      }
    }
  }
}
