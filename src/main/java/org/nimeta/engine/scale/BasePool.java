package org.nimeta.engine.scale;

import java.util.List;
import org.nimeta.engine.CoordinateExperiment;
import org.nimeta.engine.EngineRefusal;
import org.nimeta.image.Mask;

/**
 * SCALE's base-rate coordinate pool (NiMARE's {@code xyz}): the candidate locations a focus may
 * be moved to in the null, as voxel indices on the analysis grid. Candidates are drawn by
 * position in the pool, so its order matters for reproducing a given random stream.
 *
 * @param ijk candidates as flat (i, j, k) triplets. Kept, not copied: do not modify.
 */
public record BasePool(int[] ijk) {

  public BasePool {
    if (ijk.length == 0 || ijk.length % 3 != 0) {
      throw new EngineRefusal("The SCALE base pool needs at least one coordinate; got "
          + ijk.length / 3 + ".");
    }
  }

  /**
   * Every in-mask voxel centre, in numpy's C order (i slowest, k fastest) — the order of
   * {@code np.argwhere(mask)}, the usual way NiMARE users build {@code xyz} from a mask.
   */
  public static BasePool ofMaskVoxels(Mask mask) {
    int nx = mask.grid().nx();
    int ny = mask.grid().ny();
    int nz = mask.grid().nz();
    int[] ijk = new int[3 * mask.size()];
    int n = 0;
    for (int i = 0; i < nx; i++) {
      for (int j = 0; j < ny; j++) {
        for (int k = 0; k < nz; k++) {
          if (mask.maskedIndex(i, j, k) >= 0) {
            ijk[n++] = i;
            ijk[n++] = j;
            ijk[n++] = k;
          }
        }
      }
    }
    return new BasePool(ijk);
  }

  /** Every focus of these experiments, experiment by experiment (e.g. a reference database). */
  public static BasePool ofFoci(List<CoordinateExperiment> experiments) {
    int total = 0;
    for (CoordinateExperiment e : experiments) {
      total += e.ijk().length;
    }
    int[] ijk = new int[total];
    int n = 0;
    for (CoordinateExperiment e : experiments) {
      System.arraycopy(e.ijk(), 0, ijk, n, e.ijk().length);
      n += e.ijk().length;
    }
    return new BasePool(ijk);
  }

  public int size() {
    return ijk.length / 3;
  }
}
