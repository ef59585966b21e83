package org.nimeta.engine.cbmr;

import java.util.List;
import org.nimeta.engine.CoordinateExperiment;
import org.nimeta.engine.MetaResult;
import org.nimeta.image.Mask;

/**
 * One-group Poisson coordinate-based meta-regression (NiMARE main's {@code CBMREstimator} with
 * {@code PoissonEstimator}, then {@code result.test_groups()}): the fitted spatial intensity,
 * its spatial homogeneity test, and NiMARE's coefficient and standard-error tables.
 */
public final class Cbmr {
  /** NiMARE's name of the group when there are no group categories. */
  public static final String DEFAULT_GROUP = "Default";

  private Cbmr() {}

  /** The maps it writes, in order. */
  public static List<String> maps() {
    String g = "_group-" + DEFAULT_GROUP;
    return List.of("spatialIntensity" + g, "z" + g, "p" + g, "logp" + g);
  }

  /**
   * Fits the experiments as one group over a design with knots {@code spacing} voxels apart;
   * at most {@code maxIter} Newton steps, stopping when the predicted gain in ℓ is below
   * {@code tol}.
   */
  public static MetaResult fit(List<CoordinateExperiment> experiments, Mask mask, int spacing, int maxIter, double tol) {
    SplineDesign design = SplineDesign.of(mask, spacing);
    GroupFit fit = PoissonFit.fit(design, GroupCounts.of(DEFAULT_GROUP, experiments, mask), maxIter, tol);
    double[][] test = GroupTests.homogeneity(fit);
    List<String> names = maps();
    MetaResult r = new MetaResult(mask);
    r.put(names.get(0), fit.intensity());
    for (int t = 0; t < 3; t++) {
      r.put(names.get(t + 1), test[t]);
    }
    r.putTable("spatial_regression_coef", fit.coefficients());
    r.putTable("spatial_regression_coef_se", fit.coefficientSe());
    r.putTable("log_spatial_intensity_se", fit.logIntensitySe());
    r.putTable("spatial_intensity_se", fit.intensitySe());
    return r;
  }
}
