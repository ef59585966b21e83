package org.nimeta.engine;

import java.util.ArrayList;
import java.util.List;
import org.nimeta.data.Dataset;
import org.nimeta.data.Experiment;
import org.nimeta.data.VoxelCoordinates;
import org.nimeta.image.Affine;
import org.nimeta.image.Mask;

/**
 * One experiment as the coordinate-based estimators see it: its id, the voxel indices of its foci
 * on the analysis grid and its sample size.
 *
 * <p>Foci are stored flat, {@code ijk = {i0, j0, k0, i1, j1, k1, ...}}; they may lie outside the
 * grid (kernels clip them, as NiMARE does). The array is kept, not copied: do not modify it.
 *
 * @param id         the experiment id (NiMARE: {@code "<study>-<contrast>"})
 * @param ijk        3 x n voxel indices, flat
 * @param sampleSize the mean of the experiment's sample sizes, or NaN when it has none
 */
public record CoordinateExperiment(String id, int[] ijk, double sampleSize) {

  public CoordinateExperiment {
    if (ijk.length % 3 != 0) {
      throw new IllegalArgumentException(
          "experiment `" + id + "` has " + ijk.length + " voxel indices, not a multiple of 3");
    }
  }

  /** Builds an experiment from an n x 3 array of voxel indices (copied). */
  public static CoordinateExperiment ofVoxels(String id, int[][] foci, double sampleSize) {
    int[] flat = new int[foci.length * 3];
    for (int f = 0; f < foci.length; f++) {
      System.arraycopy(foci[f], 0, flat, 3 * f, 3);
    }
    return new CoordinateExperiment(id, flat, sampleSize);
  }

  /**
   * The experiments of a dataset on a mask's grid, in dataset order. Each focus (MNI mm) goes
   * through {@link VoxelCoordinates#mm2vox} with the grid's inverse affine (truncation toward zero,
   * as NiMARE); the sample size is {@link Experiment#sampleSize()} or NaN.
   */
  public static List<CoordinateExperiment> listFrom(Dataset dataset, Mask mask) {
    Affine inverse = mask.grid().affine().inverse();
    List<CoordinateExperiment> out = new ArrayList<>(dataset.size());
    for (Experiment e : dataset.experiments()) {
      double[][] foci = e.foci();
      int[] flat = new int[foci.length * 3];
      for (int f = 0; f < foci.length; f++) {
        int[] v = VoxelCoordinates.mm2vox(inverse, foci[f][0], foci[f][1], foci[f][2]);
        System.arraycopy(v, 0, flat, 3 * f, 3);
      }
      out.add(new CoordinateExperiment(e.id(), flat, e.sampleSize().orElse(Double.NaN)));
    }
    return out;
  }

  public int fociCount() {
    return ijk.length / 3;
  }

  public int i(int focus) {
    return ijk[3 * focus];
  }

  public int j(int focus) {
    return ijk[3 * focus + 1];
  }

  public int k(int focus) {
    return ijk[3 * focus + 2];
  }
}
