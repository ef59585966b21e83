package org.nimeta.engine.montecarlo;

import java.util.Arrays;
import org.nimeta.engine.kernel.SphereOffsets;

/**
 * The voxels of an (M)KDA sphere ({@link SphereOffsets}) as row segments: for each (dj, dk) the
 * offsets di form one contiguous range (the sphere's cross-section along i is an interval of the
 * per-axis range), {@code di in [lo, hi]}, with {@code lo = 1, hi = 0} for a row the sphere
 * misses. Immutable.
 */
final class SphereShape {
  final int djMin;
  final int djMax;
  final int dkMin;
  final int dkMax;
  /** Per row {@code (dk - dkMin) * rowsJ + (dj - djMin)}: the lowest and highest di. */
  final int[] lo;
  final int[] hi;
  final int rowsJ;
  /** The largest |offset| along any axis. */
  final int reach;

  SphereShape(SphereOffsets offsets) {
    int[] t = offsets.offsetTriplets();
    int n = t.length / 3;
    int jMin = Integer.MAX_VALUE;
    int jMax = Integer.MIN_VALUE;
    int kMin = Integer.MAX_VALUE;
    int kMax = Integer.MIN_VALUE;
    for (int o = 0; o < n; o++) {
      jMin = Math.min(jMin, t[3 * o + 1]);
      jMax = Math.max(jMax, t[3 * o + 1]);
      kMin = Math.min(kMin, t[3 * o + 2]);
      kMax = Math.max(kMax, t[3 * o + 2]);
    }
    djMin = jMin;
    djMax = jMax;
    dkMin = kMin;
    dkMax = kMax;
    rowsJ = jMax - jMin + 1;
    int rows = rowsJ * (kMax - kMin + 1);
    lo = new int[rows];
    hi = new int[rows];
    Arrays.fill(lo, Integer.MAX_VALUE);
    Arrays.fill(hi, Integer.MIN_VALUE);
    int[] perRow = new int[rows];
    for (int o = 0; o < n; o++) {
      int r = row(t[3 * o + 1], t[3 * o + 2]);
      lo[r] = Math.min(lo[r], t[3 * o]);
      hi[r] = Math.max(hi[r], t[3 * o]);
      perRow[r]++;
    }
    for (int r = 0; r < rows; r++) {
      if (perRow[r] == 0) {
        lo[r] = 1; // an empty range
        hi[r] = 0;
      } else if (perRow[r] != hi[r] - lo[r] + 1) {
        throw new IllegalStateException("a sphere row has gaps"); // impossible for a ball
      }
    }
    int r = 0;
    for (int v : t) {
      r = Math.max(r, Math.abs(v));
    }
    reach = r;
  }

  /** Row index of offset (dj, dk). */
  int row(int dj, int dk) {
    return (dk - dkMin) * rowsJ + (dj - djMin);
  }

  /** Whether offset (di, dj, dk) is in the sphere. */
  boolean contains(int di, int dj, int dk) {
    if (dj < djMin || dj > djMax || dk < dkMin || dk > dkMax) {
      return false;
    }
    int r = row(dj, dk);
    return di >= lo[r] && di <= hi[r];
  }
}
