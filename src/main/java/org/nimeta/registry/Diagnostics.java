package org.nimeta.registry;

import java.util.List;
import java.util.OptionalDouble;
import org.nimeta.engine.EngineRefusal;
import org.nimeta.engine.diagnostics.FocusCounter;
import org.nimeta.engine.diagnostics.Jackknife;

/** The diagnostics of results (NiMARE 0.2.1's {@code nimare.diagnostics}), with its parameters and defaults. */
public final class Diagnostics {
  /** NiMARE's default target: the cluster-level Monte Carlo FWE z map. */
  public static final String DEFAULT_TARGET = "z_desc-size_level-cluster_corr-FWE_method-montecarlo";

  public static final Param<String> TARGET_IMAGE = Param.text("target_image", DEFAULT_TARGET,
      "The map of the result (or of one of its declared corrections) whose clusters are characterised.");
  public static final Param<OptionalDouble> VOXEL_THRESH = Param.optionalNumber("voxel_thresh",
      new ParamType.Number(false, 0.0, true, null, false),
      "Clusters are formed of voxels whose |value| exceeds it; not set: every non-zero voxel (for a map that is "
          + "already thresholded, such as a cluster-level corrected one).");
  public static final Param<OptionalDouble> CLUSTER_THRESHOLD = Param.optionalNumber("cluster_threshold",
      new ParamType.Number(true, 1.0, true, null, false),
      "Clusters of fewer voxels are left out; not set: every cluster.");
  public static final Param<Boolean> DISPLAY_SECOND_GROUP = Param.bool("display_second_group", false,
      "For a contrast of two groups: also characterise the negative clusters by the second group's "
          + "experiments (the first group's are always the rows of the positive clusters).");

  private Diagnostics() {}

  static List<Definition> definitions() {
    List<Definition> all = new java.util.ArrayList<>(contributions());
    all.addAll(RobustnessDiagnostics.definitions());
    return all;
  }

  private static List<Definition> contributions() {
    return List.of(
        DiagnosticDef.builder("Jackknife")
            .params(TARGET_IMAGE, VOXEL_THRESH, CLUSTER_THRESHOLD, DISPLAY_SECOND_GROUP)
            .column("jackknife")
            .runner((estimator, in, result, tail, group) -> {
              if (estimator.leaveOneOut() == null) {
                throw new EngineRefusal("`" + estimator.name() + "` cannot recompute its statistic without one "
                    + "experiment, which Jackknife needs.");
              }
              String valueMap = Jackknife.valueMap(result.mapNames());
              return Jackknife.table(tail, result.map(valueMap), estimator.leaveOneOut().of(in, result, group));
            })
            .doc("Each experiment's share of every cluster: the mean over the cluster's voxels of 1 − (the statistic "
                + "without the experiment) / (the statistic), on `stat` (or `est`, the contrast's difference or "
                + "association, else `z`). Computed at the cluster voxels only, from each experiment's "
                + "modeled activation there, instead of refitting the estimator once per experiment.")
            .citation("Eickhoff SB et al. (2016) NeuroImage 137:70-85 (the jackknife as used for ALE).")
            .build(),
        DiagnosticDef.builder("FocusCounter")
            .params(TARGET_IMAGE, VOXEL_THRESH, CLUSTER_THRESHOLD, DISPLAY_SECOND_GROUP)
            .coordinatesOnly()
            .column("foci")
            .runner((estimator, in, result, tail, group) ->
                FocusCounter.table(tail, LeaveOneOutRules.experiments(in, group), in.mask()))
            .doc("How many foci of each experiment lie in each cluster (foci to voxels by truncation, as NiMARE).")
            .citation("Salo T et al. (2023) NiMARE: Neuroimaging Meta-Analysis Research Environment. Aperture Neuro 3.")
            .build());
  }
}
