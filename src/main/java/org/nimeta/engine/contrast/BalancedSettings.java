package org.nimeta.engine.contrast;

import org.nimeta.engine.Progress;

/**
 * The settings of {@link BalancedAleSubtraction}, with NiMARE main's names and meanings.
 *
 * @param targetN              experiments drawn from each group per balanced resample; 0 means
 *                             the smaller group's size (NiMARE's {@code target_n=None})
 * @param subsamples           most subsets per group for its probability map ({@code n_subsamples})
 * @param differenceIterations balanced draws averaged into one difference map
 *                             ({@code difference_iterations})
 * @param iterations           iterations of each Monte Carlo null ({@code n_iters}): the cluster-size
 *                             nulls of the probability maps and the extrema of the balanced difference
 * @param voxelThresh          cluster-forming p of the probability maps ({@code voxel_thresh})
 * @param nullMethod           how the balanced difference's null is drawn
 * @param alpha                cluster-level FWE of the probability maps, and two-sided level of the
 *                             difference's extrema thresholds
 * @param seed                 every random draw comes from a stream derived from it
 * @param threads              worker threads; the result does not depend on it
 * @param progress             told of the iterations of every phase, as one count
 */
public record BalancedSettings(int targetN, int subsamples, int differenceIterations, int iterations,
    double voxelThresh, BalancedNull nullMethod, double alpha, long seed, int threads, Progress progress) {

  public BalancedSettings {
    if (targetN < 0 || subsamples < 1 || differenceIterations < 1 || iterations < 1 || threads < 1) {
      throw new IllegalArgumentException("counts must be positive (target_n may be 0 for the smaller group)");
    }
    if (!(voxelThresh > 0 && voxelThresh < 1) || !(alpha > 0 && alpha < 1)) {
      throw new IllegalArgumentException("voxel_thresh and alpha must lie in (0, 1)");
    }
  }

  /** A prior of every voxel of a mask of {@code voxels} voxels ({@code mask_coverage = brain}). */
  public static boolean[] wholeMask(int voxels) {
    boolean[] all = new boolean[voxels];
    java.util.Arrays.fill(all, true);
    return all;
  }
}
