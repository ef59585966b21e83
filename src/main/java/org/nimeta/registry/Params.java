package org.nimeta.registry;

import org.nimeta.engine.ibma.LikelihoodMethod;

/**
 * The parameters several definitions share, declared once. A definition that documents one of
 * them differently keeps its name, type, default and reading ({@link Param#withDoc}).
 */
public final class Params {
  private Params() {}

  /** NiMARE's {@code null_method} of the coordinate-based estimators. */
  public enum NullMethod {
    APPROXIMATE,
    MONTECARLO
  }

  /** Where a stochastic estimator's random draws come from. */
  public enum Draws {
    /** Streams derived from the script's {@code seed} (and the iteration). */
    SEEDED,
    /** NiMARE 0.2.1's own numpy draws, reproducing its maps exactly. */
    NIMARE
  }

  public static final Param<NullMethod> NULL_METHOD = Param.choice("null_method", NullMethod.class,
      NullMethod.APPROXIMATE,
      "How the null distribution of the statistic is computed: `approximate` builds it exactly "
          + "from the histograms of the modeled-activation maps; `montecarlo` pools the statistic "
          + "of every voxel of `n_iters` maps made from randomly placed foci (needs a seed).");

  /** Iterations of a Monte Carlo null, permutation test or correction. */
  public static final Param<Integer> N_ITERS = Param.integer("n_iters", ParamType.Number.atLeast(1), 10000,
      "Iterations of the Monte Carlo null (NiMARE's default 10000).");

  /**
   * {@link #N_ITERS} of an estimator with a {@link #NULL_METHOD}: only {@code montecarlo} iterates,
   * so under {@code approximate} the plan leaves it out and a given value is a warning.
   */
  public static final Param<Integer> NULL_ITERS = N_ITERS.onlyWith(NULL_METHOD, NullMethod.MONTECARLO);

  /** The significance level of a correction. */
  public static final Param<Double> ALPHA = Param.number("alpha", ParamType.Number.probability(), 0.05,
      "The significance level the corrected maps are read at (recorded in the plan and provenance).");

  /** The voxel selection of every image-based estimator. */
  public static final Param<Boolean> AGGRESSIVE_MASK = Param.bool("aggressive_mask", true,
      "`true`: use only voxels that are non-zero and not NaN in every experiment (for two image "
          + "types, in every experiment for either type: NiMARE 0.2.1's rule and default). `false`: "
          + "analyse each group of voxels covered by the same experiments separately (at least two).");

  /** The likelihood of the likelihood-based image estimators. */
  public static final Param<LikelihoodMethod> LIKELIHOOD = Param.choice("method", LikelihoodMethod.class,
      LikelihoodMethod.ML, "`ml`: maximum likelihood; `reml`: restricted maximum likelihood.");

  /** The kernel of the estimators that take an {@code ALEKernel}. */
  public static final Param<KernelConfig> ALE_KERNEL =
      Param.kernel(Kernels.ALE, "The kernel; `ALEKernel()` (sample-size FWHM) when not given.");

  /** The kernel of the estimators that take an {@code MKDAKernel}. */
  public static final Param<KernelConfig> MKDA_KERNEL =
      Param.kernel(Kernels.MKDA, "The kernel; `MKDAKernel(r = 10mm)` when not given.");

  /** The kernel of the estimators that take a {@code KDAKernel}. */
  public static final Param<KernelConfig> KDA_KERNEL =
      Param.kernel(Kernels.KDA, "The kernel; `KDAKernel(r = 10mm)` when not given.");
}
