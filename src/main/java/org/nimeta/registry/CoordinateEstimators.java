package org.nimeta.registry;

import static org.nimeta.registry.Correction.FDR_INDEP;
import static org.nimeta.registry.Correction.FDR_NEGCORR;
import static org.nimeta.registry.Correction.FWE_BONFERRONI;
import static org.nimeta.registry.Correction.FWE_MONTECARLO;

import java.util.List;
import java.util.Map;
import org.nimeta.data.Dataset;
import org.nimeta.engine.cbma.CbmaStatistics;
import org.nimeta.engine.cbma.MkdaChi2;
import org.nimeta.engine.cbma.MkdaChi2Fwe;
import org.nimeta.registry.EstimatorHooks.Finding;
import org.nimeta.registry.EstimatorHooks.Floor;
import org.nimeta.registry.Params.Draws;
import org.nimeta.registry.Params.NullMethod;

/** Coordinate-based estimators and contrasts (NiMARE's {@code nimare.meta.cbma}). */
final class CoordinateEstimators {
  private CoordinateEstimators() {}

  /** Voxel-level corrections every coordinate-based estimator supports. */
  static final List<Correction> VOXEL_CORRECTIONS = List.of(FWE_BONFERRONI, FDR_INDEP, FDR_NEGCORR);
  /** Those plus NiMARE's Monte Carlo FWE (voxel, cluster size and cluster mass). */
  static final List<Correction> WITH_MONTE_CARLO = List.of(FWE_BONFERRONI, FWE_MONTECARLO, FDR_INDEP, FDR_NEGCORR);
  /** ALE's: those and predictive FWE, whose models were trained on ALE alone. */
  static final List<Correction> ALE_CORRECTIONS =
      List.of(FWE_BONFERRONI, FWE_MONTECARLO, PredictiveCorrection.FWE_PREDICTIVE, FDR_INDEP, FDR_NEGCORR);

  static final MonteCarloStatistic ALE_STATISTIC = new MonteCarloStatistic(CbmaStatistics.ALE, Kernels::ale);
  static final MonteCarloStatistic MKDA_DENSITY_STATISTIC =
      new MonteCarloStatistic(CbmaStatistics.MKDA_DENSITY, Kernels::mkda);
  static final MonteCarloStatistic KDA_STATISTIC = new MonteCarloStatistic(CbmaStatistics.KDA, Kernels::kda);

  static final Param<Double> PRIOR = Param.number("prior", new ParamType.Number(false, 0.0, true, 1.0, true), 0.5,
      "Prior probability of activation used for the `prob_desc-*_prior` maps (0 leaves them out).");
  static final Param<Draws> PERMUTATIONS = Param.choice("permutations", Draws.class, Draws.SEEDED,
      "`seeded`: permutation i is drawn from a stream derived from the script's `seed` and i. "
          + "`nimare`: NiMARE 0.2.1's own permutations (numpy's `default_rng(i)`), which "
          + "reproduce its maps exactly and do not depend on the seed.");
  static final Param<Draws> RELOCATIONS = Param.choice("relocations", Draws.class, Draws.SEEDED,
      "`seeded`: draws from streams derived from the script's `seed`. `nimare`: numpy's legacy "
          + "generator seeded with `seed`, as NiMARE 0.2.1 after `np.random.seed(seed)`, which "
          + "reproduces its maps exactly.");
  /** Read as {@code mask}, or null when a dataset (the step's second input) is the pool. */
  static final Param<String> BASE = Param.wordOrDataset("base", List.of("mask"), "mask",
      "The base-rate pool random foci are drawn from: `mask`, every voxel centre of the "
          + "analysis mask, or a dataset, whose foci are the pool (e.g. a whole database).");

  /**
   * Eickhoff et al. (2016) simulated ALE on empirical data: below 17 experiments its power for
   * moderate effects is low and significant results are often driven by a single experiment. The
   * advice is about the ALE statistic, so it holds for every estimator that computes one (ALE,
   * each group of an ALE subtraction, SCALE's ALE against its own null); MKDA, KDA and MKDAChi2,
   * whose statistics weigh experiments and foci otherwise, were not studied, so they get none.
   */
  static final int ALE_MIN_EXPERIMENTS = 17;
  static final String EICKHOFF_2016 = "Eickhoff SB et al. (2016) NeuroImage 137:70-85";
  static final String ALE_FEW_EXPERIMENTS = "with fewer, moderate effects are likely missed and significant "
      + "results are often driven by a single experiment";

  /** numpy's legacy generator takes seeds below 2^32. */
  static final long NUMPY_SEED_LIMIT = 1L << 32;

  private static final List<String> CHI2_MAPS = List.of("prob_desc-A", "prob_desc-AgF", "prob_desc-FgA",
      "prob_desc-AgF_prior", "prob_desc-FgA_prior", "z_desc-uniformity", "z_desc-association",
      "chi2_desc-uniformity", "chi2_desc-association", "p_desc-uniformity", "p_desc-association",
      "z_desc-group1", "z_desc-group2");

