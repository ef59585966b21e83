package org.nimeta.engine.montecarlo;

import java.util.Arrays;
import org.apache.commons.math3.special.Beta;
import org.apache.commons.math3.util.CombinatoricsUtils;

/**
 * How far two Monte Carlo estimates of the same null may differ by chance, for comparing ours
 * with NiMARE's.
 *
 * <p>A critical value at level alpha is the order statistic {@code X_(r)}, {@code r = ceil(q n)},
 * {@code q = 1 - alpha}, of n null values. Whatever the distribution F, {@code F(X_(r))} is
 * Beta(r, n - r + 1): mean about q, standard deviation {@code sqrt(q (1 - q) / n)}. F is unknown,
 * so it is estimated by the empirical distribution of N values pooled from NiMARE's runs, which
 * adds variance {@code q (1 - q) / N}. A critical value computed from the same distribution
 * therefore lands, in the pooled distribution, within
 * {@code q +- Z sqrt(q (1 - q) (1/n + 1/N))} except with probability about 6e-5 (Z = 4). For a
 * discrete null (cluster sizes, MKDA's integer statistic) a value covers the probability interval
 * from the fraction strictly below it to the fraction at or below it; the test is that this
 * interval meets the allowed one.
 *
 * <p>For a voxel of a corrected map the question is different: how likely is a correct run of ours
 * to decide its significance differently from NiMARE's (fixed) seed-0 map? Let {@code pi} be the
 * probability that a null value is at or above the voxel's value. A run of n iterations calls the
 * voxel significant ({@code p = K/n <= 0.05}) when K, the number of its null values at or above the
 * value, Binomial(n, pi), is at most {@code floor(0.05 n)}. pi is unknown; given that k of the N
 * pooled NiMARE null values are at or above the value, and a uniform prior, pi is Beta(k + 1,
 * N - k + 1), so K is Beta-binomial. A voxel where our run would disagree with NiMARE's decision with
 * probability above eps is on the knife edge and not compared. (Voxels where NiMARE's seed-0 run
 * itself was unusual are exactly those: their disagreement probability is high.)
 */
final class SamplingBounds {
  /** Standard normal deviates allowed: a correct implementation fails with probability ~6e-5. */
  static final double Z = 4;

  private SamplingBounds() {}

  /** Half-width in probability of the band around q for estimates from n and N values. */
  static double halfWidth(double q, int n, int pooledSize) {
    return Z * Math.sqrt(q * (1 - q) * (1.0 / n + 1.0 / pooledSize));
  }

  /** Fraction of the (sorted) pool strictly below {@code value}. */
  static double fractionBelow(double[] sortedPool, double value) {
    int lo = 0;
    int hi = sortedPool.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sortedPool[mid] < value) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return (double) lo / sortedPool.length;
  }

  /** Fraction of the (sorted) pool at or below {@code value}. */
  static double fractionAtOrBelow(double[] sortedPool, double value) {
    return fractionBelow(sortedPool, Math.nextUp(value));
  }

  /** Whether {@code value}'s probability interval in the pool meets {@code [q - width, q + width]}. */
  static boolean consistent(double[] sortedPool, double value, double q, double width) {
    return fractionAtOrBelow(sortedPool, value) >= q - width && fractionBelow(sortedPool, value) <= q + width;
  }

  /** The pooled values whose probability interval meets {@code [q - width, q + width]}: [lowest, highest]. */
  static double[] valueBand(double[] sortedPool, double q, double width) {
    int n = sortedPool.length;
    int first = (int) Math.max(0, Math.ceil((q - width) * n) - 1);
    int last = (int) Math.min(n - 1, Math.floor((q + width) * n));
    return new double[] {sortedPool[first], sortedPool[last]};
  }

  /**
   * The probability that a run of n iterations decides a voxel's significance at 0.05 differently
   * from {@code nimareSignificant}, when {@code atOrAbove} of the {@code pooled} null values are at
   * or above its value.
   */
  static double disagreement(int atOrAbove, int pooled, int n, boolean nimareSignificant) {
    double alpha = atOrAbove + 1;
    double beta = pooled - atOrAbove + 1;
    int allowed = (int) Math.floor(0.05 * n);
    double significant = 0; // P(K <= allowed), K Beta-binomial(n, alpha, beta)
    double logNorm = Beta.logBeta(alpha, beta);
    for (int x = 0; x <= allowed; x++) {
      significant += Math.exp(CombinatoricsUtils.binomialCoefficientLog(n, x)
          + Beta.logBeta(x + alpha, n - x + beta) - logNorm);
    }
    return nimareSignificant ? 1 - significant : significant;
  }

  /**
   * Two-sample Kolmogorov-Smirnov distance between two sorted samples: the largest gap between
   * their empirical distribution functions.
   */
  static double ksDistance(double[] a, double[] b) {
    double[] all = new double[a.length + b.length];
    System.arraycopy(a, 0, all, 0, a.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    Arrays.sort(all);
    double d = 0;
    for (double x : all) {
      d = Math.max(d, Math.abs(fractionAtOrBelow(a, x) - fractionAtOrBelow(b, x)));
    }
    return d;
  }

  /**
   * The KS distance two samples of sizes n and m from one distribution exceed with probability at
   * most alpha (asymptotic, {@code sqrt(-ln(alpha / 2) / 2) sqrt((n + m) / (n m))}); conservative
   * for discrete distributions.
   */
  static double ksCritical(double alpha, int n, int m) {
    return Math.sqrt(-Math.log(alpha / 2) / 2) * Math.sqrt((double) (n + m) / ((double) n * m));
  }
}
