package org.nimeta.registry;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.nimeta.engine.ibma.DerSimonianLaird;
import org.nimeta.engine.ibma.Fishers;
import org.nimeta.engine.ibma.Hedges;
import org.nimeta.engine.ibma.IbmaEstimator;
import org.nimeta.engine.ibma.Masking;
import org.nimeta.engine.ibma.PermutedOLS;
import org.nimeta.engine.ibma.SampleSizeBasedLikelihood;
import org.nimeta.engine.ibma.Stouffers;
import org.nimeta.engine.ibma.VarianceBasedLikelihood;
import org.nimeta.engine.ibma.WeightedLeastSquares;
import org.nimeta.registry.EstimatorHooks.Floor;

/**
 * Image-based estimators (NiMARE 0.2.1's {@code nimare.meta.ibma}), with NiMARE's parameter
 * names and defaults. Each declares how a resolved call becomes the engine's estimator
 * ({@link EstimatorDef#imageEstimator}); the compiler uses it to tell which experiments an
 * estimator will use, the runners to run it.
 */
public final class ImageEstimators {
  /** NiMARE's generic voxel-level corrections, for estimators that write a {@code p} map. */
  static final List<Correction> VOXEL_CORRECTIONS =
      List.of(Correction.FWE_BONFERRONI, Correction.FDR_INDEP, Correction.FDR_NEGCORR);

  private ImageEstimators() {}

  static final Param<Boolean> USE_SAMPLE_SIZE = Param.bool("use_sample_size", false,
      "Weight each z by the square root of its experiment's sample size (Zaykin 2011); "
          + "experiments without a sample size are then left out.");
  static final Param<Double> TAU2 = Param.number("tau2", new ParamType.Number(false, 0.0, true, null, false), 0,
      "The assumed between-study variance τ²; 0 is the inverse-variance fixed-effects model.");
  static final Param<Boolean> TWO_SIDED = Param.bool("two_sided", true,
      "Test both signs (|t|) in the Monte Carlo correction; `false` counts only positive effects.");

