package org.nimeta.engine.montecarlo;

import java.util.List;
import org.nimeta.engine.CoordinateExperiment;
import org.nimeta.engine.kernel.AleKernel;
import org.nimeta.engine.kernel.KernelTransformer;
import org.nimeta.engine.kernel.SphereKernel;

/**
 * A kernel laid out for the Monte Carlo loops: how a focus spreads into its experiment's
 * modeled-activation (MA) map. Either per experiment a Gaussian cube whose maximum over foci is
 * the MA ({@link AleCubes}), or one sphere for all experiments whose union or sum is
 * ({@link Spheres}). Immutable; shared by the threads of a run.
 */
sealed interface KernelShape permits AleCubes, Spheres {

  /**
   * @param experiments as the estimator takes them (in id order). Not modified.
   * @param zooms       the mask grid's voxel sizes (mm)
   */
  static KernelShape of(KernelTransformer kernel, List<CoordinateExperiment> experiments, double[] zooms) {
    if (kernel instanceof AleKernel ale) {
      return new AleCubes(ale, experiments, zooms);
    }
    return new Spheres((SphereKernel) kernel, zooms);
  }

  /** Adds experiment {@code e}'s kernel at each focus of {@code ijk} (flat i, j, k) to {@code out}. */
  void place(int e, int[] ijk, ExperimentMa out);

  /** The largest |offset| of a voxel that one focus of experiment {@code e} reaches, along any axis. */
  int reach(int e);

  /**
   * Whether kernel values trail off towards 0 (the Gaussian's tails): the screen then bounds only
   * values at or above a cutoff per cell and covers the rest by a slack.
   */
  boolean hasTails();

  /**
   * Per experiment, the cell bound of one of its foci ({@link CellBound}): the largest
   * {@code statistic.contribution(kernel value, weight)} per cell, counting only kernel values at
   * or above {@code cutoff} when the shape {@link #hasTails()}. Experiments with the same kernel and
   * weight share one bound.
   */
  CellBound[] cellBounds(double cutoff, CbmaStatistic statistic, double[] weights);

  /**
   * Folds one focus of experiment {@code e} into that experiment's MA at the 8 voxels of a cell:
   * {@code cellMa[a + 2 b + 4 c]} for the voxel at offset {@code (di + a, dj + b, dk + c)} from the
   * focus, a, b, c in {0, 1}; voxels the kernel misses are left alone.
   */
  void addToCell(int e, int di, int dj, int dk, double[] cellMa);
}
