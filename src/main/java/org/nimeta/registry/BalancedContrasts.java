package org.nimeta.registry;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.nimeta.data.Dataset;
import org.nimeta.engine.CoordinateExperiment;
import org.nimeta.engine.EngineRefusal;
import org.nimeta.engine.MetaResult;
import org.nimeta.engine.contrast.BalancedAleSubtraction;
import org.nimeta.engine.contrast.BalancedNull;
import org.nimeta.engine.contrast.BalancedSettings;
import org.nimeta.image.GreyMatterPrior;
import org.nimeta.image.Mask;
import org.nimeta.registry.EstimatorHooks.Finding;

/** NiMARE main's balanced (matched-size) ALE subtraction. */
final class BalancedContrasts {
  private BalancedContrasts() {}

  /** NiMARE main's {@code mask_coverage}. */
  enum MaskCoverage {
    /** The mask's voxels with MNI152 grey-matter probability above 0.1. */
    GM,
    /** Every voxel of the mask. */
    BRAIN
  }

  /** The balanced contrast of JALE, which NiMARE main's implementation follows. */
  static final Citation JALE = Citation.software("Frahm_Monimu_Hoffstaedter",
      List.of("Frahm, Lennart", "Monimu", "Hoffstaedter, Felix"), "JALE", 2024,
      Citation.fields("version", "git 73bb9d2", "url", "https://github.com/juaml/JALE"));

  static final Param<OptionalDouble> TARGET_N = Param.optionalNumber("target_n", ParamType.Number.atLeast(1),
      "Experiments drawn from each group per balanced resample; the smaller group's size when not given.");
  static final Param<Integer> N_SUBSAMPLES = Param.integer("n_subsamples", ParamType.Number.atLeast(1), 2500,
      "Most subsets of `target_n` experiments per group for its probability map (all of them when there "
          + "are no more than this and at most 10000; the n leave-one-out subsets when `target_n` is one fewer "
          + "than the group).");
  static final Param<Integer> DIFFERENCE_ITERATIONS = Param.integer("difference_iterations",
      ParamType.Number.atLeast(1), 1000, "Balanced draws averaged into each difference map, observed and null.");
  static final Param<Integer> N_ITERS = Param.integer("n_iters", ParamType.Number.atLeast(1), 1000,
      "Iterations of each Monte Carlo null: the two groups' largest null clusters and the null extrema of the "
          + "balanced difference (NiMARE main's default 1000).");
  static final Param<Double> VOXEL_THRESH = Param.number("voxel_thresh", ParamType.Number.probability(), 0.001,
      "Cluster-forming p of the probability maps.");
  static final Param<BalancedNull> NULL_METHOD = Param.choice("null_method", BalancedNull.class,
      BalancedNull.RANDOM_FOCI, "`random_foci` (NiMARE's \"random-foci\"): every experiment's foci placed at "
          + "random prior voxels, sample sizes and focus counts kept. `label_permutation` (\"label-permutation\"): "
          + "the observed experiments relabelled at random, group sizes kept.");
  static final Param<MaskCoverage> MASK_COVERAGE = Param.choice("mask_coverage", MaskCoverage.class,
      MaskCoverage.GM, "Where the difference is computed and random foci land: `gm`, the mask's voxels with "
          + "MNI152 grey-matter probability above 0.1 (needs a mask on the 2 mm MNI grid of `mni152_2mm`); "
          + "`brain`, the whole mask.");
  static final Param<Double> ALPHA = Param.number("alpha", ParamType.Number.probability(), 0.05,
      "Cluster-level FWE of the probability maps and two-sided level of the null extrema thresholds.");

