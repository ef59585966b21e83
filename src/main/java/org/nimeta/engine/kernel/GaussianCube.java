package org.nimeta.engine.kernel;

import org.nimeta.engine.stats.NumpySum;

/**
 * NiMARE's discrete 3-D ALE kernel for one smoothing width: {@code scipy.ndimage.gaussian_filter}
 * of a unit impulse in the centre of a 31^3 cube ({@code mode='constant'}, {@code truncate=4}),
 * cropped to the voxels where it exceeds {@code np.spacing(1)}.
 *
 * <p>The filter is separable: with {@code r = int(4 sigma + 0.5)} and the 1-D weights
 * {@code w[d] = exp(-d^2 / (2 sigma^2)) / sum_{|e| <= r} exp(-e^2 / (2 sigma^2))}, the value at
 * offset (di, dj, dk) is {@code (w[di] * w[dj]) * w[dk]} (axis i filtered first, as scipy does;
 * offsets beyond 15 fall outside the 31^3 cube and are lost). The crop keeps offsets
 * {@code |d| <= half} where {@code half} is the largest offset along i whose profile
 * {@code (w[d] w[0]) w[0]} still exceeds 2.22e-16; the same range is used on all axes.
 */
public final class GaussianCube {
  /** NiMARE builds the kernel inside a 31^3 cube: offsets up to 15 survive. */
  private static final int CUBE_HALF = 15;
  private static final double EPS = Math.ulp(1.0);

  private final double sigma;
  private final int half;
  private final int size;
  private final double[] values; // index (dk * size + dj) * size + di, offsets shifted by half

  private GaussianCube(double sigma, int half, double[] values) {
    this.sigma = sigma;
    this.half = half;
    this.size = 2 * half + 1;
    this.values = values;
  }

  /** The kernel for a Gaussian of standard deviation {@code sigma} voxels. */
  public static GaussianCube of(double sigma) {
    if (!(sigma > 0) || Double.isInfinite(sigma)) {
      throw new IllegalArgumentException("the ALE kernel width must be a positive number, got " + sigma);
    }
    double[] w = weights(sigma); // w[d] for d = 0..15
    int half = 0;
    for (int d = CUBE_HALF; d > 0; d--) {
      if ((w[d] * w[0]) * w[0] > EPS) {
        half = d;
        break;
      }
    }
    int size = 2 * half + 1;
    double[] values = new double[size * size * size];
    for (int dk = -half; dk <= half; dk++) {
      for (int dj = -half; dj <= half; dj++) {
        for (int di = -half; di <= half; di++) {
          values[((dk + half) * size + (dj + half)) * size + (di + half)] =
              (w[Math.abs(di)] * w[Math.abs(dj)]) * w[Math.abs(dk)];
        }
      }
    }
    return new GaussianCube(sigma, half, values);
  }

  /**
   * scipy's {@code _gaussian_kernel1d(sigma, 0, r)}: {@code exp(-0.5 / sigma^2 * x^2)} over
   * {@code x = -r..r}, normalised by its numpy sum; returns w[0..15] (zero beyond r).
   */
  private static double[] weights(double sigma) {
    int radius = (int) (4.0 * sigma + 0.5);
    double factor = -0.5 / (sigma * sigma);
    double[] phi = new double[2 * radius + 1];
    for (int x = -radius; x <= radius; x++) {
      phi[x + radius] = StrictMath.exp(factor * (double) (x * x));
    }
    double total = NumpySum.sum(phi);
    double[] w = new double[CUBE_HALF + 1];
    for (int d = 0; d <= Math.min(radius, CUBE_HALF); d++) {
      w[d] = phi[d + radius] / total;
    }
    return w;
  }

  public double sigma() {
    return sigma;
  }

  /** Largest offset kept along each axis; the cube is {@code 2 half + 1} voxels wide. */
  public int half() {
    return half;
  }

  public int size() {
    return size;
  }

  /** Kernel value at offset (di, dj, dk) from the focus, each in {@code [-half, half]}. */
  public double at(int di, int dj, int dk) {
    return values[((dk + half) * size + (dj + half)) * size + (di + half)];
  }

  /** The value at the centre (the largest). */
  public double centre() {
    return at(0, 0, 0);
  }

  /** Backing values, index {@code ((dk + half) * size + (dj + half)) * size + (di + half)}. Do not modify. */
  double[] values() {
    return values;
  }
}