  static List<Definition> definitions() {
    return List.of(
        EstimatorDef.builder("ALE").coordinates()
            .params(Params.ALE_KERNEL, Params.NULL_METHOD, Params.NULL_ITERS)
            .corrections(ALE_CORRECTIONS).corrections(TfceCorrections.MONTECARLO, TfceCorrections.PREDICTIVE)
            .ownCorrection(PredictiveCorrection.FWE_PREDICTIVE, PredictiveCorrection.OF_ALE)
            .outputs("stat", "p", "z")
            .doc("Activation likelihood estimation: the probability that at least one experiment "
                + "activates each voxel, ALE = 1 − Π(1 − MA).")
            .citation(Citations.TURKELTAUB_2002, Citations.TURKELTAUB_2012, Citations.EICKHOFF_2012)
            .runner(CbmaRunners::ale)
            .monteCarloNull(ALE_STATISTIC)
            .ownCorrection(TfceCorrections.MONTECARLO, TfceCorrections.correction(ALE_STATISTIC),
                TfceCorrections.MONTECARLO_MAPS)
            .ownCorrection(TfceCorrections.PREDICTIVE, TfceCorrections.PREDICTIVE_OF_ALE)
            .recommendedExperiments(ALE_MIN_EXPERIMENTS, EICKHOFF_2016, ALE_FEW_EXPERIMENTS)
            .build(),
        EstimatorDef.builder("MKDADensity").coordinates()
            .params(Params.MKDA_KERNEL, Params.NULL_METHOD, Params.NULL_ITERS)
            .corrections(WITH_MONTE_CARLO).corrections(TfceCorrections.MONTECARLO)
            .outputs("stat", "p", "z")
            .doc("Multilevel kernel density analysis: the (weighted) number of experiments with a focus "
                + "near each voxel. With `MKDAKernel` every experiment weighs 1, as in NiMARE.")
            .citation(Citations.WAGER_2007)
            .runner(CbmaRunners::mkdaDensity)
            .monteCarloNull(MKDA_DENSITY_STATISTIC)
            .ownCorrection(TfceCorrections.MONTECARLO, TfceCorrections.correction(MKDA_DENSITY_STATISTIC),
                TfceCorrections.MONTECARLO_MAPS)
            .build(),
        EstimatorDef.builder("KDA").coordinates()
            .params(Params.KDA_KERNEL, Params.NULL_METHOD, Params.NULL_ITERS)
            .corrections(WITH_MONTE_CARLO).corrections(TfceCorrections.MONTECARLO)
            .outputs("stat", "p", "z")
            .doc("Kernel density analysis: the number of foci (of all experiments) near each voxel.")
            .citation(Citations.WAGER_2003, Citations.WAGER_2007)
            .runner(CbmaRunners::kda)
            .monteCarloNull(KDA_STATISTIC)
            .ownCorrection(TfceCorrections.MONTECARLO, TfceCorrections.correction(KDA_STATISTIC),
                TfceCorrections.MONTECARLO_MAPS)
            .build(),
        EstimatorDef.builder("MKDAChi2").coordinates().contrastOfTwo()
            .params(Params.MKDA_KERNEL, PRIOR, MkdaChi2Correction.FWE_NULL_METHOD, MkdaChi2Correction.PERMUTATIONS)
            .corrections(WITH_MONTE_CARLO)
            .outputs(CHI2_MAPS.toArray(String[]::new))
            // NiMARE leaves the prior maps out when the prior is 0.
            .outputsFor(params -> PRIOR.of(params) == 0
                ? CHI2_MAPS.stream().filter(m -> !m.endsWith("_prior")).toList() : CHI2_MAPS)
            .doc("Chi-square tests between two groups of experiments: uniformity (is a voxel active more "
                + "often than average in the first group) and association (does activation differ "
                + "between the groups). `FWE(method = montecarlo)` tests uniformity, group 2's uniformity and "
                + "association against the maxima of `n_iters` null draws (`fwe_null_method`), at voxel and "
                + "cluster level, as NiMARE main does.")
            .citation(Citations.WAGER_2007)
            .runner(CbmaRunners::mkdaChi2)
            .leaveOneOut(LeaveOneOutRules.ASSOCIATION)
            // NiMARE dispatches FDR(indep) on MKDAChi2 to the estimator's own method.
            .ownCorrection(FDR_INDEP, (estimate, result, params, seed) ->
                    Corrections.onlyNew(result, MkdaChi2.correctFdrIndep(result)),
                List.of("z_desc-uniformity_level-voxel_corr-FDR_method-indep",
                    "z_desc-association_level-voxel_corr-FDR_method-indep"))
            .ownCorrection(FWE_MONTECARLO, MkdaChi2Correction::fwe, MkdaChi2Fwe.mapNames())
            .permutationFloor(MkdaChi2Correction::floor)
            .build(),
        EstimatorDef.builder("ALESubtraction").coordinates().contrastOfTwo()
            .params(Params.ALE_KERNEL, Params.N_ITERS.withDoc(
                "Label permutations of the pooled experiments (NiMARE's default 10000); the smallest "
                    + "two-sided p is about 2/n_iters."), PERMUTATIONS)
            .corrections(WITH_MONTE_CARLO)
            .ownCorrection(FWE_MONTECARLO, SubtractionAndScaleFwe.subtraction(), SubtractionAndScaleFwe.subtractionMaps(),
                SubtractionAndScaleFwe::subtractionMaps)
            .correctorParam(Corrections.VFWE_ONLY)
            .correctorParam(Corrections.TARGET)
            .outputs("stat_desc-group1MinusGroup2", "p_desc-group1MinusGroup2", "z_desc-group1MinusGroup2",
                "logp_desc-group1MinusGroup2")
            .stochastic()
            .doc("ALE subtraction: the difference of the two groups' ALE maps, tested voxel by voxel against "
                + "the differences after random relabelling of the pooled experiments (two-sided). "
                + "Memory stays proportional to the number of voxels, whatever `n_iters`.")
            .citation(Citations.LAIRD_2005, Citations.EICKHOFF_2012)
            .runner(CbmaRunners::aleSubtraction)
            .leaveOneOut(LeaveOneOutRules.ALE_DIFFERENCE)
            .permutationFloor((correction, estimate) -> relabellingFloor(estimate))
            .recommendedExperiments(ALE_MIN_EXPERIMENTS, EICKHOFF_2016, ALE_FEW_EXPERIMENTS)
            .build(),
        EstimatorDef.builder("SCALE").coordinates()
            .params(Params.ALE_KERNEL,
                Params.N_ITERS.withDoc("Iterations of the voxel-specific null (NiMARE's default 10000)."),
                BASE, RELOCATIONS)
            .corrections(FWE_MONTECARLO)
            .ownCorrection(FWE_MONTECARLO, SubtractionAndScaleFwe.scale(), SubtractionAndScaleFwe.SCALE_MAPS)
            .correctorParam(Corrections.VFWE_ONLY, new Value.Bool(true))
            .correctionCheck(SubtractionAndScaleFwe::scaleVoxelLevelOnly)
            .outputs("stat", "logp", "z")
            .stochastic()
            .doc("Specific coactivation likelihood estimation: ALE tested against a voxel-specific null in "
                + "which every focus is moved to a random location of a base-rate pool.")
            .citation(Citations.LANGNER_2014)
            .runner(CbmaRunners::scale)
            .leaveOneOut(LeaveOneOutRules.coordinates(ALE_STATISTIC))
            .seedCheck((params, seed) -> RELOCATIONS.of(params) == Draws.NIMARE && seed >= NUMPY_SEED_LIMIT
                ? new Finding(numpySeedRefusal(seed), "Use a seed below 4294967296, or `relocations = seeded`.")
                : null)
            .recommendedExperiments(ALE_MIN_EXPERIMENTS, EICKHOFF_2016, ALE_FEW_EXPERIMENTS)
            .build());
  }

