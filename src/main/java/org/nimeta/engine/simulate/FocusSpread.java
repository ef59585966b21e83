package org.nimeta.engine.simulate;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.nimeta.engine.EngineRefusal;
import org.nimeta.engine.kernel.GaussianCube;

/**
 * Where a study reports a true focus: a voxel of the kernel cube centred on it (clipped at the
 * grid edge), chosen with probability proportional to the kernel value there (NiMARE's
 * {@code rng.choice(..., p=prob_map / sum)} over the nonzero voxels of the focus's MA map).
 */
final class FocusSpread {
  private final int[] voxels; // flat (i, j, k) triplets
  private final double[] cumulative;

  FocusSpread(GaussianCube cube, int[] peak, int nx, int ny, int nz) {
    int h = cube.half();
    int capacity = cube.size() * cube.size() * cube.size();
    int[] v = new int[3 * capacity];
    double[] weight = new double[capacity];
    int n = 0;
    for (int di = -h; di <= h; di++) { // C order, as np.argwhere
      for (int dj = -h; dj <= h; dj++) {
        for (int dk = -h; dk <= h; dk++) {
          int i = peak[0] + di;
          int j = peak[1] + dj;
          int k = peak[2] + dk;
          if (i >= 0 && j >= 0 && k >= 0 && i < nx && j < ny && k < nz && cube.at(di, dj, dk) > 0) {
            v[3 * n] = i;
            v[3 * n + 1] = j;
            v[3 * n + 2] = k;
            weight[n++] = cube.at(di, dj, dk);
          }
        }
      }
    }
    if (n == 0) {
      throw new EngineRefusal("The true focus " + Arrays.toString(peak) + " lies outside the grid.");
    }
    voxels = Arrays.copyOf(v, 3 * n);
    cumulative = new double[n];
    double total = 0;
    for (int x = 0; x < n; x++) {
      total += weight[x];
      cumulative[x] = total;
    }
  }

  /** One reported location, a new (i, j, k). */
  int[] draw(SplittableRandom random) {
    double u = random.nextDouble() * cumulative[cumulative.length - 1];
    int x = Arrays.binarySearch(cumulative, u);
    x = x >= 0 ? x + 1 : -x - 1; // first cumulative weight above u
    x = Math.min(x, cumulative.length - 1);
    return new int[] {voxels[3 * x], voxels[3 * x + 1], voxels[3 * x + 2]};
  }
}
