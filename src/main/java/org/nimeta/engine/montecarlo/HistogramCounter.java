package org.nimeta.engine.montecarlo;

import org.nimeta.engine.stats.NumpyHistogram;

/**
 * Counts values into NiMARE's null-histogram bins: bin b holds {@code edges[b] <= v < edges[b+1]}
 * (the last bin also its upper edge), with the edges of
 * {@link NumpyHistogram#edgesFromCentres}; values outside every bin are not counted. Same bins as
 * {@link NumpyHistogram#bin}, found from a first guess {@code v / step} instead of a binary search
 * (the bins are equally spaced up to rounding). Not thread-safe: one per thread.
 */
final class HistogramCounter {
  private final double[] edges;
  private final double invStep;
  private final long[] counts;

  /** @param centres equally spaced bin centres from 0. Not modified. */
  HistogramCounter(double[] centres) {
    this.edges = NumpyHistogram.edgesFromCentres(centres);
    this.invStep = 1.0 / (centres[1] - centres[0]);
    this.counts = new long[centres.length];
  }

  /** The bin of {@code v}, or -1 when it falls outside every bin. */
  int bin(double v) {
    int last = edges.length - 1;
    if (!(v >= edges[0]) || v > edges[last]) {
      return -1;
    }
    int b = (int) Math.min(last - 1, Math.max(0, (v - edges[0]) * invStep));
    while (b > 0 && edges[b] > v) {
      b--;
    }
    while (b < last - 1 && edges[b + 1] <= v) {
      b++;
    }
    return b;
  }

  /** Counts {@code v} once. */
  void add(double v) {
    int b = bin(v);
    if (b >= 0) {
      counts[b]++;
    }
  }

  /** Counts {@code times} values that fall in bin {@code b}. */
  void addToBin(int b, long times) {
    counts[b] += times;
  }

  /** The counts so far, per bin. Do not modify. */
  long[] counts() {
    return counts;
  }
}