  static String numpySeedRefusal(long seed) {
    return "`relocations = nimare` needs a seed below 2^32 (numpy's limit), not " + seed + ".";
  }

  /**
   * C(n1 + n2, n1) ways to relabel the pooled experiments; with equal groups swapping the labels
   * gives the same |difference|: p ≥ 1/C (2/C when n1 = n2).
   */
  static Floor relabellingFloor(EstimatorHooks.Estimate estimate) {
    Dataset a = estimate.datasets().get(0);
    Dataset b = estimate.datasets().get(1);
    if (a == null || b == null) {
      return null;
    }
    double relabelings = binomial(a.size() + b.size(), a.size());
    return new Floor((a.size() == b.size() ? 2.0 : 1.0) / relabelings,
        "`" + estimate.name() + "` compares " + a.size() + " with " + b.size()
            + " experiments, which can be relabelled in only " + Value.formatNumber(relabelings) + " ways");
  }

  /** C(n, k) as a double (exact for the sizes where the warning can fire). */
  private static double binomial(int n, int k) {
    double c = 1;
    for (int i = 1; i <= Math.min(k, n - k); i++) {
      c = c * (n - Math.min(k, n - k) + i) / i;
    }
    return c;
  }

  /**
   * NiMARE forms the clusters of a Monte Carlo FWE after a Monte Carlo null from the null's
   * histogram, not at {@code voxel_thresh} (W0109).
   */
  static Finding clustersAfterMonteCarloNull(Correction correction, Map<String, Value> correctionParams,
      EstimatorHooks.Estimate estimate) {
    if (!correction.equals(FWE_MONTECARLO) || Params.NULL_METHOD.of(estimate.params()) != NullMethod.MONTECARLO) {
      return null;
    }
    return new Finding("after `null_method = montecarlo` the clusters are not formed at `voxel_thresh = "
        + Value.formatNumber(Corrections.VOXEL_THRESH.of(correctionParams)) + "`: NiMARE 0.2.1 reads the threshold "
        + "off the raw counts of the Monte Carlo null histogram (the bin before its first empty bin), and nimeta does "
        + "the same so that the clusters match NiMARE's.",
        "Fit `" + estimate.name() + "` with `null_method = approximate` to form clusters at `voxel_thresh`; "
            + "voxel-level FWE does not use the cluster-forming threshold.");
  }
}
