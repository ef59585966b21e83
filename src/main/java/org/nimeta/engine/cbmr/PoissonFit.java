package org.nimeta.engine.cbmr;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;
import org.nimeta.engine.EngineRefusal;

/**
 * The Poisson CBMR fit of one group without moderators, by Newton's method.
 *
 * <p>The log-likelihood NiMARE maximises ({@code PoissonEstimator._log_likelihood_single_group})
 * is {@code ℓ(β) = y'Xβ − J Σ_v exp(Xβ)_v}, with y the foci per voxel and J the group's
 * experiments. Its gradient is {@code X'(y − Jμ)} and its Hessian {@code −J X'diag(μ)X}: ℓ is
 * concave, so Newton's method with a halving line search reaches the one optimum in a few dozen
 * steps, each a p x p Cholesky solve (p is 52 at spacing 50, about 1,300 at 10). NiMARE reaches
 * the same optimum with torch's L-BFGS; Newton needs no learning rate, stops on the Newton
 * decrement rather than on a change in ℓ, and its last Hessian is the Fisher information the
 * standard errors need anyway.
 */
public final class PoissonFit {
  /**
   * The default stop, NiMARE's {@code tol}: half the Newton decrement (the gain in ℓ the next step
   * predicts) below this. That last step is still taken, so ℓ ends within about tol² of its maximum.
   */
  public static final double DEFAULT_TOL = 1e-9;

  private PoissonFit() {}

  /** Fits one group with the default stop; {@code maxIter} bounds the Newton steps. */
  public static GroupFit fit(SplineDesign design, GroupCounts group, int maxIter) {
    return fit(design, group, maxIter, DEFAULT_TOL);
  }

  /** Fits one group: at most {@code maxIter} Newton steps, until half the Newton decrement is below {@code tol}. */
  public static GroupFit fit(SplineDesign design, GroupCounts group, int maxIter, double tol) {
    double j = group.experiments();
    double[] y = group.fociPerVoxel();
    double total = group.totalFoci();
    if (total == 0) {
      throw new EngineRefusal("group `" + group.name() + "` has no foci inside the mask");
    }
    double[] beta = start(design, StrictMath.log(total / (design.voxels() * j)));
    double[] eta = design.times(beta);
    double ll = logLikelihood(y, eta, j);
    int p = design.columns();
    for (int it = 0; it < maxIter; it++) {
      double[] mu = exp(eta);
      double[] residual = new double[y.length];
      double[] w = new double[y.length];
      for (int m = 0; m < y.length; m++) {
        residual[m] = y[m] - j * mu[m];
        w[m] = j * mu[m];
      }
      DMatrixRMaj h = design.weightedGram(w);
      double[] g = design.transposeTimes(residual);
      double[] step = solve(h, g, group.name());
      double decrement = 0;
      for (int c = 0; c < p; c++) {
        decrement += g[c] * step[c];
      }
      boolean last = decrement / 2 < tol;
      // rounding in the sum over voxels: ℓ may not rise measurably at the optimum
      double slack = 1e-11 * Math.abs(ll);
      double t = 1;
      double[] next = new double[p];
      double[] nextEta;
      double nextLl;
      do {
        for (int c = 0; c < p; c++) {
          next[c] = beta[c] + t * step[c];
        }
        nextEta = design.times(next);
        nextLl = logLikelihood(y, nextEta, j);
        t /= 2;
      } while (!(nextLl >= ll - slack) && t > 1e-10);
      if (!(nextLl >= ll - slack)) {
        break;
      }
      beta = next;
      eta = nextEta;
      ll = nextLl;
      if (last) {
        break;
      }
    }
    return GroupFit.of(design, group, beta, ll);
  }

  /** Least-squares coefficients of the constant log-intensity {@code level}: a start near the optimum's scale. */
  private static double[] start(SplineDesign design, double level) {
    double[] ones = new double[design.voxels()];
    java.util.Arrays.fill(ones, 1);
    double[] target = new double[design.voxels()];
    java.util.Arrays.fill(target, level);
    return solve(design.weightedGram(ones), design.transposeTimes(target), "start");
  }

  static double logLikelihood(double[] y, double[] eta, double j) {
    double dot = 0;
    double sum = 0;
    for (int m = 0; m < y.length; m++) {
      dot += y[m] * eta[m];
      sum += StrictMath.exp(eta[m]);
    }
    return dot - j * sum;
  }

  static double[] exp(double[] eta) {
    double[] out = new double[eta.length];
    for (int m = 0; m < eta.length; m++) {
      out[m] = StrictMath.exp(eta[m]);
    }
    return out;
  }

  static double[] solve(DMatrixRMaj a, double[] b, String what) {
    LinearSolverDense<DMatrixRMaj> chol = LinearSolverFactory_DDRM.chol(a.numRows);
    if (!chol.setA(a.copy())) {
      throw new EngineRefusal("the CBMR design of `" + what + "` is singular");
    }
    DMatrixRMaj x = new DMatrixRMaj(b.length, 1);
    chol.solve(DMatrixRMaj.wrap(b.length, 1, b.clone()), x);
    return x.data;
  }

  /** The inverse of a symmetric positive-definite matrix. */
  static DMatrixRMaj inverse(DMatrixRMaj a, String what) {
    LinearSolverDense<DMatrixRMaj> chol = LinearSolverFactory_DDRM.chol(a.numRows);
    if (!chol.setA(a.copy())) {
      throw new EngineRefusal("the Fisher information of `" + what + "` is singular");
    }
    DMatrixRMaj inv = new DMatrixRMaj(a.numRows, a.numCols);
    chol.invert(inv);
    return inv;
  }
}
