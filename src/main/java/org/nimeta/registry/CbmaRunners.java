package org.nimeta.registry;

import java.util.List;
import java.util.function.Supplier;
import org.nimeta.data.Dataset;
import org.nimeta.engine.CoordinateExperiment;
import org.nimeta.engine.EngineRefusal;
import org.nimeta.engine.MetaResult;
import org.nimeta.engine.cbma.Ale;
import org.nimeta.engine.cbma.Kda;
import org.nimeta.engine.cbma.MkdaChi2;
import org.nimeta.engine.cbma.MkdaDensity;
import org.nimeta.engine.contrast.AleSubtraction;
import org.nimeta.engine.contrast.GroupShuffle;
import org.nimeta.engine.contrast.PermutationSettings;
import org.nimeta.engine.montecarlo.MonteCarloNull;
import org.nimeta.engine.montecarlo.MonteCarloOptions;
import org.nimeta.engine.scale.BasePool;
import org.nimeta.engine.scale.FociRelocation;
import org.nimeta.engine.scale.Scale;
import org.nimeta.engine.scale.ScaleSettings;
import org.nimeta.image.Mask;
import org.nimeta.registry.Params.Draws;
import org.nimeta.registry.Params.NullMethod;

/** Adapters from resolved script arguments to the coordinate-based engine. */
final class CbmaRunners {
  private CbmaRunners() {}

  static MetaResult ale(EstimatorInput in) {
    return withNull(in, CoordinateEstimators.ALE_STATISTIC,
        () -> Ale.fit(experiments(in, 0), Kernels.ale(in.get(Params.ALE_KERNEL)), in.mask(), in.threads()));
  }

  static MetaResult mkdaDensity(EstimatorInput in) {
    return withNull(in, CoordinateEstimators.MKDA_DENSITY_STATISTIC,
        () -> MkdaDensity.fit(experiments(in, 0), Kernels.mkda(in.get(Params.MKDA_KERNEL)), in.mask()));
  }

  static MetaResult kda(EstimatorInput in) {
    return withNull(in, CoordinateEstimators.KDA_STATISTIC,
        () -> Kda.fit(experiments(in, 0), Kernels.kda(in.get(Params.KDA_KERNEL)), in.mask()));
  }

  /**
   * The approximate null ({@code approximate}), or NiMARE's {@code null_method="montecarlo"}: p
   * from the pooled voxel values of {@code n_iters} random maps of {@code statistic}.
   */
  private static MetaResult withNull(EstimatorInput in, MonteCarloStatistic statistic, Supplier<MetaResult> approximate) {
    if (in.get(Params.NULL_METHOD) != NullMethod.MONTECARLO) {
      return approximate.get();
    }
    return MonteCarloNull.fit(experiments(in, 0), statistic.kernel().apply(in.kernel()), in.mask(),
        statistic.statistic(), new MonteCarloOptions(in.get(Params.N_ITERS), in.seed(), in.threads(), in.checkpoints()),
        in.progress());
  }

  static MetaResult mkdaChi2(EstimatorInput in) {
    return MkdaChi2.fit(experiments(in, 0), experiments(in, 1), Kernels.mkda(in.get(Params.MKDA_KERNEL)),
        in.get(CoordinateEstimators.PRIOR), in.mask());
  }

  static MetaResult aleSubtraction(EstimatorInput in) {
    int iterations = in.get(Params.N_ITERS);
    GroupShuffle shuffle = in.get(CoordinateEstimators.PERMUTATIONS) == Draws.NIMARE ? GroupShuffle.nimare()
        : GroupShuffle.seeded(in.seed());
    PermutationSettings settings = new PermutationSettings(iterations, shuffle, in.threads(), in.progress());
    return AleSubtraction.fit(experiments(in, 0), experiments(in, 1), Kernels.ale(in.get(Params.ALE_KERNEL)),
        in.mask(), settings);
  }

  static MetaResult scale(EstimatorInput in) {
    int iterations = in.get(Params.N_ITERS);
    FociRelocation relocation = in.get(CoordinateEstimators.RELOCATIONS) == Draws.NIMARE
        ? FociRelocation.nimare(numpySeed(in.seed())) : FociRelocation.seeded(in.seed());
    ScaleSettings settings = new ScaleSettings(iterations, relocation, in.threads(), in.progress());
    return Scale.fit(experiments(in, 0), Kernels.ale(in.get(Params.ALE_KERNEL)), in.mask(), scaleBase(in), settings);
  }

  /** SCALE's base-rate pool: a word is the analysis mask; a dataset is the step's second input. */
  static BasePool scaleBase(EstimatorInput in) {
    return in.get(CoordinateEstimators.BASE) != null
        ? BasePool.ofMaskVoxels(in.mask()) : BasePool.ofFoci(experiments(in, 1));
  }

  static List<CoordinateExperiment> experimentsOf(EstimatorInput in, int which) {
    return experiments(in, which);
  }

  /**
   * numpy's legacy seeds are 32-bit. The compiler refuses larger seeds with {@code relocations =
   * nimare} (SCALE's seed check); a plan made by hand still meets this refusal.
   */
  private static int numpySeed(long seed) {
    if (seed >= CoordinateEstimators.NUMPY_SEED_LIMIT) {
      throw new EngineRefusal(CoordinateEstimators.numpySeedRefusal(seed));
    }
    return (int) seed;
  }

  private static List<CoordinateExperiment> experiments(EstimatorInput in, int which) {
    Dataset d = in.datasets().get(which);
    Mask mask = in.mask();
    return CoordinateExperiment.listFrom(d, mask);
  }
}