  static List<Definition> definitions() {
    return List.of(EstimatorDef.builder("BalancedALESubtraction").coordinates().contrastOfTwo()
        .params(Params.ALE_KERNEL, TARGET_N, N_SUBSAMPLES, DIFFERENCE_ITERATIONS, N_ITERS, VOXEL_THRESH, NULL_METHOD,
            MASK_COVERAGE, ALPHA)
        .outputs(BalancedAleSubtraction.STAT, BalancedAleSubtraction.P, BalancedAleSubtraction.Z,
            BalancedAleSubtraction.LOGP, BalancedAleSubtraction.CONJUNCTION, BalancedAleSubtraction.PROB_1,
            BalancedAleSubtraction.PROB_2)
        .stochastic()
        .doc("Balanced ALE subtraction: both groups subsampled to the same number of experiments "
            + "(`target_n`), the ALE difference averaged over `difference_iterations` draws and tested against "
            + "the extrema of null differences; each group's probability map is the share of its subsets in "
            + "which a voxel lies in a cluster-level FWE significant cluster, their minimum the conjunction.")
        .citation(JALE, Citations.EICKHOFF_2012)
        .runner(BalancedContrasts::balancedAleSubtraction)
        .groupCheck(BalancedContrasts::targetWithinGroups)
        .iterationAdvice(BalancedContrasts::iterationFloor)
        .recommendedExperiments(CoordinateEstimators.ALE_MIN_EXPERIMENTS, CoordinateEstimators.EICKHOFF_2016,
            CoordinateEstimators.ALE_FEW_EXPERIMENTS)
        .build());
  }

  static MetaResult balancedAleSubtraction(EstimatorInput in) {
    OptionalDouble target = in.get(TARGET_N);
    BalancedSettings settings = new BalancedSettings(target.isPresent() ? (int) target.getAsDouble() : 0,
        in.get(N_SUBSAMPLES), in.get(DIFFERENCE_ITERATIONS), in.get(N_ITERS), in.get(VOXEL_THRESH),
        in.get(NULL_METHOD), in.get(ALPHA), in.seed(), in.threads(), in.progress());
    return BalancedAleSubtraction.fit(experiments(in, 0), experiments(in, 1), Kernels.ale(in.get(Params.ALE_KERNEL)),
        in.mask(), prior(in.mask(), in.get(MASK_COVERAGE)), settings);
  }

  private static boolean[] prior(Mask mask, MaskCoverage coverage) {
    if (coverage == MaskCoverage.BRAIN) {
      return BalancedSettings.wholeMask(mask.size());
    }
    boolean[] gm = GreyMatterPrior.on(mask);
    if (gm == null) {
      throw new EngineRefusal("`mask_coverage = gm` needs a mask on the 2 mm MNI grid of `mni152_2mm` (91x109x91), "
          + "where nimeta's grey-matter prior lies; use `mask_coverage = brain` on this mask.");
    }
    return gm;
  }

  private static List<CoordinateExperiment> experiments(EstimatorInput in, int which) {
    Dataset d = in.datasets().get(which);
    return CoordinateExperiment.listFrom(d, in.mask());
  }

  private static Finding targetWithinGroups(Map<String, Value> params, List<Integer> experiments) {
    OptionalDouble target = TARGET_N.of(params);
    if (target.isEmpty() || experiments.size() < 2 || experiments.contains(null)) {
      return null;
    }
    int smaller = Math.min(experiments.get(0), experiments.get(1));
    if (target.getAsDouble() <= smaller) {
      return null;
    }
    return new Finding("`target_n = " + Value.formatNumber(target.getAsDouble()) + "` asks for more experiments "
        + "than the smaller group has (" + smaller + " with foci; the groups have " + experiments.get(0) + " and "
        + experiments.get(1) + ").", "Use `target_n` of at most " + smaller + ", or leave it out for " + smaller + ".");
  }

  /**
   * The null extrema thresholds are the {@code 100 (1 - alpha/2)}th percentiles of n_iters values:
   * with fewer than 10 iterations beyond them they change from seed to seed, as W0106 says of
   * Monte Carlo FWE.
   */
  private static Finding iterationFloor(Map<String, Value> params) {
    int iterations = N_ITERS.of(params);
    double alpha = ALPHA.of(params);
    if (iterations * alpha / 2 >= 10) {
      return null;
    }
    long enough = (long) Math.ceil(20 / alpha);
    return new Finding("with `n_iters = " + iterations + "` fewer than 10 null iterations lie beyond each extrema "
        + "threshold at `alpha = " + Value.formatNumber(alpha) + "`, so the thresholds and p (at least 1/"
        + iterations + ") change from seed to seed.", "Use `n_iters` of at least " + enough + " (20 / alpha).");
  }
}
