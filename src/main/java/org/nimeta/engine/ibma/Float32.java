package org.nimeta.engine.ibma;

/**
 * numpy's float32 summation, reproduced because NiMARE holds image data as float32 (nilearn's
 * {@code concat_imgs} casts every image) and PyMARE reduces some of it without upcasting: the
 * studies of one voxel are contiguous, so {@code arr.sum(0)} is numpy's pairwise sum, rounded to
 * float32 after every addition.
 */
final class Float32 {
  private static final int BLOCK = 128;

  private Float32() {}

  /**
   * numpy's {@code pairwise_sum} of {@code values[0..n)} in float32: fewer than 8 values are added
   * in order; up to 128 values use 8 interleaved partial sums combined as
   * ((r0+r1)+(r2+r3))+((r4+r5)+(r6+r7)), then the remainder in order; longer runs split in two
   * halves (rounded down to a multiple of 8). The array is not modified.
   */
  static float pairwiseSum(float[] values, int n) {
    return pairwiseSum(values, 0, n);
  }

  private static float pairwiseSum(float[] a, int from, int n) {
    if (n < 8) {
      float res = 0f;
      for (int i = 0; i < n; i++) {
        res += a[from + i];
      }
      return res;
    }
    if (n <= BLOCK) {
      float r0 = a[from], r1 = a[from + 1], r2 = a[from + 2], r3 = a[from + 3];
      float r4 = a[from + 4], r5 = a[from + 5], r6 = a[from + 6], r7 = a[from + 7];
      int i = 8;
      for (; i < n - (n % 8); i += 8) {
        r0 += a[from + i];
        r1 += a[from + i + 1];
        r2 += a[from + i + 2];
        r3 += a[from + i + 3];
        r4 += a[from + i + 4];
        r5 += a[from + i + 5];
        r6 += a[from + i + 6];
        r7 += a[from + i + 7];
      }
      float res = ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7));
      for (; i < n; i++) {
        res += a[from + i];
      }
      return res;
    }
    int n2 = n / 2;
    n2 -= n2 % 8;
    return pairwiseSum(a, from, n2) + pairwiseSum(a, from + n2, n - n2);
  }
}
