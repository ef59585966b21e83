package org.nimeta.engine.montecarlo;

/**
 * The null distributions of a Monte Carlo FWE correction, one entry per iteration (in iteration
 * order): the largest statistic of the random map, its largest cluster size (voxels) and largest
 * cluster mass at the cluster-forming threshold (0 when it has no cluster).
 *
 * @param clusterFormingThreshold the statistic a voxel must exceed to join a cluster
 * @param maxStat                 per iteration. Not copied: do not modify.
 * @param maxClusterSize          per iteration. Not copied: do not modify.
 * @param maxClusterMass          per iteration. Not copied: do not modify.
 */
public record FweNull(double clusterFormingThreshold, double[] maxStat, int[] maxClusterSize,
    double[] maxClusterMass) {
  /** Name of the table holding this record in a corrected {@link org.nimeta.engine.MetaResult}. */
  public static final String TABLE = "fwe_null";
  /** Column names for a tab-separated listing, matching {@link #row(int)}. */
  public static final String[] COLUMNS = {"iteration", "max_stat", "max_cluster_size", "max_cluster_mass"};

  public FweNull {
    if (maxStat.length != maxClusterSize.length || maxStat.length != maxClusterMass.length) {
      throw new IllegalArgumentException("the three FWE null distributions differ in length: "
          + maxStat.length + ", " + maxClusterSize.length + ", " + maxClusterMass.length);
    }
  }

  public int iterations() {
    return maxStat.length;
  }

  /** Iteration {@code i} as {@link #COLUMNS}: the iteration number (from 0) and its three maxima. */
  public Object[] row(int i) {
    return new Object[] {i, maxStat[i], maxClusterSize[i], maxClusterMass[i]};
  }

  /** The max-statistic null as an {@link EmpiricalNull}. */
  public EmpiricalNull voxelNull() {
    return new EmpiricalNull(maxStat);
  }

  /** The max-cluster-size null as an {@link EmpiricalNull}. */
  public EmpiricalNull sizeNull() {
    return new EmpiricalNull(sizeNullValues());
  }

  /** The max cluster sizes as doubles (a new array). */
  public double[] sizeNullValues() {
    double[] sizes = new double[maxClusterSize.length];
    for (int i = 0; i < sizes.length; i++) {
      sizes[i] = maxClusterSize[i];
    }
    return sizes;
  }

  /** The max-cluster-mass null as an {@link EmpiricalNull}. */
  public EmpiricalNull massNull() {
    return new EmpiricalNull(maxClusterMass);
  }
}