  static List<Definition> definitions() {
    return List.of(
        images("Fishers", params -> new Fishers())
            .outputs("z", "p", "dof")
            .doc("Fisher's combined probability test on z images: X² = −2 Σ ln Φ̄(z) on 2k degrees of "
                + "freedom, as a one-sided (positive) test; experiments without a `z` image are left out.")
            .citation(Citations.FISHER_1946)
            .build(),
        images("Stouffers", params -> new Stouffers(USE_SAMPLE_SIZE.of(params)), USE_SAMPLE_SIZE)
            .outputs("z", "p", "dof")
            .doc("Stouffer's z combination on z images: Σ w z / √(Σ w²), one-sided (positive); "
                + "experiments without a `z` image are left out.")
            .citation(Citations.STOUFFER_1949, Citations.ZAYKIN_2011)
            .build(),
        images("WeightedLeastSquares", params -> new WeightedLeastSquares(TAU2.of(params)), TAU2)
            .outputs("z", "p", "est", "se", "dof")
            .doc("Weighted least squares on beta and varcope images with a known between-study "
                + "variance: weights 1/(varcope + τ²).")
            .citation(Citations.BROCKWELL_2001)
            .build(),
        HeterogeneityMaps.beside(images("DerSimonianLaird", params -> new DerSimonianLaird(),
                HeterogeneityMaps.HETEROGENEITY), params -> new DerSimonianLaird(),
                "z", "p", "est", "se", "tau2", "dof")
            .doc("Random-effects meta-analysis of beta and varcope images, τ² by DerSimonian and Laird's "
                + "method of moments.")
            .citation(Citations.DERSIMONIAN_1986, Citations.KOSMIDIS_2017)
            .build(),
        HeterogeneityMaps.beside(images("Hedges", params -> new Hedges(), HeterogeneityMaps.HETEROGENEITY),
                params -> new Hedges(), "z", "p", "est", "se", "tau2", "dof")
            .doc("Random-effects meta-analysis of beta and varcope images, τ² by Hedges' estimator. As "
                + "in PyMARE 0.0.4 (and so NiMARE), `se` is that of the unweighted mean, 1/√k.")
            .citation(Citations.HEDGES_1985)
            .build(),
        images("SampleSizeBasedLikelihood", params -> new SampleSizeBasedLikelihood(Params.LIKELIHOOD.of(params)),
            Params.LIKELIHOOD)
            .needsSampleSizes()
            .outputs("z", "p", "est", "se", "tau2", "sigma2", "dof")
            .doc("Random-effects meta-analysis of beta images when only sample sizes are known: "
                + "y ~ N(μ, σ²/n + τ²), one within-study σ² for all experiments, fitted by (restricted) "
                + "maximum likelihood. nimeta finds the global optimum; NiMARE's optimiser often stops "
                + "short of it, so maps differ where NiMARE did not converge.")
            .citation(Citations.SANGNAWAKIJ_2019)
            .build(),
        HeterogeneityMaps.beside(images("VarianceBasedLikelihood",
                params -> new VarianceBasedLikelihood(Params.LIKELIHOOD.of(params)), Params.LIKELIHOOD,
                HeterogeneityMaps.HETEROGENEITY),
                params -> new VarianceBasedLikelihood(Params.LIKELIHOOD.of(params)),
                "z", "p", "est", "se", "tau2", "dof")
            .doc("Random-effects meta-analysis of beta and varcope images, τ² by (restricted) maximum "
                + "likelihood. nimeta finds the global optimum; NiMARE's optimiser often stops short "
                + "of it, so maps differ where NiMARE did not converge.")
            .citation(Citations.DERSIMONIAN_1986, Citations.KOSMIDIS_2017)
            .build(),
        EstimatorDef.builder("PermutedOLS").images(ImageEstimators::permutedOls)
            .params(TWO_SIDED, Params.AGGRESSIVE_MASK)
            .corrections(Correction.FWE_MONTECARLO)
            .outputs("t", "z", "dof")
            .runner(in -> IbmaRunners.fit(permutedOls(in.params()), in))
            // NiMARE's PermutedOLS.correct_fwe_montecarlo: the estimator's own Monte Carlo FWE.
            .ownCorrection(Correction.FWE_MONTECARLO, IbmaRunners::permutedOlsFwe,
                List.of(PermutedOLS.LOGP_FWE, PermutedOLS.Z_FWE))
            .permutationFloor(ImageEstimators::signFlipFloor)
            .doc("One-sample t test of beta images (nilearn's permuted OLS with an intercept-only "
                + "design); `FWE(method = montecarlo)` flips the experiments' signs at random to "
                + "build the null distribution of the maximum statistic.")
            .citation(Citations.FREEDMAN_1983, Citations.ABRAHAM_2014)
            .build());
  }

  /**
   * An image-based estimator with NiMARE's voxel-level corrections, its own parameters and then
   * {@code aggressive_mask}, run by {@link IbmaRunners#fit} on the engine estimator {@code engine} makes.
   */
  private static EstimatorDef.Builder images(String name, Function<Map<String, Value>, IbmaEstimator> engine,
      Param<?>... own) {
    return EstimatorDef.builder(name).images(engine)
        .params(own).params(Params.AGGRESSIVE_MASK)
        .corrections(VOXEL_CORRECTIONS)
        .runner(in -> IbmaRunners.fit(engine.apply(in.params()), in));
  }

  static PermutedOLS permutedOls(Map<String, Value> params) {
    return new PermutedOLS(TWO_SIDED.of(params));
  }

  /**
   * Monte Carlo FWE of PermutedOLS: 2^k sign flips of k experiments; the data and, two-sided, its
   * negation reach the observed maximum: p ≥ 1/2^k (2/2^k two-sided).
   */
  private static Floor signFlipFloor(Correction correction, EstimatorHooks.Estimate estimate) {
    Integer k = estimate.experimentsUsed();
    if (!correction.equals(Correction.FWE_MONTECARLO) || k == null || k >= 31) {
      return null;
    }
    return new Floor((TWO_SIDED.of(estimate.params()) ? 2.0 : 1.0) / (1L << k),
        "`" + estimate.name() + "` uses " + k + " experiments, which have only " + (1L << k) + " sign flips");
  }

  /** The voxel selection {@code aggressive_mask} asks for. */
  public static Masking masking(Map<String, Value> params) {
    return Params.AGGRESSIVE_MASK.of(params) ? Masking.AGGRESSIVE : Masking.BY_STUDY_SET;
  }
}
