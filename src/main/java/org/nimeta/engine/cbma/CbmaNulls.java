package org.nimeta.engine.cbma;

import org.nimeta.engine.kernel.MaMaps;
import org.nimeta.engine.stats.NumpyHistogram;

/** Pieces shared by the histogram-convolution nulls of ALE and KDA. */
final class CbmaNulls {
  private CbmaNulls() {}

  /**
   * Per experiment, the normalised histogram of its in-mask MA values on NiMARE's edges (the bin
   * centres plus one step), with the voxels it does not touch counted in bin 0.
   *
   * @param centres bin centres. Not modified.
   * @return one new array of {@code centres.length} probabilities per experiment
   */
  static double[][] maHistograms(MaMaps maps, int maskVoxels, double[] centres) {
    double[] edges = NumpyHistogram.edgesFromCentres(centres);
    double[][] hists = new double[maps.experimentCount()][centres.length];
    for (int e = 0; e < hists.length; e++) {
      double[] h = hists[e];
      for (int n = maps.start(e); n < maps.end(e); n++) {
        int bin = NumpyHistogram.bin(edges, maps.values()[n]);
        if (bin >= 0) {
          h[bin]++;
        }
      }
      h[0] += maskVoxels - maps.nonzeroCount(e);
      double total = 0;
      for (double count : h) {
        total += count; // integer counts: exact in any order
      }
      for (int b = 0; b < h.length; b++) {
        h[b] /= total;
      }
    }
    return hists;
  }

  /** Writes the indices of the positive bins of {@code h} into {@code out}; returns how many. */
  static int nonzeroBins(double[] h, int[] out) {
    int n = 0;
    for (int b = 0; b < h.length; b++) {
      if (h[b] > 0) {
        out[n++] = b;
      }
    }
    return n;
  }
}
