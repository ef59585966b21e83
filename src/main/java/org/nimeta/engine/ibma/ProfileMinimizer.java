package org.nimeta.engine.ibma;

import org.apache.commons.math3.analysis.solvers.BrentSolver;

/**
 * Global minimisation of a one-dimensional profile objective f(x) on x ≥ 0, given its
 * derivative g. IBMA profile likelihoods can have several local minima (e.g. one at τ² = 0 and
 * another far away), so a local optimiser started from a moment estimate — what PyMARE does with
 * scipy's L-BFGS-B — can stop in the wrong basin. Here g is scanned on x = 0 plus a geometric
 * grid over [lo, hi] ({@value #POINTS_PER_DECADE} points per decade); every sign change of g from
 * − to + is refined with Brent's root finder to a relative accuracy of 1e-14, x = 0 is a
 * candidate when g(0) ≥ 0 and hi when g(hi) < 0, and the candidate with the smallest f wins.
 * A minimum closer than one grid step to another of nearly equal depth could be missed; nothing
 * narrower can be resolved below lo, where f is flat to ~1e-8 relative by construction of lo.
 */
final class ProfileMinimizer {
  static final int POINTS_PER_DECADE = 16;
  private static final int MAX_POINTS = 400;

  /** The objective and its derivative. */
  interface Profile {
    double value(double x);

    double derivative(double x);
  }

  private ProfileMinimizer() {}

  /** The global minimiser over {0} ∪ [lo, hi] (lo > 0); NaN when f is NaN everywhere. */
  static double minimize(Profile f, double lo, double hi) {
    double best = Double.NaN;
    double bestValue = Double.POSITIVE_INFINITY;
    double g0 = f.derivative(0);
    if (g0 >= 0) {
      best = 0;
      bestValue = f.value(0);
    }
    if (!(hi > lo)) {
      return g0 >= 0 ? 0 : Double.NaN;
    }
    int points = (int) Math.min(MAX_POINTS, Math.max(2, Math.ceil(StrictMath.log10(hi / lo) * POINTS_PER_DECADE) + 1));
    double ratio = StrictMath.pow(hi / lo, 1.0 / (points - 1));
    double previousX = 0;
    double previousG = g0;
    for (int i = 0; i < points; i++) {
      double x = i == points - 1 ? hi : lo * StrictMath.pow(ratio, i);
      double g = f.derivative(x);
      if (previousG < 0 && g >= 0) {
        double root = refine(f, previousX, x);
        double value = f.value(root);
        if (value < bestValue) {
          best = root;
          bestValue = value;
        }
      }
      previousX = x;
      previousG = g;
    }
    if (previousG < 0) {
      double value = f.value(hi);
      if (value < bestValue) {
        best = hi;
      }
    }
    return best;
  }

  private static double refine(Profile f, double a, double b) {
    if (f.derivative(b) == 0) {
      return b;
    }
    BrentSolver solver = new BrentSolver(1e-14, Math.max(b * 1e-16, Double.MIN_NORMAL));
    return solver.solve(200, f::derivative, a, b);
  }
}
