package org.nimeta.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.nimeta.registry.Citation;
import org.nimeta.registry.Citations;
import org.nimeta.registry.Correction;
import org.nimeta.registry.KernelConfig;
import org.nimeta.registry.Params;
import org.nimeta.registry.Value;

/**
 * What each method is called in a methods paragraph and what its parameters mean there. A method
 * missing here is still described (by its name and parameters); {@code MethodsPhrasesTest} fails
 * until every built-in one has its words.
 */
final class MethodsPhrases {
  private MethodsPhrases() {}

  /** The estimators' names in prose, after "was analysed with". */
  static final Map<String, String> ESTIMATORS = Map.ofEntries(
      Map.entry("ALE", "an activation likelihood estimation (ALE) meta-analysis"),
      Map.entry("MKDADensity", "a multilevel kernel density analysis (MKDA)"),
      Map.entry("KDA", "a kernel density analysis (KDA)"),
      Map.entry("MKDAChi2", "a multilevel kernel density chi-square analysis (MKDA chi-square)"),
      Map.entry("ALESubtraction", "an ALE subtraction analysis"),
      Map.entry("BalancedALESubtraction", "a balanced ALE subtraction analysis (both groups subsampled to one size)"),
      Map.entry("SCALE", "a specific coactivation likelihood estimation (SCALE)"),
      Map.entry("CBMR", "a Poisson coordinate-based meta-regression (CBMR)"),
      Map.entry("Fishers", "Fisher's combined probability test"),
      Map.entry("Stouffers", "Stouffer's z combination"),
      Map.entry("WeightedLeastSquares", "a weighted least squares meta-analysis"),
      Map.entry("DerSimonianLaird", "a random-effects meta-analysis with DerSimonian and Laird's "
          + "method-of-moments estimate of the between-study variance τ²"),
      Map.entry("Hedges", "a random-effects meta-analysis with Hedges' estimate of the between-study variance τ²"),
      Map.entry("SampleSizeBasedLikelihood", "a random-effects meta-analysis by sample-size-based likelihood"),
      Map.entry("VarianceBasedLikelihood", "a random-effects meta-analysis by variance-based likelihood"),
      Map.entry("PermutedOLS", "a one-sample t test by permuted ordinary least squares"));

  /** The kernels' names in prose. */
  static final Map<String, String> KERNELS = Map.of(
      "ALEKernel", "an ALE kernel", "MKDAKernel", "an MKDA kernel", "KDAKernel", "a KDA kernel");

  /** The correction methods in prose, by {@link Correction#key}. */
  static final Map<String, String> CORRECTIONS = Map.of(
      "FWE:bonferroni", "corrected for the family-wise error rate (FWE) by Bonferroni's method",
      "FWE:montecarlo", "corrected for the family-wise error rate (FWE) by a Monte Carlo procedure",
      "FWE:predictive", "corrected for the family-wise error rate (FWE) at cutoffs predicted from the experiments' "
          + "subject and focus counts (Frahm et al. 2025)",
      "FDR:indep", "corrected for the false discovery rate (FDR) by the Benjamini–Hochberg procedure",
      "FDR:negcorr", "corrected for the false discovery rate (FDR) by the Benjamini–Yekutieli procedure, "
          + "valid under any dependence",
      "TFCE:montecarlo", "corrected for the family-wise error rate (FWE) by threshold-free cluster enhancement "
          + "(TFCE) of its z map and a Monte Carlo null of the largest TFCE",
      "TFCE:predictive", "corrected for the family-wise error rate (FWE) by threshold-free cluster enhancement "
          + "(TFCE) of its z map at a cutoff predicted from the experiments' subject and focus counts "
          + "(Frahm et al. 2025)");

  static String estimator(String name) {
    return ESTIMATORS.getOrDefault(name, "`" + name + "`");
  }

  /**
   * How a kernel turns an experiment's foci into its modeled-activation map. The ALE kernel's works
   * are cited at the claims they support (the width rule, the maximum over foci).
   */
  static String kernel(KernelConfig k, CitedWorks works, List<Citation> kernelWorks) {
    String named = KERNELS.getOrDefault(k.type(), "the kernel `" + k.type() + "`");
    Map<String, Value> p = k.params();
    return switch (k.type()) {
      case "ALEKernel" -> "Modeled-activation maps were computed with " + named + ": each focus was modeled as a "
          + "3D Gaussian " + aleWidth(p, works) + ", and an experiment's map was the voxel-wise maximum over its "
          + "foci" + works.after(List.of(Citations.TURKELTAUB_2012)) + ", so that nearby foci of one experiment do "
          + "not add up.";
      case "MKDAKernel" -> "Modeled-activation maps were computed with " + named + works.after(kernelWorks)
          + ": a sphere of radius " + mm(p.get("r")) + " and value " + p.get("value").show() + " around each focus; "
          + "where spheres of one experiment overlap, the value counts once.";
      case "KDAKernel" -> "Modeled-activation maps were computed with " + named + works.after(kernelWorks)
          + ": a sphere of radius " + mm(p.get("r")) + " and value " + p.get("value").show() + " around each focus, "
          + "summed where spheres of one experiment overlap.";
      default -> "Modeled-activation maps were computed with " + named + works.after(kernelWorks)
          + (p.isEmpty() ? "" : " (" + parameters(p) + ")") + ".";
    };
  }

  /** How the ALE kernel's width was chosen: a fixed FWHM, one sample size, or each experiment's own. */
  private static String aleWidth(Map<String, Value> p, CitedWorks works) {
    Value fwhm = p.get("fwhm");
    Value n = p.get("sample_size");
    String rule = "the empirical rule of Eickhoff et al. (2009)" + works.after(List.of(Citations.EICKHOFF_2009));
    if (fwhm != null && !(fwhm instanceof Value.None)) {
      return "of a fixed full width at half maximum (FWHM) of " + mm(fwhm) + " for every experiment";
    }
    if (n != null && !(n instanceof Value.None)) {
      return "whose full width at half maximum (FWHM) was that of a sample size of " + n.show()
          + " for every experiment, by " + rule;
    }
    return "whose full width at half maximum (FWHM) was derived from each experiment's sample size by " + rule
        + ", which models the spatial uncertainty of a focus as shrinking with the number of participants";
  }

  /** The null distribution of a coordinate-based estimator with {@code null_method}. */
  static String nullDistribution(Map<String, Value> params, boolean ale, CitedWorks works) {
    if (Params.NULL_METHOD.of(params) == Params.NullMethod.MONTECARLO) {
      return "The statistic was converted to p values with a Monte Carlo null distribution of "
          + Params.N_ITERS.of(params) + " iterations, each of which placed every experiment's foci at random voxels "
          + "of the mask and kept the statistic of every voxel.";
    }
    return "The statistic was converted to p values with the approximate null distribution computed exactly "
        + "from the histograms of the modeled-activation maps"
        + (ale ? works.after(List.of(Citations.EICKHOFF_2012)) : "") + ".";
  }

  /** {@code `a = 1`, `b = true`}: a method's parameters as written, for methods without their own words. */
  static String parameters(Map<String, Value> p) {
    List<String> shown = new ArrayList<>();
    p.forEach((name, v) -> shown.add("`" + name + " = " + v.show() + "`"));
    return String.join(", ", shown);
  }

  /** A length as the paper writes it: {@code 10 mm}. */
  static String mm(Value v) {
    return v instanceof Value.Length l ? Value.formatNumber(l.mm()) + " mm" : v.show();
  }
}
