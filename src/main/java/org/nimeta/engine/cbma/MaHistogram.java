package org.nimeta.engine.cbma;

import java.util.Arrays;

/**
 * One experiment's MA values counted on ALE's null bins (NiMARE's per-experiment
 * {@code np.histogram} on edges {@code b / 1e5}): a value v goes to the largest b with
 * {@code b / 1e5 <= v}, and voxels of the mask the experiment does not touch count in bin 0.
 * Sparse: only bins with a count are kept, ascending.
 *
 * @param bins       ascending bin indices with a nonzero count
 * @param counts     voxel count per bin
 * @param maskVoxels number of voxels in the mask (the counts' total)
 */
record MaHistogram(int[] bins, int[] counts, int maskVoxels) {
  /** ALE values never exceed 1, so bins run up to 1e5. */
  static final int MAX_BIN = 100_000;

  /** {@code b / 1e5}, NiMARE's bin centres (and histogram edges). */
  private static final double[] CENTRES = new double[MAX_BIN + 2];

  static {
    for (int b = 0; b < CENTRES.length; b++) {
      CENTRES[b] = b / (double) MAX_BIN;
    }
  }

  /** Probability of bin {@code bins[n]}: its count over the mask size, as NiMARE normalises. */
  double probability(int n) {
    return counts[n] / (double) maskVoxels;
  }

  /** The bin of an MA value in [0, 1]: the largest b with {@code b / 1e5 <= v}. */
  static int binOf(double v) {
    int b = Math.min((int) (v * MAX_BIN), MAX_BIN);
    while (b > 0 && CENTRES[b] > v) {
      b--;
    }
    while (b < MAX_BIN && CENTRES[b + 1] <= v) {
      b++;
    }
    return b;
  }

  /** Builds histograms without allocating scratch space each time; one per thread. */
  static final class Builder {
    /** Bins of recently seen values (MA values repeat: they are kernel values). Key 0 = 0.0, bin 0. */
    private static final int CACHE_SIZE = 4096;
    private final long[] cachedValue = new long[CACHE_SIZE];
    private final int[] cachedBin = new int[CACHE_SIZE];
    private final int[] scratch = new int[MAX_BIN + 1];
    private final int[] touched = new int[MAX_BIN + 1];

    private int bin(double v) {
      long bits = Double.doubleToRawLongBits(v);
      int slot = (int) ((bits ^ (bits >>> 31)) * 0x9E3779B97F4A7C15L >>> 52);
      if (cachedValue[slot] != bits) {
        cachedValue[slot] = bits;
        cachedBin[slot] = binOf(v);
      }
      return cachedBin[slot];
    }

    /**
     * @param values     the experiment's in-mask MA values, entries {@code [0, n)}. Not modified.
     * @param maskVoxels number of voxels in the mask
     */
    MaHistogram build(double[] values, int n, int maskVoxels) {
      int nTouched = 0;
      for (int i = 0; i < n; i++) {
        int b = bin(values[i]);
        if (scratch[b]++ == 0) {
          touched[nTouched++] = b;
        }
      }
      if (scratch[0]++ == 0) { // untouched voxels, also when every voxel is touched (+0 below)
        touched[nTouched++] = 0;
      }
      scratch[0] += maskVoxels - n - 1;
      Arrays.sort(touched, 0, nTouched);
      int[] bins = new int[nTouched];
      int[] counts = new int[nTouched];
      int kept = 0;
      for (int t = 0; t < nTouched; t++) {
        int b = touched[t];
        if (scratch[b] > 0) {
          bins[kept] = b;
          counts[kept++] = scratch[b];
        }
        scratch[b] = 0;
      }
      return new MaHistogram(Arrays.copyOf(bins, kept), Arrays.copyOf(counts, kept), maskVoxels);
    }
  }
}
