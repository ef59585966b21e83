package org.nimeta.engine.montecarlo;

import java.util.LinkedHashMap;
import java.util.Map;
import org.nimeta.engine.cluster.ClusterLabeler;
import org.nimeta.engine.cluster.FaceNeighbours;
import org.nimeta.engine.stats.PToZ;

/**
 * The corrected maps of NiMARE's {@code CBMAEstimator.correct_fwe_montecarlo}, from the observed
 * statistic and a {@link FweNull}. Every p comes from {@link EmpiricalNull#upperP}; logp is
 * {@code -log10(p)} and z the one-tailed {@code p_to_z} (0 for p >= 0.5).
 *
 * <ul>
 *   <li>voxel level: p of each voxel's statistic against the max-statistic null;</li>
 *   <li>cluster level: the observed statistic is cut at the cluster-forming threshold (voxels
 *       above it form clusters, {@link ClusterLabeler}); every voxel of a cluster gets the p of
 *       the cluster's size (or mass) against the max-size (or max-mass) null. Every other voxel is
 *       NiMARE's background "cluster": size 0 and mass {@code -threshold * (its voxel count on the
 *       full grid)}, which no null value is below, so its p is {@code 1 - 1/n} (logp
 *       {@code -log10(1 - 1/n)}, z 0).</li>
 * </ul>
 * As p is never below {@code max(1/n, 2.22e-16)}, logp is always finite (NiMARE's replacement of an
 * infinite logp never applies).
 */
public final class FweMaps {
  private static final String SUFFIX = "_corr-FWE_method-montecarlo";
  public static final String LOGP_VOXEL = "logp_level-voxel" + SUFFIX;
  public static final String Z_VOXEL = "z_level-voxel" + SUFFIX;
  public static final String LOGP_SIZE = "logp_desc-size_level-cluster" + SUFFIX;
  public static final String Z_SIZE = "z_desc-size_level-cluster" + SUFFIX;
  public static final String LOGP_MASS = "logp_desc-mass_level-cluster" + SUFFIX;
  public static final String Z_MASS = "z_desc-mass_level-cluster" + SUFFIX;

  private FweMaps() {}

  /**
   * The six corrected maps, in NiMARE's order ({@link #LOGP_VOXEL}, {@link #Z_VOXEL},
   * {@link #LOGP_SIZE}, {@link #Z_SIZE}, {@link #LOGP_MASS}, {@link #Z_MASS}), each a new masked
   * array.
   *
   * @param stat       the observed statistic, one value per voxel of {@code neighbours}' mask. Not
   *                   modified.
   * @param neighbours the mask's face neighbours
   * @param fweNull    the null distributions and the cluster-forming threshold
   */
  public static Map<String, double[]> compute(double[] stat, FaceNeighbours neighbours, FweNull fweNull) {
    int n = stat.length;
    if (n != neighbours.voxelCount()) {
      throw new IllegalArgumentException("the statistic has " + n + " values, the mask has "
          + neighbours.voxelCount());
    }
    EmpiricalNull voxelNull = fweNull.voxelNull();
    double[] voxelP = new double[n];
    for (int m = 0; m < n; m++) {
      voxelP[m] = voxelNull.upperP(stat[m]);
    }

    double threshold = fweNull.clusterFormingThreshold();
    ClusterLabeler labeler = new ClusterLabeler(neighbours);
    int clusters = labeler.labelAll(stat, threshold);
    EmpiricalNull sizeNull = fweNull.sizeNull();
    EmpiricalNull massNull = fweNull.massNull();
    double[] clusterSizeP = new double[clusters];
    double[] clusterMassP = new double[clusters];
    long clusterVoxels = 0;
    for (int c = 0; c < clusters; c++) {
      clusterSizeP[c] = sizeNull.upperP(labeler.size(c));
      clusterMassP[c] = massNull.upperP(labeler.mass(c));
      clusterVoxels += labeler.size(c);
    }
    long backgroundVoxels = (long) neighbours.mask().grid().size() - clusterVoxels;
    double backgroundSizeP = sizeNull.upperP(0);
    double backgroundMassP = massNull.upperP(-threshold * backgroundVoxels);
    double[] sizeP = new double[n];
    double[] massP = new double[n];
    for (int m = 0; m < n; m++) {
      int c = labeler.labelOf(m);
      sizeP[m] = c >= 0 ? clusterSizeP[c] : backgroundSizeP;
      massP[m] = c >= 0 ? clusterMassP[c] : backgroundMassP;
    }

    Map<String, double[]> maps = new LinkedHashMap<>();
    maps.put(LOGP_VOXEL, logp(voxelP));
    maps.put(Z_VOXEL, PToZ.oneTailed(voxelP));
    maps.put(LOGP_SIZE, logp(sizeP));
    maps.put(Z_SIZE, PToZ.oneTailed(sizeP));
    maps.put(LOGP_MASS, logp(massP));
    maps.put(Z_MASS, PToZ.oneTailed(massP));
    return maps;
  }

  private static double[] logp(double[] p) {
    double[] out = new double[p.length];
    for (int m = 0; m < p.length; m++) {
      out[m] = -StrictMath.log10(p[m]);
    }
    return out;
  }
}
