package org.nimeta.engine.predictive;

import java.util.List;
import org.nimeta.engine.CoordinateExperiment;
import org.nimeta.engine.MetaResult;
import org.nimeta.engine.cluster.ClusterLabeler;
import org.nimeta.engine.cluster.FaceNeighbours;
import org.nimeta.engine.montecarlo.ClusterFormingThreshold;

/**
 * NiMARE main's {@code ALE.correct_fwe_predictive}: an ALE result's p, z and logp kept where the
 * predicted cutoffs say a voxel is significant, and set to "not significant" (p 1, z and logp 0)
 * elsewhere.
 *
 * <ul>
 *   <li>voxel level: where the ALE statistic is at least the voxel-level cutoff;</li>
 *   <li>cluster level: in the face-connected clusters of voxels above the ALE value of p = 0.001
 *       (the fitted null's lookup, as the Monte Carlo FWE's cluster-forming threshold) that have
 *       at least the cluster-size cutoff's voxels.</li>
 * </ul>
 * NiMARE holds its maps in float32 and compares them with the cutoffs there, so the comparisons
 * here are made on the float32 values too.
 */
public final class PredictiveFwe {
  private static final String SUFFIX = "_corr-FWE_method-predictive";
  public static final String P_VOXEL = "p_level-voxel" + SUFFIX;
  public static final String Z_VOXEL = "z_level-voxel" + SUFFIX;
  public static final String LOGP_VOXEL = "logp_level-voxel" + SUFFIX;
  public static final String P_SIZE = "p_desc-size_level-cluster" + SUFFIX;
  public static final String Z_SIZE = "z_desc-size_level-cluster" + SUFFIX;
  public static final String LOGP_SIZE = "logp_desc-size_level-cluster" + SUFFIX;
  /** The six maps, in NiMARE's order. */
  public static final List<String> MAPS = List.of(P_VOXEL, Z_VOXEL, LOGP_VOXEL, P_SIZE, Z_SIZE, LOGP_SIZE);

  /** NiMARE's cluster-forming p for the cluster-size model, the p the model was trained at. */
  public static final double CLUSTER_FORMING_P = 0.001;

  private PredictiveFwe() {}

  /**
   * The six corrected maps of a fitted ALE.
   *
   * @param fitted      the ALE's result: maps {@code stat}, {@code p}, {@code z} and its null
   * @param experiments the experiments it was fitted on, each with its sample size
   * @return a new result holding only the six maps ({@link #MAPS})
   * @throws org.nimeta.engine.EngineRefusal outside the models' range ({@link ModelRange})
   */
  public static MetaResult correct(MetaResult fitted, List<CoordinateExperiment> experiments) {
    return correct(fitted, PredictiveCutoffs.of(experiments));
  }

  /** The six corrected maps of a fitted ALE at given cutoffs. */
  public static MetaResult correct(MetaResult fitted, PredictiveCutoffs cutoffs) {
    double[] stat = fitted.map("stat");
    double[] p = fitted.map("p");
    double[] z = fitted.map("z");
    int n = stat.length;
    float voxelCutoff = (float) cutoffs.voxelStat();
    boolean[] voxel = new boolean[n];
    for (int m = 0; m < n; m++) {
      voxel[m] = (float) stat[m] >= voxelCutoff;
    }
    boolean[] cluster = clusterMask(fitted, stat, cutoffs.clusterSize());

    MetaResult out = new MetaResult(fitted.mask());
    out.put(P_VOXEL, keep(p, voxel, 1));
    out.put(Z_VOXEL, keep(z, voxel, 0));
    out.put(LOGP_VOXEL, keep(logp(p), voxel, 0));
    out.put(P_SIZE, keep(p, cluster, 1));
    out.put(Z_SIZE, keep(z, cluster, 0));
    out.put(LOGP_SIZE, keep(logp(p), cluster, 0));
    return out;
  }

  /** The voxels of clusters above the cluster-forming threshold with at least {@code minSize} voxels. */
  private static boolean[] clusterMask(MetaResult fitted, double[] stat, int minSize) {
    double threshold = (float) ClusterFormingThreshold.of(fitted, CLUSTER_FORMING_P);
    double[] stat32 = new double[stat.length];
    for (int m = 0; m < stat.length; m++) {
      stat32[m] = (float) stat[m];
    }
    ClusterLabeler labeler = new ClusterLabeler(FaceNeighbours.of(fitted.mask()));
    labeler.labelAll(stat32, threshold);
    boolean[] keep = new boolean[stat.length];
    for (int m = 0; m < stat.length; m++) {
      int c = labeler.labelOf(m);
      keep[m] = c >= 0 && labeler.size(c) >= minSize;
    }
    return keep;
  }

  /** NiMARE's {@code logp}: {@code -log10(p)}, never below 0. */
  private static double[] logp(double[] p) {
    double[] out = new double[p.length];
    for (int m = 0; m < p.length; m++) {
      out[m] = Math.max(0, StrictMath.log(p[m]) / -StrictMath.log(10.0) + 0.0);
    }
    return out;
  }

  private static double[] keep(double[] values, boolean[] where, double elsewhere) {
    double[] out = new double[values.length];
    for (int m = 0; m < values.length; m++) {
      out[m] = where[m] ? values[m] : elsewhere;
    }
    return out;
  }
}
