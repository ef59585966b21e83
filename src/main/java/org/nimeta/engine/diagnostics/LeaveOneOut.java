package org.nimeta.engine.diagnostics;

import java.util.List;

/**
 * An estimate's value map recomputed without one experiment, at chosen voxels only: what
 * {@link Jackknife} needs of an estimator instead of refitting it. Each estimator declares how
 * (the registry's leave-one-out hook); the values must be those a refit on the other experiments
 * would give there.
 */
public interface LeaveOneOut {
  /** The experiments that can be left out, in the order of the contribution table's rows. */
  List<String> ids();

  /**
   * Prepares the recomputation at {@code voxels} (once per set of clusters; the expensive part,
   * such as each experiment's modeled activation there, is done here).
   *
   * @param voxels masked indices, ascending. Not modified.
   */
  AtVoxels at(int[] voxels);

  /** The value map at a fixed set of voxels. Thread-safe: rows of a table are computed in parallel. */
  interface AtVoxels {
    /**
     * The value map without experiment {@code e} (an index into {@link #ids()}).
     *
     * @param out one value per voxel; overwritten
     */
    void without(int e, double[] out);
  }
}
