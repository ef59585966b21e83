package org.nimeta.registry;

import java.util.List;
import java.util.Set;
import org.nimeta.engine.MetaResult;
import org.nimeta.engine.correct.FdrMethod;
import org.nimeta.engine.correct.VoxelCorrector;

/**
 * Multiple-comparison corrections (NiMARE's {@code nimare.correct}). {@code FWE(method =
 * montecarlo)} has no generic procedure: each estimator that supports it computes it as its own
 * correction ({@link EstimatorDef.Builder#monteCarloNull} for the coordinate-based estimators,
 * {@code ImageEstimators}' PermutedOLS for images).
 */
final class Corrections {
  private Corrections() {}

  /** FWE's procedures. */
  enum FweMethod {
    BONFERRONI,
    MONTECARLO,
    PREDICTIVE
  }

  static final Param<FweMethod> FWE_METHOD = Param.choice("method", FweMethod.class, null,
      "`bonferroni`: p × number of voxels, capped at 1. `montecarlo`: the null "
          + "distribution of the maximum statistic (and, for coordinate-based estimators, of "
          + "the largest cluster) under random data, as NiMARE's `correct_fwe_montecarlo`. "
          + "`predictive` (ALE only): the voxel- and cluster-level cutoffs Frahm et al. (2025)'s models predict "
          + "from the experiments' subject and focus counts, in milliseconds and without a seed, as NiMARE "
          + "main's `correct_fwe_predictive`.");
  /** What an ALE subtraction's Monte Carlo FWE corrects (NiMARE main's {@code target}). */
  enum Target {
    PAIRWISE,
    MAIN_EFFECTS,
    ALL
  }

  static final Param<Boolean> VFWE_ONLY = Param.bool("vfwe_only", false,
      "Voxel-level FWE only: leave out the cluster-size and cluster-mass nulls and maps (NiMARE main's "
          + "`vfwe_only`; SCALE has only the voxel level, so `true` is its default and only value).")
      .onlyWith(FWE_METHOD, FweMethod.MONTECARLO);
  static final Param<Target> TARGET = Param.choice("target", Target.class, Target.PAIRWISE,
      "What a pairwise estimator's Monte Carlo FWE corrects (NiMARE main's `target`, whose "
          + "`main-effects` is written `main_effects`): `pairwise`, the contrast, against group-label "
          + "permutations; `main_effects`, each group's ALE, corrected as `ALE` is (random foci); `all`, both.")
      .onlyWith(FWE_METHOD, FweMethod.MONTECARLO);
  static final Param<FdrMethod> FDR_METHOD = Param.choice("method", FdrMethod.class, FdrMethod.INDEP,
      "`indep`: Benjamini–Hochberg; `negcorr`: Benjamini–Yekutieli (any dependence).");
  static final Param<Double> VOXEL_THRESH = Param.number("voxel_thresh", ParamType.Number.probability(), 0.001,
      "Cluster-forming threshold of the coordinate-based estimators, as an uncorrected p "
          + "(turned into a statistic with the approximate null, as NiMARE does).").onlyWith(FWE_METHOD, FweMethod.MONTECARLO);

  /** A correction's level: a write's {@code alpha} thresholds, this one is stated (W0114 when they differ). */
  static final Param<Double> ALPHA = Params.ALPHA.withDoc("The level the correction is read at: recorded in the "
      + "plan and provenance, and the level its iterations and permutations are checked against. It does not "
      + "change the maps (corrected p values, as in NiMARE); a `write`'s `alpha` thresholds them.");

  static List<Definition> definitions() {
    return List.of(
        CorrectorDef.builder("FWE")
            .method(FWE_METHOD)
            .params(ALPHA,
                Params.N_ITERS.withDoc("Monte Carlo iterations (NiMARE's default 10000); the smallest corrected p "
                    + "is 1/n_iters.").onlyWith(FWE_METHOD, FweMethod.MONTECARLO),
                VOXEL_THRESH, VFWE_ONLY, TARGET)
            .takenByEstimators(VFWE_ONLY, TARGET)
            .generic(FweMethod.BONFERRONI, (estimate, result, params, seed) ->
                onlyNew(result, VoxelCorrector.bonferroni(result)))
            .computedByEstimators(FweMethod.MONTECARLO, true)
            .computedByEstimators(FweMethod.PREDICTIVE, false)
            .doc("Family-wise error correction. Writes `<map>_corr-FWE_method-<method>` for every p map "
                + "(and its z, two-tailed and signed, as NiMARE does).")
            .citation(FweMethod.BONFERRONI, Citations.BONFERRONI_1936, Citations.SHAFFER_1995)
            .citation(FweMethod.PREDICTIVE, Citations.FRAHM_2025)
            .build(),
        CorrectorDef.builder("FDR")
            .method(FDR_METHOD)
            .params(ALPHA)
            .generic(FdrMethod.INDEP, Corrections::fdr)
            .generic(FdrMethod.NEGCORR, Corrections::fdr)
            .doc("False discovery rate correction. Writes adjusted p maps `<map>_corr-FDR_method-<method>` "
                + "and their signed two-tailed z; `alpha` does not change the maps, as in NiMARE.")
            .citation(FdrMethod.INDEP, Citations.BENJAMINI_1995)
            .citation(FdrMethod.NEGCORR, Citations.BENJAMINI_2001)
            .build());
  }

  private static MetaResult fdr(EstimatorInput estimate, MetaResult result, java.util.Map<String, Value> params,
      long seed) {
    return onlyNew(result, VoxelCorrector.fdr(result, FDR_METHOD.of(params)));
  }

  /** The maps a correction added, without the estimator's own. */
  static MetaResult onlyNew(MetaResult before, MetaResult after) {
    Set<String> old = before.mapNames();
    MetaResult out = new MetaResult(after.mask());
    after.maps().forEach((name, values) -> {
      if (!old.contains(name)) {
        out.put(name, values);
      }
    });
    return out;
  }
}
