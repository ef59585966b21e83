package org.nimeta.engine.cluster;

import java.util.Arrays;

/**
 * Connected components ("clusters") of the in-mask voxels whose value exceeds a threshold, with
 * face connectivity ({@link FaceNeighbours}), as NiMARE finds them with
 * {@code ndimage.label(stat > threshold)}; for each cluster its size (voxel count) and mass
 * {@code sum over its voxels of (value - threshold)}.
 *
 * <p>Reusable and allocation-free once warmed up: one instance per thread, labelling one map after
 * another (a breadth-first flood fill over the neighbour table; voxels are marked with a
 * per-call generation number, so nothing is cleared between calls). The results of a call stay
 * readable until the next call.
 */
public final class ClusterLabeler {
  private final int[] neighbours;
  private final int[] stamp;
  private final int[] label;
  private final int[] queue;
  private int generation;
  private int count;
  private int[] sizes = new int[64];
  private double[] masses = new double[64];
  private int maxSize;
  private double maxMass;

  public ClusterLabeler(FaceNeighbours neighbours) {
    this.neighbours = neighbours.table();
    int n = neighbours.voxelCount();
    this.stamp = new int[n];
    this.label = new int[n];
    this.queue = new int[n];
  }

  /**
   * Labels the clusters of voxels with {@code values[m] > threshold}, looking for them only among
   * {@code seeds}: every voxel above the threshold must be listed there (others may be too; they
   * are skipped). NaN is never above the threshold. Clusters are numbered in the order of the
   * seed that first reaches them.
   *
   * @param values one value per in-mask voxel. Not modified.
   * @param seeds  masked indices; the first {@code nSeeds} are read. Not modified.
   * @return the number of clusters
   */
  public int label(double[] values, double threshold, int[] seeds, int nSeeds) {
    start();
    for (int s = 0; s < nSeeds; s++) {
      int m = seeds[s];
      if (stamp[m] != generation && values[m] > threshold) {
        flood(m, values, threshold);
      }
    }
    return count;
  }

  /**
   * {@link #label(double[], double, int[], int)} with every in-mask voxel as a seed, so clusters
   * are numbered in masked-index order.
   *
   * @param values one value per in-mask voxel. Not modified.
   */
  public int labelAll(double[] values, double threshold) {
    start();
    for (int m = 0; m < values.length; m++) {
      if (stamp[m] != generation && values[m] > threshold) {
        flood(m, values, threshold);
      }
    }
    return count;
  }

  /** Number of clusters found by the last call. */
  public int clusterCount() {
    return count;
  }

  /** Size in voxels of cluster {@code c} of the last call. */
  public int size(int c) {
    return sizes[c];
  }

  /** Mass of cluster {@code c} of the last call: the sum of (value - threshold) over its voxels. */
  public double mass(int c) {
    return masses[c];
  }

  /** The largest cluster size of the last call, 0 when there was no cluster (as NiMARE). */
  public int maxSize() {
    return maxSize;
  }

  /** The largest cluster mass of the last call, 0 when there was no cluster (as NiMARE). */
  public double maxMass() {
    return maxMass;
  }

  /** The cluster of masked voxel {@code m} in the last call, or -1 when it is in none. */
  public int labelOf(int m) {
    return stamp[m] == generation ? label[m] : -1;
  }

  private void start() {
    if (generation == Integer.MAX_VALUE) {
      Arrays.fill(stamp, 0);
      generation = 0;
    }
    generation++;
    count = 0;
    maxSize = 0;
    maxMass = 0;
  }

  private void flood(int seed, double[] values, double threshold) {
    int c = count++;
    if (c == sizes.length) {
      sizes = Arrays.copyOf(sizes, 2 * c);
      masses = Arrays.copyOf(masses, 2 * c);
    }
    stamp[seed] = generation;
    label[seed] = c;
    queue[0] = seed;
    int head = 0;
    int tail = 1;
    double mass = 0;
    while (head < tail) {
      int m = queue[head++];
      mass += values[m] - threshold;
      int base = FaceNeighbours.PER_VOXEL * m;
      for (int d = 0; d < FaceNeighbours.PER_VOXEL; d++) {
        int n = neighbours[base + d];
        if (n >= 0 && stamp[n] != generation && values[n] > threshold) {
          stamp[n] = generation;
          label[n] = c;
          queue[tail++] = n;
        }
      }
    }
    sizes[c] = tail;
    masses[c] = mass;
    maxSize = Math.max(maxSize, tail);
    maxMass = Math.max(maxMass, mass);
  }
}
