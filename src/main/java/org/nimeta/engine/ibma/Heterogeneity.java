package org.nimeta.engine.ibma;

import java.util.List;
import java.util.Set;
import org.apache.commons.math3.special.Gamma;
import org.nimeta.engine.MetaResult;

/**
 * Between-study heterogeneity of beta and varcope images, per voxel, as PyMARE's
 * {@code get_heterogeneity_stats} for an intercept-only model: with fixed-effects weights
 * w_i = 1/v_i (as DerSimonian and Laird's estimator), μ = Σ w y / Σ w,
 * <ul>
 *   <li>{@code q}: Cochran's Q = Σ w (y − μ)² (Cochran 1954), on k − 1 degrees of freedom;</li>
 *   <li>{@code logp_desc-q}: −log10 of its p under homogeneity, P(χ²_{k−1} > Q) (NiMARE's
 *       {@code logp}; far in the tail, where that p underflows, from the incomplete gamma
 *       function's leading asymptotic term, so it stays finite). Not a {@code p_} map: the
 *       generic corrections correct an estimate's {@code p_} maps instead of its {@code p}, and
 *       Q's p is not the estimate's;</li>
 *   <li>{@code i2}: Higgins and Thompson (2002)'s I² = max(0, 100 (Q − (k − 1)) / Q), in percent, as PyMARE;</li>
 *   <li>{@code h}: their H = max(1, √(Q / (k − 1))).</li>
 * </ul>
 * It is an {@link IbmaEstimator} of its own so that it selects the studies and voxels exactly as
 * the random-effects estimators beside which it is written (both need a beta and a varcope).
 * Computed in float64 from the float32 images.
 */
public final class Heterogeneity extends IbmaEstimator {
  public static final String Q = "q";
  public static final String LOGP = "logp_desc-q";
  public static final String I2 = "i2";
  public static final String H = "h";
  /** The maps it adds beside an estimate, in order. */
  public static final List<String> MAPS = List.of(Q, LOGP, I2, H);

  @Override
  public Set<ImageKind> requiredImages() {
    return Set.of(ImageKind.BETA, ImageKind.VARCOPE);
  }

  @Override
  List<String> mapNames() {
    return MAPS;
  }

  /** The four maps of {@code data} with {@code masking}, without the {@code dof} every estimator adds. */
  public MetaResult maps(IbmaData data, Masking masking) {
    MetaResult fitted = fit(data, masking);
    MetaResult out = new MetaResult(fitted.mask());
    MAPS.forEach(name -> out.put(name, fitted.map(name)));
    return out;
  }

  @Override
  void estimate(StudyBlock block, int from, int to, double[][] maps) {
    float[][] v = block.values(ImageKind.VARCOPE);
    int k = block.studyCount();
    double df = k - 1;
    double[] y = new double[k];
    for (int j = from; j < to; j++) {
      block.column(ImageKind.BETA, j, y);
      double q = cochranQ(y, v, j);
      maps[0][j] = q;
      maps[1][j] = logp(q, df);
      maps[2][j] = Math.max(100 * (q - df) / q, 0);
      maps[3][j] = Math.max(Math.sqrt(q / df), 1);
    }
  }

  /** −log10 P(χ²_df > q). */
  static double logp(double q, double df) {
    if (Double.isNaN(q)) {
      return Double.NaN;
    }
    if (q <= 0) {
      return 0;
    }
    double a = df / 2;
    double x = q / 2;
    double sf = Gamma.regularizedGammaQ(a, x);
    if (sf >= Double.MIN_NORMAL) {
      return -StrictMath.log10(sf);
    }
    // Q(a, x) ~ x^(a-1) e^(-x) / Γ(a) for x far above a.
    return -((a - 1) * StrictMath.log(x) - x - Gamma.logGamma(a)) / StrictMath.log(10);
  }

  /** Σ w (y − μ)² with w = 1/v at voxel j. */
  static double cochranQ(double[] y, float[][] v, int j) {
    double sumW = 0;
    double sumWy = 0;
    for (int s = 0; s < y.length; s++) {
      double w = 1.0 / v[s][j];
      sumW += w;
      sumWy += w * y[s];
    }
    double mu = sumWy / sumW;
    double q = 0;
    for (int s = 0; s < y.length; s++) {
      double r = y[s] - mu;
      q += r * r / v[s][j];
    }
    return q;
  }
}
