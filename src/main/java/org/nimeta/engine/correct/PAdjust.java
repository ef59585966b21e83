package org.nimeta.engine.correct;

import java.util.Arrays;
import org.nimeta.engine.stats.NumpySum;

/**
 * Voxel-wise p-value adjustments as PyMARE's {@code stats.fdr} and {@code stats.bonferroni}
 * compute them (NiMARE's FDR and Bonferroni correctors). NaN p-values are left out of the count and
 * stay NaN. The outputs are adjusted p-values, not thresholded maps: NiMARE's {@code alpha} does
 * not enter them.
 */
public final class PAdjust {
  private PAdjust() {}

  /**
   * FDR-adjusted p-values. With the m finite p sorted ascending, {@code adj_(i) = p_(i) / f_i} with
   * {@code f_i = i / m} (BH), or {@code f_i = (i / m) / sum_{k=1..m} 1/k} (BY); then the running
   * minimum from the largest down, and values above 1 set to 1. Tied p-values get equal adjusted
   * values, so the tie order of NiMARE's sort does not matter.
   *
   * @param p not modified
   * @return a new array
   */
  public static double[] fdr(double[] p, FdrMethod method) {
    double[] sorted = sortedWithoutNaN(p);
    int m = sorted.length;
    double byFactor = method == FdrMethod.NEGCORR ? harmonicNumber(m) : 1.0;
    double[] adjusted = new double[m];
    for (int i = 0; i < m; i++) {
      double ecdf = (i + 1) / (double) m;
      if (method == FdrMethod.NEGCORR) {
        ecdf /= byFactor;
      }
      adjusted[i] = sorted[i] / ecdf;
    }
    for (int i = m - 2; i >= 0; i--) {
      adjusted[i] = Math.min(adjusted[i], adjusted[i + 1]);
    }
    for (int i = 0; i < m; i++) {
      if (adjusted[i] > 1) {
        adjusted[i] = 1;
      }
    }
    double[] out = new double[p.length];
    for (int v = 0; v < p.length; v++) {
      out[v] = Double.isNaN(p[v]) ? Double.NaN : adjusted[Arrays.binarySearch(sorted, p[v])];
    }
    return out;
  }

  /**
   * Bonferroni: {@code min(p m, 1)} with m the number of non-NaN p-values.
   *
   * @param p not modified
   * @return a new array
   */
  public static double[] bonferroni(double[] p) {
    int m = 0;
    for (double v : p) {
      m += Double.isNaN(v) ? 0 : 1;
    }
    double[] out = new double[p.length];
    for (int v = 0; v < p.length; v++) {
      double adjusted = p[v] * m;
      out[v] = adjusted > 1 ? 1 : adjusted;
    }
    return out;
  }

  /** {@code np.sum(1.0 / np.arange(1, m + 1))}. */
  private static double harmonicNumber(int m) {
    double[] terms = new double[m];
    for (int k = 1; k <= m; k++) {
      terms[k - 1] = 1.0 / k;
    }
    return NumpySum.sum(terms);
  }

  private static double[] sortedWithoutNaN(double[] p) {
    double[] kept = new double[p.length];
    int n = 0;
    for (double v : p) {
      if (!Double.isNaN(v)) {
        kept[n++] = v;
      }
    }
    double[] sorted = Arrays.copyOf(kept, n);
    Arrays.sort(sorted);
    return sorted;
  }
}
