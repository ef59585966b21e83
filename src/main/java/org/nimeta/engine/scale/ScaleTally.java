package org.nimeta.engine.scale;

/**
 * What NiMARE's per-voxel SCALE p-value reads from a voxel's null histogram, kept in O(voxels)
 * memory: how many null values reach the observed statistic's entry, how many were dropped
 * (above the last edge), and the highest nonzero entry with its count (its tail is NiMARE's
 * smallest allowed p). Tallies merge by adding counts and keeping the higher top, so the result
 * does not depend on how iterations were split among threads.
 */
final class ScaleTally {
  private final int[] observedEntry;
  private final int[] reaching;
  private final int[] dropped;
  private final int[] top;
  private final int[] topCount;

  /** @param observedEntry per voxel, {@link ScaleHistogram#pEntry} of the observed ALE. Kept, not copied. */
  ScaleTally(int[] observedEntry) {
    int n = observedEntry.length;
    this.observedEntry = observedEntry;
    this.reaching = new int[n];
    this.dropped = new int[n];
    this.top = new int[n];
    this.topCount = new int[n];
    java.util.Arrays.fill(top, -1);
  }

  /** Counts one null ALE map (one value per voxel; not modified). */
  void record(double[] nullAle, ScaleHistogram histogram) {
    for (int m = 0; m < nullAle.length; m++) {
      int entry = histogram.entry(nullAle[m]);
      if (entry == ScaleHistogram.DROPPED) {
        dropped[m]++;
        continue;
      }
      if (entry >= observedEntry[m]) {
        reaching[m]++;
      }
      if (entry > top[m]) {
        top[m] = entry;
        topCount[m] = 1;
      } else if (entry == top[m]) {
        topCount[m]++;
      }
    }
  }

  void merge(ScaleTally other) {
    for (int m = 0; m < reaching.length; m++) {
      reaching[m] += other.reaching[m];
      dropped[m] += other.dropped[m];
      if (other.top[m] > top[m]) {
        top[m] = other.top[m];
        topCount[m] = other.topCount[m];
      } else if (other.top[m] == top[m]) {
        topCount[m] += other.topCount[m];
      }
    }
  }

  /**
   * NiMARE's {@code nullhist_to_p} on voxel m's histogram of {@code n} null values: 1 for a
   * statistic <= 0, else the fraction of counted values at or above the statistic's entry,
   * raised to at least the smallest nonzero tail, i.e. the top entry's count over the counted
   * values.
   */
  double p(int m, int n) {
    double counted = n - dropped[m];
    double smallest = topCount[m] / counted;
    double tail = observedEntry[m] < 0 ? 1.0 : reaching[m] / counted;
    return Math.max(smallest, Math.min(tail, 1.0));
  }
}
