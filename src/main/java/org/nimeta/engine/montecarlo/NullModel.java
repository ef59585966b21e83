package org.nimeta.engine.montecarlo;

import java.util.List;
import org.nimeta.engine.CoordinateExperiment;
import org.nimeta.engine.CoordinateInputs;
import org.nimeta.engine.kernel.KernelTransformer;
import org.nimeta.image.Mask;

/**
 * What every Monte Carlo iteration shares: the experiments as the estimator takes them (with
 * foci, in id order), their kernels laid out for the loops, the statistic, the mask and the seed.
 * Immutable.
 *
 * <p>Iteration {@code i} replaces every focus of every experiment, in that order, by an in-mask
 * voxel drawn uniformly with replacement ({@code nextInt(mask size)} on the stream
 * {@link SplitMix64#streamSeed(long, long) streamSeed(seed, i)}), as NiMARE's Monte Carlo
 * procedures do (NiMARE draws the voxel centres with {@code np.random.choice} over the mask; the
 * kernels map them back to exactly those voxels).
 */
final class NullModel {
  final MaskGrid grid;
  final KernelTransformer kernel;
  final CbmaStatistic statistic;
  final List<CoordinateExperiment> experiments;
  /** Per experiment its weight in the statistic ({@link CbmaStatistic#weights}). */
  final double[] weights;
  final long seed;
  final KernelShape shape;

  /**
   * @param experiments as given to the estimator. Not modified.
   */
  NullModel(List<CoordinateExperiment> experiments, KernelTransformer kernel, Mask mask,
      CbmaStatistic statistic, long seed) {
    this.experiments = List.copyOf(CoordinateInputs.prepare(experiments, kernel, statistic.estimatorName()));
    this.kernel = kernel;
    this.grid = new MaskGrid(mask);
    this.statistic = statistic;
    this.weights = statistic.weights(this.experiments, kernel);
    this.seed = seed;
    this.shape = KernelShape.of(kernel, this.experiments, mask.grid().zooms());
  }

  Mask mask() {
    return grid.mask;
  }

  int experimentCount() {
    return experiments.size();
  }

  /**
   * Draws iteration {@code iteration}'s foci: {@code ijk[e]} receives experiment e's random foci
   * as flat (i, j, k) triplets.
   *
   * @param random reseeded here
   * @param ijk    one array of {@code 3 n_foci(e)} per experiment. Modified.
   */
  void drawFoci(int iteration, SplitMix64 random, int[][] ijk) {
    random.reseed(SplitMix64.streamSeed(seed, iteration));
    Mask mask = grid.mask;
    int voxels = mask.size();
    int nx = grid.nx;
    int ny = grid.ny;
    for (int[] foci : ijk) {
      for (int n = 0; n < foci.length; n += 3) {
        int flat = mask.flatIndex(random.nextInt(voxels));
        foci[n] = flat % nx;
        foci[n + 1] = (flat / nx) % ny;
        foci[n + 2] = flat / (nx * ny);
      }
    }
  }

  /** One focus buffer per experiment, sized for {@link #drawFoci}. */
  int[][] newFociBuffers() {
    int[][] ijk = new int[experiments.size()][];
    for (int e = 0; e < ijk.length; e++) {
      ijk[e] = new int[3 * experiments.get(e).fociCount()];
    }
    return ijk;
  }

  /** Builds experiment {@code e}'s MA map from foci {@code ijk} into {@code out}. */
  void placeKernels(int e, int[] ijk, ExperimentMa out) {
    out.start();
    shape.place(e, ijk, out);
  }
}
