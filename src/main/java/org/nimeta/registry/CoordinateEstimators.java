package org.nimeta.registry;

import java.util.List;
import java.util.Map;
import org.nimeta.engine.montecarlo.CbmaStatistic;
import org.nimeta.registry.EstimatorDef.DataKind;

/** Coordinate-based estimators and contrasts (NiMARE's {@code nimare.meta.cbma}). */
final class CoordinateEstimators {
  private CoordinateEstimators() {}

  /** Voxel-level corrections every coordinate-based estimator supports. */
  static final List<String> VOXEL_CORRECTIONS = List.of("FWE:bonferroni", "FDR:indep", "FDR:negcorr");
  /** Those plus NiMARE's Monte Carlo FWE (voxel, cluster size and cluster mass). */
  static final List<String> WITH_MONTE_CARLO =
      List.of("FWE:bonferroni", "FWE:montecarlo", "FDR:indep", "FDR:negcorr");

  static List<Definition> definitions() {
    return List.of(
        new EstimatorDef(
            "ALE",
            Definition.Kind.ESTIMATOR,
            1,
            DataKind.COORDINATES,
            List.of(kernel(Kernels.ALE, "`ALEKernel()` (sample-size FWHM)"), nullMethod(), nullIterations()),
            false,
            WITH_MONTE_CARLO,
            List.of("stat", "p", "z"),
            false,
            "Activation likelihood estimation: the probability that at least one experiment "
                + "activates each voxel, ALE = 1 − Π(1 − MA).",
            "Turkeltaub PE et al. (2002) NeuroImage 16:765-780; Eickhoff SB et al. (2012) NeuroImage 59:2349-2361.",
            CbmaRunners::ale,
            Map.of("FWE:montecarlo", MonteCarloRunners.fwe(CbmaStatistic.ALE))),
        new EstimatorDef(
            "MKDADensity",
            Definition.Kind.ESTIMATOR,
            1,
            DataKind.COORDINATES,
            List.of(kernel(Kernels.MKDA, "`MKDAKernel(r = 10mm)`"), nullMethod(), nullIterations()),
            false,
            WITH_MONTE_CARLO,
            List.of("stat", "p", "z"),
            false,
            "Multilevel kernel density analysis: the (weighted) number of experiments with a focus "
                + "near each voxel. With `MKDAKernel` every experiment weighs 1, as in NiMARE.",
            "Wager TD et al. (2007) Soc Cogn Affect Neurosci 2:150-158.",
            CbmaRunners::mkdaDensity,
            Map.of("FWE:montecarlo", MonteCarloRunners.fwe(CbmaStatistic.MKDA_DENSITY))),
        new EstimatorDef(
            "KDA",
            Definition.Kind.ESTIMATOR,
            1,
            DataKind.COORDINATES,
            List.of(kernel(Kernels.KDA, "`KDAKernel(r = 10mm)`"), nullMethod(), nullIterations()),
            false,
            WITH_MONTE_CARLO,
            List.of("stat", "p", "z"),
            false,
            "Kernel density analysis: the number of foci (of all experiments) near each voxel.",
            "Wager TD et al. (2003) NeuroImage 19:513-531.",
            CbmaRunners::kda,
            Map.of("FWE:montecarlo", MonteCarloRunners.fwe(CbmaStatistic.KDA))),
        new EstimatorDef(
            "MKDAChi2",
            Definition.Kind.CONTRAST,
            2,
            DataKind.COORDINATES,
            List.of(
                kernel(Kernels.MKDA, "`MKDAKernel(r = 10mm)`"),
                new ParamSpec("prior", new ParamType.Number(false, 0.0, true, 1.0, true), new Value.Num(0.5, false),
                    "Prior probability of activation used for the `prob_desc-*_prior` maps (0 leaves them out).")),
            false,
            VOXEL_CORRECTIONS,
            List.of("prob_desc-A", "prob_desc-AgF", "prob_desc-FgA", "prob_desc-AgF_prior", "prob_desc-FgA_prior",
                "z_desc-uniformity", "z_desc-association", "chi2_desc-uniformity", "chi2_desc-association",
                "p_desc-uniformity", "p_desc-association"),
            false,
            "Chi-square tests between two groups of experiments: uniformity (is a voxel active more "
                + "often than average in the first group) and association (does activation differ "
                + "between the groups).",
            "Wager TD et al. (2007) Soc Cogn Affect Neurosci 2:150-158.",
            CbmaRunners::mkdaChi2),
        new EstimatorDef(
            "ALESubtraction",
            Definition.Kind.CONTRAST,
            2,
            DataKind.COORDINATES,
            List.of(
                kernel(Kernels.ALE, "`ALEKernel()` (sample-size FWHM)"),
                new ParamSpec("n_iters", ParamType.Number.atLeast(1), new Value.Num(10000, true),
                    "Label permutations of the pooled experiments (NiMARE's default 10000); the smallest "
                        + "two-sided p is about 2/n_iters."),
                new ParamSpec("permutations", new ParamType.Choice(List.of("seeded", "nimare")),
                    new Value.Choice("seeded"),
                    "`seeded`: permutation i is drawn from a stream derived from the script's `seed` and i. "
                        + "`nimare`: NiMARE 0.2.1's own permutations (numpy's `default_rng(i)`), which "
                        + "reproduce its maps exactly and do not depend on the seed.")),
            false,
            VOXEL_CORRECTIONS,
            List.of("stat_desc-group1MinusGroup2", "p_desc-group1MinusGroup2", "z_desc-group1MinusGroup2",
                "logp_desc-group1MinusGroup2"),
            true,
            "ALE subtraction: the difference of the two groups' ALE maps, tested voxel by voxel against "
                + "the differences after random relabelling of the pooled experiments (two-sided). "
                + "Memory stays proportional to the number of voxels, whatever `n_iters`.",
            "Laird AR et al. (2005) Hum Brain Mapp 25:155-164; Eickhoff SB et al. (2012) NeuroImage 59:2349-2361.",
            CbmaRunners::aleSubtraction),
        new EstimatorDef(
            "SCALE",
            Definition.Kind.ESTIMATOR,
            1,
            DataKind.COORDINATES,
            List.of(
                kernel(Kernels.ALE, "`ALEKernel()` (sample-size FWHM)"),
                new ParamSpec("n_iters", ParamType.Number.atLeast(1), new Value.Num(10000, true),
                    "Iterations of the voxel-specific null (NiMARE's default 10000)."),
                new ParamSpec("base", new ParamType.WordOrDataset(List.of("mask")), new Value.Choice("mask"),
                    "The base-rate pool random foci are drawn from: `mask`, every voxel centre of the "
                        + "analysis mask, or a dataset, whose foci are the pool (e.g. a whole database)."),
                new ParamSpec("relocations", new ParamType.Choice(List.of("seeded", "nimare")),
                    new Value.Choice("seeded"),
                    "`seeded`: draws from streams derived from the script's `seed`. `nimare`: numpy's legacy "
                        + "generator seeded with `seed`, as NiMARE 0.2.1 after `np.random.seed(seed)`, which "
                        + "reproduces its maps exactly.")),
            false,
            List.of(),
            List.of("stat", "logp", "z"),
            true,
            "Specific coactivation likelihood estimation: ALE tested against a voxel-specific null in "
                + "which every focus is moved to a random location of a base-rate pool.",
            "Langner R et al. (2014) NeuroImage 99:451-462.",
            CbmaRunners::scale));
  }

  private static ParamSpec kernel(String type, String shown) {
    return new ParamSpec("kernel", new ParamType.Kernel(List.of(type)), Value.NONE,
        "The kernel; " + shown + " when not given.");
  }

  private static ParamSpec nullMethod() {
    return new ParamSpec("null_method", new ParamType.Choice(List.of("approximate", "montecarlo")),
        new Value.Choice("approximate"),
        "How the null distribution of the statistic is computed: `approximate` builds it exactly "
            + "from the histograms of the modeled-activation maps; `montecarlo` pools the statistic "
            + "of every voxel of `n_iters` maps made from randomly placed foci (needs a seed).");
  }

  private static ParamSpec nullIterations() {
    return new ParamSpec("n_iters", ParamType.Number.atLeast(1), new Value.Num(10000, true),
        "Iterations of `null_method = montecarlo` (NiMARE's default 10000); unused by `approximate`.");
  }
}
