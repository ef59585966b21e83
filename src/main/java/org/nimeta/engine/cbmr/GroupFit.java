package org.nimeta.engine.cbmr;

import org.ejml.data.DMatrixRMaj;

/**
 * One group's fitted spatial model and its standard errors, NiMARE's
 * {@code standard_error_estimation}: the covariance of β is the inverse of the Fisher information
 * {@code J X'diag(μ)X}, the variance of log μ at a voxel is {@code x_v' Cov x_v} (delta method)
 * and the standard error of μ is {@code μ · se(log μ)}.
 *
 * @param group          the counts fitted
 * @param coefficients   β, one per spline column
 * @param intensity      μ = exp(Xβ) per voxel: NiMARE's {@code spatialIntensity_group-<G>}
 * @param covariance     Cov(β), p x p
 * @param coefficientSe  sqrt(diag Cov(β))
 * @param logIntensitySe se(log μ) per voxel
 * @param logLikelihood  ℓ at β
 */
public record GroupFit(GroupCounts group, double[] coefficients, double[] intensity,
    DMatrixRMaj covariance, double[] coefficientSe, double[] logIntensitySe, double logLikelihood) {

  static GroupFit of(SplineDesign design, GroupCounts group, double[] beta, double ll) {
    double[] mu = PoissonFit.exp(design.times(beta));
    double j = group.experiments();
    double[] w = new double[mu.length];
    for (int m = 0; m < mu.length; m++) {
      w[m] = j * mu[m];
    }
    DMatrixRMaj cov = PoissonFit.inverse(design.weightedGram(w), group.name());
    double[] se = new double[beta.length];
    for (int c = 0; c < se.length; c++) {
      se[c] = StrictMath.sqrt(cov.get(c, c));
    }
    double[] logSe = design.quadraticDiagonal(cov);
    for (int m = 0; m < logSe.length; m++) {
      logSe[m] = StrictMath.sqrt(logSe[m]);
    }
    return new GroupFit(group, beta, mu, cov, se, logSe, ll);
  }

  /** se(μ) per voxel: NiMARE's {@code spatial_intensity_se}. */
  public double[] intensitySe() {
    double[] out = new double[intensity.length];
    for (int m = 0; m < out.length; m++) {
      out[m] = intensity[m] * logIntensitySe[m];
    }
    return out;
  }
}
