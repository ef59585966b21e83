package org.nimeta.engine.diagnostics;

import java.util.ArrayList;
import java.util.List;
import org.nimeta.engine.CoordinateExperiment;
import org.nimeta.image.Mask;

/**
 * NiMARE 0.2.1's {@code FocusCounter}: per experiment and cluster, how many of its foci lie in a
 * voxel of the cluster. Foci are taken as the estimator took them (mm to voxel by truncation,
 * NiMARE's {@code mm2vox}); a focus off the grid or outside the mask is in no cluster, and two
 * foci in one voxel count twice.
 */
public final class FocusCounter {
  private FocusCounter() {}

  /**
   * The count table of one tail.
   *
   * @param experiments in the order of the rows. Not modified.
   */
  public static Contributions table(TargetClusters.Tail tail, List<CoordinateExperiment> experiments, Mask mask) {
    double[][] cells = new double[experiments.size()][tail.clusters()];
    List<String> ids = new ArrayList<>();
    for (int e = 0; e < experiments.size(); e++) {
      CoordinateExperiment x = experiments.get(e);
      ids.add(x.id());
      for (int f = 0; f < x.fociCount(); f++) {
        int m = mask.maskedIndex(x.i(f), x.j(f), x.k(f));
        int c = m < 0 ? 0 : tail.labels()[m];
        if (c > 0) {
          cells[e][c - 1]++;
        }
      }
    }
    List<String> columns = new ArrayList<>();
    for (int c = 1; c <= tail.clusters(); c++) {
      columns.add(tail.column(c));
    }
    return new Contributions(ids, columns, cells);
  }
}
