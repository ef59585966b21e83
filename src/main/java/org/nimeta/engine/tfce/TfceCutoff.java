package org.nimeta.engine.tfce;

import java.util.Arrays;

/**
 * The TFCE score a voxel must exceed to be significant at family-wise level {@code alpha}, and
 * where it came from: the thresholded map {@code tfce_corr-FWE_method-<method>} is written from it
 * alone ({@link TfceMaps#thresholded}), so any procedure that yields a cutoff (a Monte Carlo null,
 * or a model that predicts one) gives the same map.
 *
 * @param value  the cutoff: voxels with TFCE above it are kept
 * @param alpha  the family-wise level it is for
 * @param method the procedure's word in {@code TFCE(method = ...)}, which names the map
 */
public record TfceCutoff(double value, double alpha, String method) {

  /**
   * JALE's cutoff from a Monte Carlo null of the largest TFCE: {@code np.percentile(null,
   * 100 (1 - alpha))} (JALE fixes alpha = 0.05), numpy's default linear interpolation between the
   * two nearest order statistics.
   *
   * @param nullMaxima the largest TFCE of each random map, at least one. Not modified.
   */
  public static TfceCutoff ofNull(double[] nullMaxima, double alpha, String method) {
    double[] sorted = nullMaxima.clone();
    Arrays.sort(sorted);
    double q = 1 - alpha;
    int n = sorted.length;
    double position = (n - 1) * q; // numpy's virtual index for its default (linear) method
    int below = (int) Math.floor(position);
    int above = Math.min(below + 1, n - 1);
    below = Math.max(0, Math.min(below, n - 1));
    double fraction = position - below;
    // numpy's _lerp: a + (b - a) t, taken from the upper end when t >= 0.5 (exact at both ends).
    double a = sorted[below];
    double b = sorted[above];
    double value = fraction >= 0.5 ? b - (b - a) * (1 - fraction) : a + (b - a) * fraction;
    return new TfceCutoff(value, alpha, method);
  }
}
