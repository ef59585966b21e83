package org.nimeta.engine.montecarlo;

/**
 * The statistic map of one random dataset, as one thread computes it for the FWE null: after
 * {@link #compute}, {@link #values()} is exact at every listed voxel ({@link #voxels()}), the
 * listed voxels include every voxel above the cluster-forming threshold, every other voxel holds 0
 * and is at or below that threshold, and {@link #max()} is the map's exact maximum.
 */
interface RandomStatisticMap {
  /** Draws iteration {@code iteration}'s foci and computes its map. */
  void compute(int iteration);

  double max();

  /** One value per in-mask voxel. Do not modify. */
  double[] values();

  /** Masked indices of the listed voxels; the first {@link #voxelCount()} are valid. Do not modify. */
  int[] voxels();

  int voxelCount();

  /** Makes {@link #values()} all zero again. */
  void clear();
}
