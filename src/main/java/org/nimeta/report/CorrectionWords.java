package org.nimeta.report;

import java.util.List;
import java.util.Map;
import org.nimeta.compile.Step;
import org.nimeta.registry.Citations;
import org.nimeta.registry.EstimatorDef;
import org.nimeta.registry.MkdaChi2Correction;
import org.nimeta.registry.Params;
import org.nimeta.registry.Registry;
import org.nimeta.registry.Value;

/** What a correction did, after the sentence that names it: iterations, cluster forming, level. */
final class CorrectionWords {
  private CorrectionWords() {}

  /**
   * @param key    the correction, {@code FWE:montecarlo}
   * @param target the estimate it corrects, or null when it corrects something else
   */
  static String details(String key, Step.Correct step, Step.Estimate target, Registry registry, CitedWorks works) {
    Map<String, Value> p = step.params();
    String level = " The corrected maps were read at α = " + p.get("alpha").show() + ".";
    return switch (key) {
      case "FWE:bonferroni" -> " (p multiplied by the number of voxels, capped at 1)." + level;
      case "FWE:montecarlo" -> monteCarlo(p, target, registry, works) + level;
      case "FDR:indep", "FDR:negcorr" -> " (adjusted p values; the level does not change them)." + level;
      case "TFCE:montecarlo" -> tfce(p);
      case "TFCE:predictive" -> ": the z map was enhanced as JALE does (E = 0.5, H = 2, 100 height steps), the "
          + "settings the TFCE model was trained at, and voxels whose TFCE exceeded the model's cutoff for α = 0.05 "
          + "were kept.";
      default -> p.isEmpty() ? "." : " (" + MethodsPhrases.parameters(p) + ")." + level;
    };
  }

  /** TFCE as JALE computes it, and its cutoff at the correction's own alpha (the phrase cites the works). */
  private static String tfce(Map<String, Value> p) {
    return ": the z map was thresholded at "
        + p.get("steps").show() + " equally spaced heights up to its maximum, and each voxel gained, at every height "
        + "h below its z, h^" + p.get("H").show() + " times the size of its face-connected cluster to the power "
        + p.get("E").show() + ". The null distribution of the largest TFCE came from " + p.get("n_iters").show()
        + " iterations, each replacing every experiment's foci by as many random voxels of the mask; voxels whose "
        + "TFCE exceeded its " + new Value.Num(100 * (1 - Params.ALPHA.of(p)), false).show() + "th percentile were kept "
        + "(FWE α = " + p.get("alpha").show() + "), and voxel-level corrected p values are the share of null maxima "
        + "at or above each voxel's TFCE.";
  }

  private static String monteCarlo(Map<String, Value> p, Step.Estimate target, Registry registry,
      CitedWorks works) {
    String iterations = p.get("n_iters").show();
    boolean images = target != null
        && ((EstimatorDef) registry.find(target.estimator())).dataKind() == EstimatorDef.DataKind.IMAGES;
    if (images) {
      return " with " + iterations + " random sign flips of the experiments' images"
          + works.after(List.of(Citations.FREEDMAN_1983)) + ": the largest statistic of each flipped dataset built "
          + "the null distribution of the maximum, giving voxel-level corrected p values.";
    }
    if (target != null && MkdaChi2Correction.relabels(target.params())) {
      return " with " + iterations + " random relabellings of the pooled experiments (group sizes kept): each "
          + "kept, for each chi-square test, the largest statistic, the largest cluster size and the largest cluster "
          + "mass, giving voxel-level and cluster-level (size and mass) corrected p values. Clusters were formed of "
          + "face-connected voxels at an uncorrected p below " + p.get("voxel_thresh").show() + ".";
    }
    boolean monteCarloNull = target != null && target.params().containsKey(Params.NULL_METHOD.name())
        && Params.NULL_METHOD.of(target.params()) == Params.NullMethod.MONTECARLO;
    String forming = monteCarloNull
        ? "the threshold NiMARE " + Citations.NIMARE_VERSION + " reads off the Monte Carlo null's histogram (the bin "
            + "before its first empty bin)"
        : "an uncorrected p below " + p.get("voxel_thresh").show();
    // A contrast whose FWE relabels groups takes `target` (ALESubtraction); MKDAChi2's took the branch above.
    boolean relabelled = target != null
        && ((EstimatorDef) registry.find(target.estimator())).takesCorrectorParam("target");
    boolean voxelOnly = p.get("vfwe_only") instanceof Value.Bool b && b.value();
    String drawn = relabelled
        ? "each reassigned the pooled experiments to the two groups at random, keeping the group sizes, and kept "
            + "the largest absolute difference"
        : "each replaced every experiment's foci by as many random voxels of the mask and kept the largest statistic";
    String kept = voxelOnly ? ", giving voxel-level corrected p values."
        : ", the largest cluster size and the largest cluster mass, giving voxel-level and cluster-level (size and "
            + "mass) corrected p values. Clusters were formed of face-connected voxels at "
            + (relabelled ? "the absolute difference exceeded by a fraction " + p.get("voxel_thresh").show()
                + " of all permutation values" : forming) + ".";
    String groups = p.get("target") instanceof Value.Choice t && !t.word().equals("pairwise")
        ? " Each group's ALE was corrected as well, against random foci, as ALE is." : "";
    return " with " + iterations + " iterations" + works.after(List.of(Citations.EICKHOFF_2012)) + ": " + drawn + kept
        + groups;
  }
}
