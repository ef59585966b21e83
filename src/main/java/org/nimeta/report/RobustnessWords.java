package org.nimeta.report;

import java.util.Map;
import org.nimeta.compile.Step;
import org.nimeta.registry.Value;

/** The methods text of the robustness diagnostics, ResampledStability and FailSafeN. */
final class RobustnessWords {
  private RobustnessWords() {}

  /** The sentence for {@code step}, or null when it is not a robustness diagnostic. */
  static String describe(Step.Diagnose step, Long seed) {
    Map<String, Value> p = step.params();
    String of = "`" + step.targetMap() + "` of `" + step.target() + "`";
    String seeded = seed == null ? "" : " (seed " + seed + ")";
    return switch (step.diagnostic()) {
      case "ResampledStability" -> "The stability of " + of + " was estimated by resampling its experiments "
          + "(NiMARE's ResampledStability, " + show(p, "resampling_policy") + " schedule" + seeded + "): each "
          + "replicate's statistic was converted to z with the full data's approximate null, thresholded at p < "
          + (p.get("voxel_thresh") instanceof Value.Num n ? n.show() : "0.001") + ", and its clusters larger than "
          + "the 1 − alpha percentile (alpha = " + show(p, "alpha") + ") of a Monte Carlo null of the largest random cluster were kept; "
          + "the map gives the fraction of replicates in which each voxel survived.";
      case "FailSafeN" -> "The fail-safe N of each cluster of " + of + " (Acar et al., 2018) was computed" + seeded
          + ": null experiments (random foci, with the foci count and sample size of a randomly chosen experiment) "
          + "were added and the ALE refitted and corrected (cluster-forming p < " + show(p, "cluster_forming_p")
          + ", cluster-level Monte Carlo FWE with " + show(p, "n_iters") + " iterations, alpha = " + show(p, "alpha")
          + "), up to " + show(p, "max_null_experiments") + " null experiments; a cluster survived while one of its "
          + "voxels lay in a significant cluster.";
      default -> null;
    };
  }

  private static String show(Map<String, Value> p, String name) {
    Value v = p.get(name);
    return v == null ? "" : v.show();
  }
}
