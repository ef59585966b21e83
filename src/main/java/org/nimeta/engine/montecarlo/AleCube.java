package org.nimeta.engine.montecarlo;

import org.nimeta.engine.kernel.GaussianCube;

/** An ALE kernel ({@link GaussianCube}) laid out as one flat array for the Monte Carlo loops. Immutable. */
final class AleCube {
  final int half;
  final int size;
  /** Kernel value at offset (di, dj, dk), index {@code ((dk + half) size + (dj + half)) size + di + half}. */
  final double[] values;

  AleCube(GaussianCube cube) {
    this.half = cube.half();
    this.size = cube.size();
    this.values = new double[size * size * size];
    for (int dk = -half; dk <= half; dk++) {
      for (int dj = -half; dj <= half; dj++) {
        for (int di = -half; di <= half; di++) {
          values[((dk + half) * size + (dj + half)) * size + di + half] = cube.at(di, dj, dk);
        }
      }
    }
  }

  /** The kernel value at offset (di, dj, dk); each within {@code [-half, half]}. */
  double at(int di, int dj, int dk) {
    return values[((dk + half) * size + (dj + half)) * size + di + half];
  }
}
