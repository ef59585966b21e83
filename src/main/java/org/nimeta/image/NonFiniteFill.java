package org.nimeta.image;

/**
 * Replaces non-finite voxels before interpolation the way nilearn 0.10.2 does
 * ({@code masking.extrapolate_out_mask(data, isfinite(data), iterations=2)}): the finite voxels
 * form a mask; each round, every voxel just outside the mask (6-neighbourhood) gets the mean of its
 * in-mask 6-neighbours and joins the mask. After two rounds every voxel still outside is set to 0.
 */
final class NonFiniteFill {
  private static final int ROUNDS = 2;

  private NonFiniteFill() {}

  /** True when any value is NaN or infinite. */
  static boolean hasNonFinite(double[] data) {
    for (double v : data) {
      if (!Double.isFinite(v)) {
        return true;
      }
    }
    return false;
  }

  /** A new array: finite values kept, the rest filled as described above. {@code data} is not modified. */
  static double[] fill(double[] data, Grid grid) {
    boolean[] mask = new boolean[data.length];
    for (int f = 0; f < data.length; f++) {
      mask[f] = Double.isFinite(data[f]);
    }
    double[] values = data.clone();
    for (int round = 0; round < ROUNDS; round++) {
      double[] next = new double[values.length];
      boolean[] grown = new boolean[mask.length];
      round(values, mask, grid, next, grown);
      values = next;
      mask = grown;
    }
    return values;
  }

  /** One dilation round; writes the extended values and mask into {@code next} and {@code grown}. */
  private static void round(double[] values, boolean[] mask, Grid g, double[] next, boolean[] grown) {
    int nx = g.nx();
    int ny = g.ny();
    int nz = g.nz();
    int[][] steps = {{1, 0, 0}, {-1, 0, 0}, {0, 1, 0}, {0, -1, 0}, {0, 0, 1}, {0, 0, -1}};
    for (int k = 0; k < nz; k++) {
      for (int j = 0; j < ny; j++) {
        for (int i = 0; i < nx; i++) {
          int f = g.flatIndex(i, j, k);
          if (mask[f]) {
            next[f] = values[f];
            grown[f] = true;
            continue;
          }
          double sum = 0;
          int count = 0;
          for (int[] s : steps) {
            int a = i + s[0];
            int b = j + s[1];
            int c = k + s[2];
            if (g.contains(a, b, c) && mask[g.flatIndex(a, b, c)]) {
              sum += values[g.flatIndex(a, b, c)];
              count++;
            }
          }
          if (count > 0) {
            double mean = sum / count;
            next[f] = Double.isFinite(mean) ? mean : 0;
            grown[f] = true;
          }
        }
      }
    }
  }
}
