package org.nimeta.engine.cbmr;

import java.util.List;
import org.nimeta.engine.CoordinateExperiment;
import org.nimeta.image.Mask;

/**
 * What CBMR's likelihoods read of one group of experiments: the foci per in-mask voxel summed over
 * the group's experiments, and the foci of each experiment. Foci outside the grid or the mask are
 * dropped, as NiMARE's {@code _filter_coordinates_to_mask} does.
 *
 * @param name              the group's name (NiMARE's capitalised category value, or "Default")
 * @param fociPerVoxel      per masked voxel
 * @param fociPerExperiment per experiment of the group, in dataset order
 */
public record GroupCounts(String name, double[] fociPerVoxel, double[] fociPerExperiment) {

  /** Counts the foci of {@code experiments} on {@code mask}. */
  public static GroupCounts of(String name, List<CoordinateExperiment> experiments, Mask mask) {
    double[] perVoxel = new double[mask.size()];
    double[] perExperiment = new double[experiments.size()];
    for (int e = 0; e < experiments.size(); e++) {
      int[] ijk = experiments.get(e).ijk();
      for (int f = 0; f < ijk.length; f += 3) {
        int m = mask.maskedIndex(ijk[f], ijk[f + 1], ijk[f + 2]);
        if (m >= 0) {
          perVoxel[m]++;
          perExperiment[e]++;
        }
      }
    }
    return new GroupCounts(name, perVoxel, perExperiment);
  }

  public int experiments() {
    return fociPerExperiment.length;
  }

  public double totalFoci() {
    double s = 0;
    for (double y : fociPerExperiment) {
      s += y;
    }
    return s;
  }
}
