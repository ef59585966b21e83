package org.nimeta.registry;

import java.util.List;
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
import org.nimeta.engine.montecarlo.CbmaStatistic;
import org.nimeta.engine.montecarlo.MonteCarloNull;
import org.nimeta.engine.montecarlo.MonteCarloOptions;
import org.nimeta.engine.scale.BasePool;
import org.nimeta.engine.scale.FociRelocation;
import org.nimeta.engine.scale.Scale;
import org.nimeta.engine.scale.ScaleSettings;
import org.nimeta.engine.kernel.AleKernel;
import org.nimeta.engine.kernel.KdaKernel;
import org.nimeta.engine.kernel.KernelTransformer;
import org.nimeta.engine.kernel.MkdaKernel;
import org.nimeta.image.Mask;

/** Adapters from resolved script arguments to the coordinate-based engine. */
final class CbmaRunners {
  private CbmaRunners() {}

  static MetaResult ale(EstimatorInput in) {
    if (montecarloNull(in)) {
      return montecarlo(in, aleKernel(in.kernel()), CbmaStatistic.ALE);
    }
    return Ale.fit(experiments(in, 0), aleKernel(in.kernel()), in.mask(), in.threads());
  }

  static MetaResult mkdaDensity(EstimatorInput in) {
    if (montecarloNull(in)) {
      return montecarlo(in, mkdaKernel(in.kernel()), CbmaStatistic.MKDA_DENSITY);
    }
    return MkdaDensity.fit(experiments(in, 0), mkdaKernel(in.kernel()), in.mask());
  }

  static MetaResult kda(EstimatorInput in) {
    if (montecarloNull(in)) {
      return montecarlo(in, kdaKernel(in.kernel()), CbmaStatistic.KDA);
    }
    return Kda.fit(experiments(in, 0), kdaKernel(in.kernel()), in.mask());
  }

  private static boolean montecarloNull(EstimatorInput in) {
    return in.choice("null_method").equals("montecarlo");
  }

  /** NiMARE's {@code null_method="montecarlo"}: p from the pooled voxel values of random maps. */
  private static MetaResult montecarlo(EstimatorInput in, KernelTransformer kernel, CbmaStatistic statistic) {
    int iterations = (int) in.number("n_iters");
    return MonteCarloNull.fit(experiments(in, 0), kernel, in.mask(), statistic,
        new MonteCarloOptions(iterations, in.seed(), in.threads()), (done, total) -> in.progress().update(done, total));
  }

  static MetaResult mkdaChi2(EstimatorInput in) {
    return MkdaChi2.fit(experiments(in, 0), experiments(in, 1), mkdaKernel(in.kernel()), in.number("prior"),
        in.mask());
  }

  static MetaResult aleSubtraction(EstimatorInput in) {
    int iterations = (int) in.number("n_iters");
    GroupShuffle shuffle = in.choice("permutations").equals("nimare") ? GroupShuffle.nimare()
        : GroupShuffle.seeded(in.seed());
    PermutationSettings settings = new PermutationSettings(iterations, shuffle, in.threads(), in.progress());
    return AleSubtraction.fit(experiments(in, 0), experiments(in, 1), aleKernel(in.kernel()), in.mask(), settings);
  }

  static MetaResult scale(EstimatorInput in) {
    int iterations = (int) in.number("n_iters");
    FociRelocation relocation = in.choice("relocations").equals("nimare")
        ? FociRelocation.nimare(numpySeed(in.seed())) : FociRelocation.seeded(in.seed());
    ScaleSettings settings = new ScaleSettings(iterations, relocation, in.threads(), in.progress());
    BasePool base = in.params().get("base") instanceof Value.Choice
        ? BasePool.ofMaskVoxels(in.mask()) : BasePool.ofFoci(experiments(in, 1));
    return Scale.fit(experiments(in, 0), aleKernel(in.kernel()), in.mask(), base, settings);
  }

  /** numpy's legacy seeds are 32-bit; larger script seeds cannot mean the same stream. */
  private static int numpySeed(long seed) {
    if (seed > 0xFFFFFFFFL) {
      throw new EngineRefusal("`relocations = nimare` needs a seed below 2^32 (numpy's limit), not "
          + seed + ".");
    }
    return (int) seed;
  }

  private static List<CoordinateExperiment> experiments(EstimatorInput in, int which) {
    Dataset d = in.datasets().get(which);
    Mask mask = in.mask();
    return CoordinateExperiment.listFrom(d, mask);
  }

  /** NiMARE's precedence: a fixed FWHM, else a fixed sample size, else each experiment's own. */
  static AleKernel aleKernel(KernelConfig k) {
    if (k.params().get("fwhm") instanceof Value.Length fwhm) {
      return AleKernel.withFwhm(fwhm.mm());
    }
    if (k.params().get("sample_size") instanceof Value.Num n) {
      return AleKernel.withSampleSize(n.value());
    }
    return AleKernel.fromSampleSizes();
  }

  static MkdaKernel mkdaKernel(KernelConfig k) {
    return new MkdaKernel(((Value.Length) k.params().get("r")).mm(), ((Value.Num) k.params().get("value")).value());
  }

  static KdaKernel kdaKernel(KernelConfig k) {
    return new KdaKernel(((Value.Length) k.params().get("r")).mm(), ((Value.Num) k.params().get("value")).value());
  }
}
