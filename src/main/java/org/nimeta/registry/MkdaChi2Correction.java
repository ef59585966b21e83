package org.nimeta.registry;

import java.util.Map;
import org.nimeta.engine.CoordinateExperiment;
import org.nimeta.engine.MetaResult;
import org.nimeta.engine.cbma.MkdaChi2Fwe;
import org.nimeta.engine.cbma.MkdaChi2FweNull;
import org.nimeta.engine.cbma.MkdaChi2Null;
import org.nimeta.engine.cbma.MkdaChi2Pool;
import org.nimeta.engine.contrast.GroupShuffle;
import org.nimeta.registry.EstimatorHooks.Floor;
import org.nimeta.registry.Params.Draws;

/** {@code FWE(method = montecarlo)} of {@code MKDAChi2} (NiMARE main's {@code MKDAChi2.correct_fwe_montecarlo}). */
public final class MkdaChi2Correction {
  private MkdaChi2Correction() {}

  /** Whether an estimate with these parameters draws its FWE null by relabelling its experiments. */
  public static boolean relabels(Map<String, Value> estimateParams) {
    return estimateParams.containsKey(FWE_NULL_METHOD.name())
        && FWE_NULL_METHOD.of(estimateParams) == FweNullMethod.LABEL_PERMUTATION;
  }

  /** NiMARE main's {@code fwe_null_method} (its hyphens are underscores in a script). */
  enum FweNullMethod {
    LABEL_PERMUTATION,
    RANDOM_FOCI
  }

  static final Param<FweNullMethod> FWE_NULL_METHOD = Param.choice("fwe_null_method", FweNullMethod.class,
      FweNullMethod.LABEL_PERMUTATION,
      "The null of `FWE(method = montecarlo)`: `label_permutation` (NiMARE main's default) relabels the pooled "
          + "experiments at random, keeping the group sizes; `random_foci` (NiMARE 0.2.1's null) moves every "
          + "focus to a random voxel of the mask.");
  static final Param<Draws> PERMUTATIONS = CoordinateEstimators.PERMUTATIONS.withDoc(
      "`seeded`: relabelling i is drawn from a stream derived from the script's `seed` and i. `nimare`: NiMARE "
          + "main's own relabellings (numpy's `default_rng(i)`), which reproduce its null and maps exactly and do "
          + "not depend on the seed.").onlyWith(FWE_NULL_METHOD, FweNullMethod.LABEL_PERMUTATION);

  static MetaResult fwe(EstimatorInput estimate, MetaResult result, Map<String, Value> params, long seed) {
    MkdaChi2Pool pool = new MkdaChi2Pool(
        CoordinateExperiment.listFrom(estimate.datasets().get(0), estimate.mask()),
        CoordinateExperiment.listFrom(estimate.datasets().get(1), estimate.mask()),
        Kernels.mkda(estimate.get(Params.MKDA_KERNEL)), estimate.mask());
    MetaResult corrected = MkdaChi2Fwe.correct(pool, draws(estimate, seed), Corrections.VOXEL_THRESH.of(params),
        Params.N_ITERS.of(params), estimate.threads(), estimate.progress());
    MetaResult out = new MetaResult(result.mask());
    corrected.maps().forEach(out::put);
    out.putTable(MonteCarloRunners.NULL_TABLE, ((MkdaChi2FweNull) corrected.tables().get(MkdaChi2FweNull.TABLE)).rows());
    return out;
  }

  private static MkdaChi2Null draws(EstimatorInput estimate, long seed) {
    if (estimate.get(FWE_NULL_METHOD) == FweNullMethod.RANDOM_FOCI) {
      return MkdaChi2Null.randomFoci(seed);
    }
    return MkdaChi2Null.labelPermutation(
        estimate.get(PERMUTATIONS) == Draws.NIMARE ? GroupShuffle.nimare() : GroupShuffle.seeded(seed));
  }

  /** The relabelling floor of ALESubtraction's permutations, for the label-permutation null only. */
  static Floor floor(Correction correction, EstimatorHooks.Estimate estimate) {
    if (!correction.equals(Correction.FWE_MONTECARLO)
        || FWE_NULL_METHOD.of(estimate.params()) != FweNullMethod.LABEL_PERMUTATION) {
      return null;
    }
    return CoordinateEstimators.relabellingFloor(estimate);
  }
}
