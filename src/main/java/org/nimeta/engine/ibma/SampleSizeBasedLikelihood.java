package org.nimeta.engine.ibma;

import java.util.List;
import java.util.Set;
import org.nimeta.engine.EngineRefusal;

/**
 * Random-effects meta-analysis by (restricted) maximum likelihood when only sample sizes are
 * known (NiMARE {@code SampleSizeBasedLikelihood}, PyMARE
 * {@code SampleSizeBasedLikelihoodEstimator}).
 *
 * <p>Model y_i ~ N(μ, σ²/n_i + τ²) with one within-study variance σ². Writing τ² = λσ² and
 * u_i = 1/(λ + 1/n_i), μ̂ = Σ u y / Σ u and S = Σ u (y − μ̂)² for a given λ, σ² has the closed
 * form S/k (ML) or S/(k − 1) (REML), leaving the one-dimensional profile
 * ½ [k ln S + Σ ln(λ + 1/n_i)] (ML) or ½ [(k − 1) ln S + Σ ln(λ + 1/n_i) + ln Σ u] (REML),
 * minimised globally over λ ≥ 0 by {@link ProfileMinimizer} on [min(1/n)·1e-8, max(1/n)·1e8]
 * (a minimum beyond that bound — τ² dominating σ² by 1e8 — is reported at the bound).
 * est = μ̂, se = √(σ²/Σ u), z = est/se, p = 1 − |0.5 − Φ(z)|·2. PyMARE runs scipy's L-BFGS-B
 * on (μ, σ², τ²) instead and may stop short; nimeta's objective is never higher. As in PyMARE,
 * equal sample sizes, or sample sizes whose standard deviation is below a tenth of their mean,
 * are refused. Maps {@code z}, {@code p}, {@code est}, {@code se}, {@code tau2}, {@code sigma2},
 * {@code dof}.
 */
public final class SampleSizeBasedLikelihood extends IbmaEstimator {
  private final LikelihoodMethod method;

  public SampleSizeBasedLikelihood(LikelihoodMethod method) {
    this.method = method;
  }

  public LikelihoodMethod method() {
    return method;
  }

  @Override
  public Set<ImageKind> requiredImages() {
    return Set.of(ImageKind.BETA);
  }

  @Override
  public boolean requiresSampleSizes() {
    return true;
  }

  @Override
  List<String> mapNames() {
    return List.of("z", "p", "est", "se", "tau2", "sigma2");
  }

  @Override
  void checkBlock(StudyBlock block) {
    double[] n = block.sampleSizes;
    double mean = 0;
    for (double x : n) {
      mean += x / n.length;
    }
    double variance = 0;
    for (double x : n) {
      variance += (x - mean) * (x - mean) / n.length;
    }
    double sd = Math.sqrt(variance);
    if (sd < Math.sqrt(Math.ulp(1.0))) {
      throw new EngineRefusal("SampleSizeBasedLikelihood cannot separate the within- and "
          + "between-study variances when every study has the same sample size (" + mean + ").");
    }
    if (sd < mean / 10) {
      throw new EngineRefusal(String.format("SampleSizeBasedLikelihood needs sample sizes "
          + "that differ: their standard deviation (%.4g) is below a tenth of their mean (%.4g), "
          + "which PyMARE refuses as too close to estimate.", sd, mean));
    }
  }

  @Override
  void estimate(StudyBlock block, int from, int to, double[][] maps) {
    int k = block.studyCount();
    double[] y = new double[k];
    for (int j = from; j < to; j++) {
      block.column(ImageKind.BETA, j, y);
      Voxel voxel = new Voxel(y, block.sampleSizes, method);
      double lambda = voxel.fit();
      double sumU = voxel.weights(lambda);
      double mu = voxel.mean(sumU);
      double sigma2 = voxel.residual(mu) / voxel.sigmaDivisor();
      FixedEffects.write(maps, j, mu, Math.sqrt(sigma2 / sumU));
      maps[4][j] = lambda * sigma2;
      maps[5][j] = sigma2;
    }
  }

  /** The negative profile log-likelihood in λ = τ²/σ² of one voxel, up to a constant. */
  static final class Voxel implements ProfileMinimizer.Profile {
    private final double[] y;
    private final double[] inverseN;
    private final double[] u;
    private final LikelihoodMethod method;

    Voxel(double[] y, double[] n, LikelihoodMethod method) {
      this.y = y;
      this.inverseN = new double[n.length];
      for (int s = 0; s < n.length; s++) {
        inverseN[s] = 1 / n[s];
      }
      this.u = new double[y.length];
      this.method = method;
    }

    double fit() {
      double min = Double.POSITIVE_INFINITY;
      double max = 0;
      for (double a : inverseN) {
        min = Math.min(min, a);
        max = Math.max(max, a);
      }
      return ProfileMinimizer.minimize(this, min * 1e-8, max * 1e8);
    }

    /** k for ML, k − 1 for REML: σ̂² = S / divisor. */
    int sigmaDivisor() {
      return method == LikelihoodMethod.REML ? y.length - 1 : y.length;
    }

    /** Fills u = 1/(λ + 1/n); returns Σ u. */
    double weights(double lambda) {
      double sum = 0;
      for (int s = 0; s < y.length; s++) {
        u[s] = 1 / (lambda + inverseN[s]);
        sum += u[s];
      }
      return sum;
    }

    double mean(double sumU) {
      return FixedEffects.weightedMean(u, y, y.length, 1 / sumU);
    }

    /** S = Σ u (y − μ)² for the current weights. */
    double residual(double mu) {
      double s = 0;
      for (int i = 0; i < y.length; i++) {
        double r = y[i] - mu;
        s += u[i] * r * r;
      }
      return s;
    }

    /** PyMARE's objective ½ Σ [ln(σ²/n + τ²) + (y − μ)²/(σ²/n + τ²)] (+ ½ ln Σ w for REML). */
    double negativeLogLikelihood(double mu, double sigma2, double tau2) {
      double nll = 0;
      double sumW = 0;
      for (int s = 0; s < y.length; s++) {
        double var = sigma2 * inverseN[s] + tau2;
        double r = y[s] - mu;
        nll += 0.5 * (StrictMath.log(var) + r * r / var);
        sumW += 1 / var;
      }
      return method == LikelihoodMethod.REML ? nll + 0.5 * StrictMath.log(sumW) : nll;
    }

    @Override
    public double value(double lambda) {
      double sumU = weights(lambda);
      double s = residual(mean(sumU));
      double logTerms = 0;
      for (double a : inverseN) {
        logTerms += StrictMath.log(lambda + a);
      }
      double value = 0.5 * (sigmaDivisor() * StrictMath.log(s) + logTerms);
      return method == LikelihoodMethod.REML ? value + 0.5 * StrictMath.log(sumU) : value;
    }

    @Override
    public double derivative(double lambda) {
      double sumU = weights(lambda);
      double mu = mean(sumU);
      double s = 0;
      double sumU2R2 = 0;
      double sumU2 = 0;
      for (int i = 0; i < y.length; i++) {
        double r = y[i] - mu;
        s += u[i] * r * r;
        sumU2R2 += u[i] * u[i] * r * r;
        sumU2 += u[i] * u[i];
      }
      double g = 0.5 * (sumU - sigmaDivisor() * sumU2R2 / s);
      return method == LikelihoodMethod.REML ? g - 0.5 * sumU2 / sumU : g;
    }
  }
}
