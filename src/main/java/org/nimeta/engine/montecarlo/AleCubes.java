package org.nimeta.engine.montecarlo;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.nimeta.engine.CoordinateExperiment;
import org.nimeta.engine.kernel.AleKernel;
import org.nimeta.engine.kernel.GaussianCube;

/**
 * An ALE kernel for the Monte Carlo loops: per experiment the Gaussian cube of its sample size
 * ({@link AleCube}, shared between experiments with the same cube); an experiment's MA value is
 * the maximum over its foci.
 */
final class AleCubes implements KernelShape {
  private final AleCube[] cubes;

  AleCubes(AleKernel kernel, List<CoordinateExperiment> experiments, double[] zooms) {
    cubes = new AleCube[experiments.size()];
    Map<GaussianCube, AleCube> shared = new IdentityHashMap<>();
    for (int e = 0; e < cubes.length; e++) {
      GaussianCube cube = kernel.cubeFor(experiments.get(e).sampleSize(), zooms);
      cubes[e] = shared.computeIfAbsent(cube, AleCube::new);
    }
  }

  @Override
  public void place(int e, int[] ijk, ExperimentMa out) {
    AleCube cube = cubes[e];
    for (int n = 0; n < ijk.length; n += 3) {
      out.maxCube(cube, ijk[n], ijk[n + 1], ijk[n + 2]);
    }
  }

  @Override
  public int reach(int e) {
    return cubes[e].half;
  }

  @Override
  public boolean hasTails() {
    return true;
  }

  @Override
  public CellBound[] cellBounds(double cutoff, CbmaStatistic statistic, double[] weights) {
    CellBound[] bounds = new CellBound[cubes.length];
    Map<AleCube, Map<Double, CellBound>> shared = new IdentityHashMap<>();
    for (int e = 0; e < cubes.length; e++) {
      AleCube cube = cubes[e];
      double w = weights[e];
      bounds[e] = shared.computeIfAbsent(cube, c -> new HashMap<>())
          .computeIfAbsent(w, x -> CellBound.aleCore(cube, cutoff, statistic, w));
    }
    return bounds;
  }

  @Override
  public void addToCell(int e, int di, int dj, int dk, double[] cellMa) {
    AleCube cube = cubes[e];
    int h = cube.half;
    for (int c = 0; c < 8; c++) {
      int a = di + (c & 1);
      int b = dj + (c >> 1 & 1);
      int d = dk + (c >> 2);
      if (a >= -h && a <= h && b >= -h && b <= h && d >= -h && d <= h) {
        cellMa[c] = Math.max(cellMa[c], cube.at(a, b, d));
      }
    }
  }
}
