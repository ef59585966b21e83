package org.nimeta.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.nimeta.engine.ibma.DerSimonianLaird;
import org.nimeta.engine.ibma.Fishers;
import org.nimeta.engine.ibma.Hedges;
import org.nimeta.engine.ibma.IbmaEstimator;
import org.nimeta.engine.ibma.LikelihoodMethod;
import org.nimeta.engine.ibma.Masking;
import org.nimeta.engine.ibma.PermutedOLS;
import org.nimeta.engine.ibma.SampleSizeBasedLikelihood;
import org.nimeta.engine.ibma.Stouffers;
import org.nimeta.engine.ibma.VarianceBasedLikelihood;
import org.nimeta.engine.ibma.WeightedLeastSquares;
import org.nimeta.registry.EstimatorDef.DataKind;

/**
 * Image-based estimators (NiMARE 0.2.1's {@code nimare.meta.ibma}), with NiMARE's parameter
 * names and defaults. {@link #engine} turns a resolved call into the engine's estimator; the
 * compiler uses it to tell which experiments an estimator will use, the runners to run it.
 */
public final class ImageEstimators {
  /** NiMARE's generic voxel-level corrections, for estimators that write a {@code p} map. */
  static final List<String> VOXEL_CORRECTIONS = List.of("FWE:bonferroni", "FDR:indep", "FDR:negcorr");

  private ImageEstimators() {}

  static List<Definition> definitions() {
    return List.of(
        def("Fishers", List.of(), VOXEL_CORRECTIONS, List.of("z", "p", "dof"),
            "Fisher's combined probability test on z images: X² = −2 Σ ln Φ̄(z) on 2k degrees of "
                + "freedom, as a one-sided (positive) test; experiments without a `z` image are left out.",
            "Fisher RA (1946) Statistical Methods for Research Workers, 10th ed. Oliver and Boyd."),
        def("Stouffers",
            List.of(new ParamSpec("use_sample_size", new ParamType.Bool(), new Value.Bool(false),
                "Weight each z by the square root of its experiment's sample size (Zaykin 2011); "
                    + "experiments without a sample size are then left out.")),
            VOXEL_CORRECTIONS, List.of("z", "p", "dof"),
            "Stouffer's z combination on z images: Σ w z / √(Σ w²), one-sided (positive); "
                + "experiments without a `z` image are left out.",
            "Stouffer SA et al. (1949) The American Soldier. Princeton University Press; "
                + "Zaykin DV (2011) J Evol Biol 24:1836-1841."),
        def("WeightedLeastSquares",
            List.of(new ParamSpec("tau2", new ParamType.Number(false, 0.0, true, null, false), new Value.Num(0, false),
                "The assumed between-study variance τ²; 0 is the inverse-variance fixed-effects model.")),
            VOXEL_CORRECTIONS, List.of("z", "p", "est", "se", "dof"),
            "Weighted least squares on beta and varcope images with a known between-study "
                + "variance: weights 1/(varcope + τ²).",
            "Brockwell SE, Gordon IR (2001) Stat Med 20:825-840."),
        def("DerSimonianLaird", List.of(), VOXEL_CORRECTIONS, List.of("z", "p", "est", "se", "tau2", "dof"),
            "Random-effects meta-analysis of beta and varcope images, τ² by DerSimonian and Laird's "
                + "method of moments.",
            "DerSimonian R, Laird N (1986) Control Clin Trials 7:177-188; Kosmidis I, Guolo A, Varin C (2017) Biometrika 104:489-496."),
        def("Hedges", List.of(), VOXEL_CORRECTIONS, List.of("z", "p", "est", "se", "tau2", "dof"),
            "Random-effects meta-analysis of beta and varcope images, τ² by Hedges' estimator. As "
                + "in PyMARE 0.0.4 (and so NiMARE), `se` is that of the unweighted mean, 1/√k.",
            "Hedges LV, Olkin I (1985) Statistical Methods for Meta-Analysis. Academic Press."),
        def("SampleSizeBasedLikelihood", List.of(likelihoodMethod()), VOXEL_CORRECTIONS,
            List.of("z", "p", "est", "se", "tau2", "sigma2", "dof"),
            "Random-effects meta-analysis of beta images when only sample sizes are known: "
                + "y ~ N(μ, σ²/n + τ²), one within-study σ² for all experiments, fitted by (restricted) "
                + "maximum likelihood. nimeta finds the global optimum; NiMARE's optimiser often stops "
                + "short of it, so maps differ where NiMARE did not converge.",
            "Sangnawakij P, Böhning D et al. (2019) Meta-analysis without study-specific variance information: "
                + "heterogeneity case. Stat Methods Med Res."),
        def("VarianceBasedLikelihood", List.of(likelihoodMethod()), VOXEL_CORRECTIONS,
            List.of("z", "p", "est", "se", "tau2", "dof"),
            "Random-effects meta-analysis of beta and varcope images, τ² by (restricted) maximum "
                + "likelihood. nimeta finds the global optimum; NiMARE's optimiser often stops short "
                + "of it, so maps differ where NiMARE did not converge.",
            "DerSimonian R, Laird N (1986) Control Clin Trials 7:177-188; Kosmidis I, Guolo A, Varin C (2017) Biometrika 104:489-496."),
        def("PermutedOLS",
            List.of(new ParamSpec("two_sided", new ParamType.Bool(), new Value.Bool(true),
                "Test both signs (|t|) in the Monte Carlo correction; `false` counts only positive effects.")),
            List.of("FWE:montecarlo"), List.of("t", "z", "dof"),
            "One-sample t test of beta images (nilearn's permuted OLS with an intercept-only "
                + "design); `FWE(method = montecarlo)` flips the experiments' signs at random to "
                + "build the null distribution of the maximum statistic.",
            "Freedman D, Lane D (1983) J Bus Econ Stat 1:292-298."));
  }

