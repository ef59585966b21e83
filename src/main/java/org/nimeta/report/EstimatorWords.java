package org.nimeta.report;

import java.util.List;
import java.util.Map;
import org.nimeta.compile.Step;
import org.nimeta.registry.Citations;
import org.nimeta.registry.Value;

/** The sentences after an estimate's first: its null, permutations or model, from its parameters. */
final class EstimatorWords {
  private EstimatorWords() {}

  static String details(Step.Estimate step, CitedWorks works) {
    Map<String, Value> p = step.params();
    return switch (step.estimator()) {
      case "ALE" -> MethodsPhrases.nullDistribution(p, true, works);
      case "MKDADensity", "KDA" -> MethodsPhrases.nullDistribution(p, false, works);
      case "ALESubtraction" -> "The difference of the two groups' ALE maps was tested at every voxel of the mask "
          + "against the differences after " + show(p, "n_iters") + " random relabellings of the pooled experiments "
          + "(two-sided)" + draws(p, "permutations", "permutations", works) + ".";
      case "MKDAChi2" -> "A one-way chi-square test of uniformity asked whether a voxel is active more often than "
          + "average in group 1, and a two-way test of association whether activation differs between the "
          + "groups; posterior probabilities used a prior of " + show(p, "prior") + ".";
      case "SCALE" -> "ALE was tested against a voxel-specific null of " + show(p, "n_iters") + " iterations in which "
          + "every focus was moved to a random location of the base-rate pool ("
          + (p.get("base") instanceof Value.Choice ? "every voxel of the mask" : "the foci of `" + step.datasets().get(1) + "`")
          + ")" + draws(p, "relocations", "draws", works) + ".";
      case "Stouffers" -> bool(p, "use_sample_size")
          ? "Each z was weighted by the square root of its experiment's sample size" + works.after(
              List.of(Citations.ZAYKIN_2011)) + "; the test is one-sided (positive)." + masking(p)
          : "Every experiment had the same weight; the test is one-sided (positive)." + masking(p);
      case "Fishers" -> "The test is one-sided (positive)." + masking(p);
      case "WeightedLeastSquares" -> "The between-study variance τ² was fixed at " + show(p, "tau2")
          + " (0 is the inverse-variance fixed-effects model)." + masking(p);
      case "DerSimonianLaird", "Hedges" -> "τ² was estimated at every voxel." + masking(p);
      case "SampleSizeBasedLikelihood", "VarianceBasedLikelihood" -> "τ² was estimated at every voxel by "
          + (p.get("method").show().equals("reml") ? "restricted maximum likelihood" : "maximum likelihood")
          + " (nimeta finds the global optimum, where NiMARE's optimiser can stop short)." + masking(p);
      case "PermutedOLS" -> "The intercept-only model was fitted at every voxel ("
          + (bool(p, "two_sided") ? "two-sided" : "one-sided, positive effects") + ")." + masking(p);
      default -> p.isEmpty() ? "" : "Its parameters were " + MethodsPhrases.parameters(p) + ".";
    };
  }

  private static String masking(Map<String, Value> p) {
    if (!p.containsKey("aggressive_mask")) {
      return "";
    }
    return bool(p, "aggressive_mask")
        ? " Only voxels with data in every experiment were analysed."
        : " Each set of voxels covered by the same experiments (at least two) was analysed separately.";
  }

  /** The note on NiMARE's own random draws, when a parameter asks for them. */
  private static String draws(Map<String, Value> p, String param, String what, CitedWorks works) {
    return p.get(param) != null && p.get(param).show().equals("nimare")
        ? ", using NiMARE " + Citations.NIMARE_VERSION + "'s own " + what + works.after(List.of(Citations.NIMARE))
            + " so that the maps reproduce NiMARE's exactly"
        : "";
  }

  private static String show(Map<String, Value> p, String name) {
    Value v = p.get(name);
    if (v == null) {
      throw new IllegalStateException("the plan has no `" + name + "`: its parameters are resolved");
    }
    return v.show();
  }

  private static boolean bool(Map<String, Value> p, String name) {
    return p.get(name) instanceof Value.Bool b && b.value();
  }
}
