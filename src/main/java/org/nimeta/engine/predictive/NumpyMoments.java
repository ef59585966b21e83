package org.nimeta.engine.predictive;

import java.util.Arrays;

/**
 * The summary statistics the predictive models were trained with, computed as numpy and scipy do
 * (numpy's pairwise summation, scipy's moments by repeated multiplication), so that each feature
 * is the same double NiMARE hands XGBoost before both round it to float32.
 */
final class NumpyMoments {
  /** numpy's unrolled block: below it a sum is plain, up to {@code BLOCK} it runs 8 accumulators. */
  private static final int BLOCK = 128;

  private NumpyMoments() {}

  /** {@code np.sum}: pairwise summation. */
  static double sum(double[] a) {
    return pairwise(a, 0, a.length);
  }

  private static double pairwise(double[] a, int from, int n) {
    if (n < 8) {
      double res = 0;
      for (int i = 0; i < n; i++) {
        res += a[from + i];
      }
      return res;
    }
    if (n <= BLOCK) {
      double[] r = new double[8];
      System.arraycopy(a, from, r, 0, 8);
      int i = 8;
      for (; i < n - n % 8; i += 8) {
        for (int j = 0; j < 8; j++) {
          r[j] += a[from + i + j];
        }
      }
      double res = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
      for (; i < n; i++) {
        res += a[from + i];
      }
      return res;
    }
    int half = n / 2;
    half -= half % 8;
    return pairwise(a, from, half) + pairwise(a, from + half, n - half);
  }

  static double mean(double[] a) {
    return sum(a) / a.length;
  }

  /** {@code np.std} (population, ddof 0). */
  static double std(double[] a) {
    return Math.sqrt(centralMoment(a, mean(a), 2));
  }

  /** {@code np.median}: the middle value, or the mean of the two middle values. */
  static double median(double[] a) {
    double[] sorted = a.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  static double max(double[] a) {
    return Arrays.stream(a).max().orElseThrow();
  }

  static double min(double[] a) {
    return Arrays.stream(a).min().orElseThrow();
  }

  /** {@code scipy.stats.skew} (biased), with NiMARE's NaN (a constant sample) replaced by 0. */
  static double skew(double[] a) {
    double mean = mean(a);
    double m2 = centralMoment(a, mean, 2);
    return constant(m2, mean) ? 0 : centralMoment(a, mean, 3) / StrictMath.pow(m2, 1.5);
  }

  /** {@code scipy.stats.kurtosis} (biased, Fisher's: normal is 0), NaN replaced by 0. */
  static double kurtosis(double[] a) {
    double mean = mean(a);
    double m2 = centralMoment(a, mean, 2);
    return constant(m2, mean) ? 0 : centralMoment(a, mean, 4) / StrictMath.pow(m2, 2.0) - 3;
  }

  /** scipy's test for a sample too close to constant to have a skew (it returns NaN then). */
  private static boolean constant(double m2, double mean) {
    double eps = Math.ulp(1.0);
    return m2 <= (eps * mean) * (eps * mean);
  }

  /** scipy's {@code _moment}: the powers of 2, 3 and 4 as it multiplies them. */
  private static double centralMoment(double[] a, double mean, int order) {
    double[] s = new double[a.length];
    for (int i = 0; i < a.length; i++) {
      double d = a[i] - mean;
      double d2 = d * d;
      s[i] = switch (order) {
        case 2 -> d2;
        case 3 -> d * d * d;
        case 4 -> d2 * d2;
        default -> throw new IllegalArgumentException("order " + order);
      };
    }
    return mean(s);
  }
}
