package org.nimeta.engine.ibma;

import java.util.List;
import java.util.Set;

/**
 * Random-effects meta-analysis by (restricted) maximum likelihood with known sampling variances
 * (NiMARE {@code VarianceBasedLikelihood}, PyMARE {@code VarianceBasedLikelihoodEstimator}).
 *
 * <p>Model y_i ~ N(μ, v_i + τ²). With w_i = 1/(v_i + τ²) and μ̂(τ²) = Σ w y / Σ w, the profile
 * negative log-likelihood is ½ Σ [ln(v_i + τ²) + w_i (y_i − μ̂)²] (REML adds ½ ln Σ w); its
 * global minimum over τ² ≥ 0 is found by {@link ProfileMinimizer} on [min v · 1e-8, range(y)²]
 * (beyond range(y)² the ML score is provably positive; for REML the bound is doubled until it
 * is). est = μ̂, se = 1/√(Σ w), z = est/se, p = 1 − |0.5 − Φ(z)|·2. PyMARE instead runs scipy's
 * L-BFGS-B from the DerSimonian–Laird estimate, which can stop early or in a worse local minimum;
 * nimeta's objective is never higher. Maps {@code z}, {@code p}, {@code est}, {@code se},
 * {@code tau2}, {@code dof}.
 */
public final class VarianceBasedLikelihood extends IbmaEstimator {
  private final LikelihoodMethod method;

  public VarianceBasedLikelihood(LikelihoodMethod method) {
    this.method = method;
  }

  public LikelihoodMethod method() {
    return method;
  }

  @Override
  public Set<ImageKind> requiredImages() {
    return Set.of(ImageKind.BETA, ImageKind.VARCOPE);
  }

  @Override
  List<String> mapNames() {
    return List.of("z", "p", "est", "se", "tau2");
  }

  @Override
  void estimate(StudyBlock block, int from, int to, double[][] maps) {
    int k = block.studyCount();
    double[] y = new double[k];
    double[] v = new double[k];
    for (int j = from; j < to; j++) {
      block.column(ImageKind.BETA, j, y);
      block.column(ImageKind.VARCOPE, j, v);
      Voxel voxel = new Voxel(y, v, method);
      double tau2 = voxel.fit();
      double sumW = voxel.weights(tau2);
      FixedEffects.write(maps, j, voxel.mean(sumW), Math.sqrt(1 / sumW));
      maps[4][j] = tau2;
    }
  }

  /** The negative profile log-likelihood of one voxel, up to a constant. */
  static final class Voxel implements ProfileMinimizer.Profile {
    private final double[] y;
    private final double[] v;
    private final double[] w;
    private final LikelihoodMethod method;

    Voxel(double[] y, double[] v, LikelihoodMethod method) {
      this.y = y;
      this.v = v;
      this.w = new double[y.length];
      this.method = method;
    }

    double fit() {
      double minV = Double.POSITIVE_INFINITY;
      double minY = Double.POSITIVE_INFINITY;
      double maxY = Double.NEGATIVE_INFINITY;
      for (int s = 0; s < y.length; s++) {
        minV = Math.min(minV, v[s]);
        minY = Math.min(minY, y[s]);
        maxY = Math.max(maxY, y[s]);
      }
      double lo = minV * 1e-8;
      double hi = (maxY - minY) * (maxY - minY);
      for (int doubling = 0; doubling < 60 && hi > lo && derivative(hi) < 0; doubling++) {
        hi *= 2;
      }
      return ProfileMinimizer.minimize(this, lo, hi);
    }

    /** Fills w = 1/(v + tau2); returns Σ w. */
    double weights(double tau2) {
      double sum = 0;
      for (int s = 0; s < y.length; s++) {
        w[s] = 1 / (v[s] + tau2);
        sum += w[s];
      }
      return sum;
    }

    /** μ̂ = Σ w y / Σ w for the current weights. */
    double mean(double sumW) {
      return FixedEffects.weightedMean(w, y, y.length, 1 / sumW);
    }

    /** The negative log-likelihood at (μ, τ²) — PyMARE's objective without its constant. */
    double negativeLogLikelihood(double mu, double tau2) {
      double sumW = weights(tau2);
      double nll = 0;
      for (int s = 0; s < y.length; s++) {
        double r = y[s] - mu;
        nll += 0.5 * (StrictMath.log(v[s] + tau2) + w[s] * r * r);
      }
      return method == LikelihoodMethod.REML ? nll + 0.5 * StrictMath.log(sumW) : nll;
    }

    @Override
    public double value(double tau2) {
      return negativeLogLikelihood(mean(weights(tau2)), tau2);
    }

    @Override
    public double derivative(double tau2) {
      double sumW = weights(tau2);
      double mu = mean(sumW);
      double g = 0;
      double sumW2 = 0;
      for (int s = 0; s < y.length; s++) {
        double r = y[s] - mu;
        g += 0.5 * (w[s] - w[s] * w[s] * r * r);
        sumW2 += w[s] * w[s];
      }
      return method == LikelihoodMethod.REML ? g - 0.5 * sumW2 / sumW : g;
    }
  }
}
