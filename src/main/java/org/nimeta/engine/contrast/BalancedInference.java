package org.nimeta.engine.contrast;

import java.util.Arrays;
import org.nimeta.engine.stats.PToZ;

/**
 * The p, z and logp maps of a balanced difference from the null's per-iteration minima and
 * maxima, as NiMARE main's {@code BalancedALESubtraction._fit} ends. Only voxels beyond the
 * extrema thresholds ({@code percentile(min_null, 100 alpha/2)} and {@code percentile(max_null,
 * 100 (1 - alpha/2)}) are tested: above the upper one {@code p = max(1/n, mean(max_null >= d))},
 * {@code z = Φ̄⁻¹(p)}; below the lower one {@code p = max(1/n, mean(min_null <= d))}, {@code z =
 * -Φ̄⁻¹(p)}; everywhere else p = 1 and z = 0. {@code logp = -log10 p}.
 */
public final class BalancedInference {
  private BalancedInference() {}

  /** The three maps, one value per mask voxel each. */
  public record Maps(double[] p, double[] z, double[] logp) {}

  /**
   * @param observed the balanced difference, one value per mask voxel. Not modified.
   * @param minNull  per null iteration, the smallest difference over the prior. Not modified.
   * @param maxNull  per null iteration, the largest. Not modified.
   */
  public static Maps of(double[] observed, double[] minNull, double[] maxNull, double alpha) {
    int n = maxNull.length;
    double halfAlpha = alpha / 2.0;
    double low = percentile(minNull, 100.0 * halfAlpha);
    double high = percentile(maxNull, 100.0 * (1.0 - halfAlpha));
    double smallest = 1.0 / n;
    double[] p = new double[observed.length];
    double[] z = new double[observed.length];
    double[] logp = new double[observed.length];
    Arrays.fill(p, 1.0);
    for (int m = 0; m < observed.length; m++) {
      double d = observed[m];
      if (d > high) {
        int atLeast = 0;
        for (double v : maxNull) {
          if (v >= d) {
            atLeast++;
          }
        }
        p[m] = Math.max(smallest, atLeast / (double) n);
        z[m] = PToZ.oneTailed(p[m]);
      }
      if (d < low) {
        int atMost = 0;
        for (double v : minNull) {
          if (v <= d) {
            atMost++;
          }
        }
        double pNeg = Math.max(smallest, atMost / (double) n);
        p[m] = Math.min(p[m], pNeg);
        z[m] = -PToZ.oneTailed(pNeg);
      }
      logp[m] = -StrictMath.log10(p[m]) + 0.0;
    }
    return new Maps(p, z, logp);
  }

  /**
   * numpy's {@code percentile(values, q)} with its default linear method, to the last bit:
   * index {@code (q / 100) (n - 1)}, then numpy's {@code _lerp}.
   *
   * @param values not modified
   */
  public static double percentile(double[] values, double q) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    double index = q / 100.0 * (sorted.length - 1);
    int below = (int) Math.floor(index);
    int above = Math.min(below + 1, sorted.length - 1);
    double t = index - below;
    double a = sorted[below];
    double b = sorted[above];
    double diff = b - a;
    return t >= 0.5 ? b - diff * (1 - t) : a + diff * t;
  }
}
