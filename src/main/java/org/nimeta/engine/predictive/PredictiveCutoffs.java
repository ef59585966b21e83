package org.nimeta.engine.predictive;

import java.util.List;
import org.nimeta.engine.CoordinateExperiment;

/**
 * The FWE cutoffs Frahm et al. (2025)'s XGBoost models predict for an ALE of a dataset, from its
 * experiments' subject and focus counts alone (NiMARE main's {@code predict_cutoffs}): in
 * milliseconds what a Monte Carlo null would estimate in minutes.
 *
 * @param voxelStat   the voxel-level FWE cutoff on the ALE statistic (vFWE model)
 * @param clusterSize the cluster-size FWE cutoff in voxels at a cluster-forming p of 0.001 (cFWE
 *                    model, rounded half to even as Python's {@code round})
 */
public record PredictiveCutoffs(double voxelStat, int clusterSize) {
  private static final class Models {
    static final TreeEnsemble VOXEL = TreeEnsemble.resource("vFWE_model.json");
    static final TreeEnsemble CLUSTER = TreeEnsemble.resource("cFWE_model.json");
    static final TreeEnsemble TFCE = TreeEnsemble.resource("tfce_model.json");
  }

  /** The voxel- and cluster-level cutoffs for these experiments (each with its sample size). */
  public static PredictiveCutoffs of(List<CoordinateExperiment> experiments) {
    return of(ExperimentCounts.of(experiments));
  }

  /**
   * The cutoffs for these counts.
   *
   * @throws org.nimeta.engine.EngineRefusal outside the models' range ({@link ModelRange})
   */
  public static PredictiveCutoffs of(ExperimentCounts counts) {
    double[] features = PredictiveFeatures.of(counts);
    return new PredictiveCutoffs(Models.VOXEL.predict(features),
        (int) Math.rint(Models.CLUSTER.predict(features)));
  }

  /**
   * The TFCE-model cutoff (Frahm et al. 2025's third model): the FWE cutoff on the maximum TFCE
   * score of the ALE map (JALE's {@code compute_tfce}, E = 0.5, H = 2). NiMARE does not use it.
   *
   * @throws org.nimeta.engine.EngineRefusal outside the models' range ({@link ModelRange})
   */
  public static double tfce(ExperimentCounts counts) {
    return Models.TFCE.predict(PredictiveFeatures.of(counts));
  }

  /** {@link #tfce(ExperimentCounts)} of these experiments. */
  public static double tfce(List<CoordinateExperiment> experiments) {
    return tfce(ExperimentCounts.of(experiments));
  }

  /** The raw cluster-size prediction before rounding, in voxels (for reports and tests). */
  public static double clusterSizePrediction(ExperimentCounts counts) {
    return Models.CLUSTER.predict(PredictiveFeatures.of(counts));
  }
}
