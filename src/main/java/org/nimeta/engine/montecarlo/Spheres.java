package org.nimeta.engine.montecarlo;

import java.util.HashMap;
import java.util.Map;
import org.nimeta.engine.kernel.KdaKernel;
import org.nimeta.engine.kernel.SphereKernel;
import org.nimeta.engine.kernel.SphereOffsets;

/**
 * An MKDA or KDA kernel for the Monte Carlo loops: the same sphere of one value for every
 * experiment; an experiment's MA value is the union of its spheres (MKDA: the value wherever one
 * reaches) or their sum (KDA: the value once per covering sphere).
 */
final class Spheres implements KernelShape {
  final SphereShape sphere;
  final double value;
  /** KDA's sum rather than MKDA's union. */
  final boolean sums;

  Spheres(SphereKernel kernel, double[] zooms) {
    sphere = new SphereShape(SphereOffsets.of(kernel.radius(), zooms));
    value = kernel.value();
    sums = kernel instanceof KdaKernel;
  }

  @Override
  public void place(int e, int[] ijk, ExperimentMa out) {
    for (int n = 0; n < ijk.length; n += 3) {
      out.sphere(sphere, ijk[n], ijk[n + 1], ijk[n + 2], value, sums);
    }
  }

  @Override
  public int reach(int e) {
    return sphere.reach;
  }

  @Override
  public boolean hasTails() {
    return false;
  }

  /** Every voxel of the sphere holds {@code value}, so the cutoff does not apply. */
  @Override
  public CellBound[] cellBounds(double cutoff, CbmaStatistic statistic, double[] weights) {
    CellBound[] bounds = new CellBound[weights.length];
    Map<Double, CellBound> shared = new HashMap<>();
    for (int e = 0; e < bounds.length; e++) {
      bounds[e] = shared.computeIfAbsent(statistic.contribution(value, weights[e]), c -> CellBound.sphere(sphere, c));
    }
    return bounds;
  }

  @Override
  public void addToCell(int e, int di, int dj, int dk, double[] cellMa) {
    for (int c = 0; c < 8; c++) {
      if (sphere.contains(di + (c & 1), dj + (c >> 1 & 1), dk + (c >> 2))) {
        cellMa[c] = sums ? cellMa[c] + value : value;
      }
    }
  }
}
