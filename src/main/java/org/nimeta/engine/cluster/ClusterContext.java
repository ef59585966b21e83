package org.nimeta.engine.cluster;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.nimeta.engine.montecarlo.FweMaps;
import org.nimeta.image.Mask;
import org.nimeta.image.atlas.Atlas;

/**
 * What a labelled cluster table reads besides the thresholded map itself: the maps of the result
 * it comes from (the estimate's and its corrections', by NiMARE name, on {@code mask}) and the
 * atlas naming its peaks (empty when the atlas is not on the classpath). Every writer of cluster
 * tables (thresholded maps of {@code write}, diagnostics) builds one and passes it to
 * {@link ClusterReport#of}.
 *
 * @param maps one value per in-mask voxel of {@code mask}, by map name. Not modified.
 */
public record ClusterContext(Mask mask, Map<String, double[]> maps, Optional<Atlas> atlas) {
  /** The estimator's own statistic, the first of these the result has (ALE/density/..., IBMA, subtraction, MKDAChi2). */
  public static final List<String> STATISTIC_MAPS = List.of("stat", "est", "stat_desc-group1MinusGroup2", "z_desc-association");
  /** The cluster-level (size) FWE p, as p or as −log10 p (what the Monte Carlo FWE writes). */
  public static final String CLUSTER_P = "p_desc-size_level-cluster_corr-FWE_method-montecarlo";
  public static final String CLUSTER_LOGP = FweMaps.LOGP_SIZE;

  public ClusterContext {
    maps = Map.copyOf(maps);
  }

  /** The context of a result's maps with the bundled Harvard–Oxford atlas (when it is there). */
  public static ClusterContext withBundledAtlas(Mask mask, Map<String, double[]> maps) {
    return new ClusterContext(mask, maps, Atlas.harvardOxford());
  }

  /** The estimator's own statistic map, or null when the result has none of {@link #STATISTIC_MAPS}. */
  public double[] statistic() {
    return STATISTIC_MAPS.stream().filter(maps::containsKey).findFirst().map(maps::get).orElse(null);
  }

  /** The cluster-level FWE p at masked voxel m, or null when the result has no cluster-level correction. */
  public Double clusterP(int m) {
    double[] p = maps.get(CLUSTER_P);
    if (p != null) {
      return p[m];
    }
    double[] logp = maps.get(CLUSTER_LOGP);
    return logp == null ? null : StrictMath.pow(10, -logp[m]);
  }
}