  private static EstimatorDef def(String name, List<ParamSpec> own, List<String> corrections, List<String> outputs,
      String doc, String citation) {
    List<ParamSpec> params = new ArrayList<>(own);
    params.add(new ParamSpec("aggressive_mask", new ParamType.Bool(), new Value.Bool(true),
        "`true`: use only voxels that are non-zero and not NaN in every experiment (for two image "
            + "types, in every experiment for either type: NiMARE 0.2.1's rule and default). `false`: "
            + "analyse each group of voxels covered by the same experiments separately (at least two)."));
    boolean needsSampleSizes = name.equals("SampleSizeBasedLikelihood");
    // NiMARE's PermutedOLS.correct_fwe_montecarlo: the estimator's own Monte Carlo FWE.
    Map<String, CorrectorRunner> ownCorrections = name.equals("PermutedOLS")
        ? Map.of("FWE:montecarlo", IbmaRunners::permutedOlsFwe) : Map.of();
    return new EstimatorDef(name, Definition.Kind.ESTIMATOR, 1, DataKind.IMAGES, params, needsSampleSizes,
        corrections, outputs, false, doc, citation, in -> IbmaRunners.fit(name, in), ownCorrections);
  }

  private static ParamSpec likelihoodMethod() {
    return new ParamSpec("method", new ParamType.Choice(List.of("ml", "reml")), new Value.Choice("ml"),
        "`ml`: maximum likelihood; `reml`: restricted maximum likelihood.");
  }

  /**
   * The engine estimator for a resolved call of one of these estimators.
   *
   * @param params every parameter, defaults filled in (as a plan step holds them)
   * @throws IllegalArgumentException when {@code name} is not an image-based estimator
   */
  public static IbmaEstimator engine(String name, Map<String, Value> params) {
    return switch (name) {
      case "Fishers" -> new Fishers();
      case "Stouffers" -> new Stouffers(bool(params, "use_sample_size"));
      case "WeightedLeastSquares" -> new WeightedLeastSquares(((Value.Num) params.get("tau2")).value());
      case "DerSimonianLaird" -> new DerSimonianLaird();
      case "Hedges" -> new Hedges();
      case "SampleSizeBasedLikelihood" -> new SampleSizeBasedLikelihood(method(params));
      case "VarianceBasedLikelihood" -> new VarianceBasedLikelihood(method(params));
      case "PermutedOLS" -> new PermutedOLS(bool(params, "two_sided"));
      default -> throw new IllegalArgumentException("`" + name + "` is not an image-based estimator");
    };
  }

  /** The voxel selection {@code aggressive_mask} asks for. */
  public static Masking masking(Map<String, Value> params) {
    return bool(params, "aggressive_mask") ? Masking.AGGRESSIVE : Masking.BY_STUDY_SET;
  }

  private static boolean bool(Map<String, Value> params, String name) {
    return ((Value.Bool) params.get(name)).value();
  }

  private static LikelihoodMethod method(Map<String, Value> params) {
    return ((Value.Choice) params.get("method")).word().equals("reml") ? LikelihoodMethod.REML : LikelihoodMethod.ML;
  }
}
