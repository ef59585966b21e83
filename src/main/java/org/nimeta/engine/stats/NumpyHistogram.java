package org.nimeta.engine.stats;

/**
 * Counting as {@code np.histogram(values, bins=edges)} with explicit edges: bin b holds
 * {@code edges[b] <= v < edges[b + 1]}, the last bin also {@code v == edges[last]}; values outside
 * all bins are not counted.
 */
public final class NumpyHistogram {
  private NumpyHistogram() {}

  /**
   * The bin of {@code v}, or -1 when it falls outside all bins.
   *
   * @param edges ascending bin edges, one more than there are bins. Not modified.
   */
  public static int bin(double[] edges, double v) {
    int last = edges.length - 1;
    if (!(v >= edges[0]) || v > edges[last]) {
      return -1;
    }
    if (v == edges[last]) {
      return last - 1;
    }
    int lo = 0;
    int hi = last; // invariant: edges[lo] <= v < edges[hi]
    while (hi - lo > 1) {
      int mid = (lo + hi) >>> 1;
      if (edges[mid] <= v) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /**
   * NiMARE's bin edges for bin centres: the centres themselves plus one more step (NiMARE computes
   * centre-minus-half-step edges and then overwrites them with this). A new array.
   *
   * @param centres equally spaced bin centres. Not modified.
   */
  public static double[] edgesFromCentres(double[] centres) {
    double[] edges = java.util.Arrays.copyOf(centres, centres.length + 1);
    edges[centres.length] = centres[centres.length - 1] + (centres[1] - centres[0]);
    return edges;
  }
}
