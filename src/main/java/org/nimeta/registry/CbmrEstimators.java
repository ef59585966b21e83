package org.nimeta.registry;

import java.util.List;
import org.nimeta.engine.CoordinateExperiment;
import org.nimeta.engine.MetaResult;
import org.nimeta.engine.cbmr.Cbmr;
import org.nimeta.engine.cbmr.PoissonFit;

/** Coordinate-based meta-regression (NiMARE main's {@code nimare.meta.cbmr}). */
final class CbmrEstimators {
  private CbmrEstimators() {}

  static final Param<Integer> SPLINE_SPACING = Param.integer("spline_spacing",
      new ParamType.Number(true, 5.0, true, 200.0, true), 10,
      "Knot spacing of the cubic B-splines in voxels, the same along x, y and z (NiMARE's default 10). "
          + "Below 5 the design has tens of thousands of coefficients.");
  static final Param<Integer> N_ITER = Param.integer("n_iter", ParamType.Number.atLeast(1), 2000,
      "Most Newton steps of the fit (NiMARE's name; it bounds L-BFGS steps there). The fit usually "
          + "converges in 10 to 20.");
  static final Param<Double> TOL = Param.number("tol", ParamType.Number.positive(), PoissonFit.DEFAULT_TOL,
      "The fit stops when the gain in log-likelihood the next Newton step predicts is below this.");

  static List<Definition> definitions() {
    return List.of(
        EstimatorDef.builder("CBMR").coordinates()
            .params(SPLINE_SPACING, N_ITER, TOL)
            .outputs(Cbmr.maps().toArray(new String[0]))
            .doc("Coordinate-based meta-regression with the Poisson model: the foci's spatial intensity "
                + "as exp of a tensor-product cubic B-spline, fitted by maximum likelihood, and its "
                + "spatial homogeneity test (NiMARE's CBMREstimator with test_groups()).")
            .citation(Citations.NIMARE)
            .runner(CbmrEstimators::run)
            .build());
  }

  private static MetaResult run(EstimatorInput in) {
    List<CoordinateExperiment> experiments = CoordinateExperiment.listFrom(in.datasets().get(0), in.mask());
    return Cbmr.fit(experiments, in.mask(), in.get(SPLINE_SPACING), in.get(N_ITER), in.get(TOL));
  }
}
