package org.nimeta.registry;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nimeta.engine.MetaResult;
import org.nimeta.engine.cbma.MkdaChi2;
import org.nimeta.engine.correct.FdrMethod;
import org.nimeta.engine.correct.VoxelCorrector;

/** Multiple-comparison corrections (NiMARE's {@code nimare.correct}). */
final class Corrections {
  private Corrections() {}

  static List<Definition> definitions() {
    return List.of(
        new CorrectorDef(
            "FWE",
            List.of(
                new ParamSpec("method", new ParamType.Choice(List.of("bonferroni", "montecarlo")), null,
                    "`bonferroni`: p × number of voxels, capped at 1. `montecarlo`: the null "
                        + "distribution of the maximum statistic (and, for coordinate-based estimators, of "
                        + "the largest cluster) under random data, as NiMARE's `correct_fwe_montecarlo`."),
                alpha(),
                new ParamSpec("n_iters", ParamType.Number.atLeast(1), new Value.Num(10000, true),
                    "Monte Carlo iterations (NiMARE's default 10000); the smallest corrected p is 1/n_iters.",
                    "montecarlo"),
                new ParamSpec("voxel_thresh", ParamType.Number.probability(), new Value.Num(0.001, false),
                    "Cluster-forming threshold of the coordinate-based estimators, as an uncorrected p "
                        + "(turned into a statistic with the approximate null, as NiMARE does).",
                    "montecarlo")),
            List.of("montecarlo"),
            "Family-wise error correction. Writes `<map>_corr-FWE_method-<method>` for every p map "
                + "(and its z, two-tailed and signed, as NiMARE does).",
            "Bonferroni CE (1936).",
            Corrections::fwe),
        new CorrectorDef(
            "FDR",
            List.of(
                new ParamSpec("method", new ParamType.Choice(List.of("indep", "negcorr")), new Value.Choice("indep"),
                    "`indep`: Benjamini–Hochberg; `negcorr`: Benjamini–Yekutieli (any dependence)."),
                alpha()),
            List.of(),
            "False discovery rate correction. Writes adjusted p maps `<map>_corr-FDR_method-<method>` "
                + "and their signed two-tailed z; `alpha` does not change the maps, as in NiMARE.",
            "Benjamini Y, Hochberg Y (1995) J R Stat Soc B 57:289-300; Benjamini Y, Yekutieli D (2001) Ann Stat 29:1165-1188.",
            Corrections::fdr));
  }

  private static ParamSpec alpha() {
    return new ParamSpec("alpha", ParamType.Number.probability(), new Value.Num(0.05, false),
        "The significance level the corrected maps are read at (recorded in the plan and provenance).");
  }

  /** Bonferroni; Monte Carlo FWE is estimator-specific and reaches its estimator's own corrector instead. */
  private static MetaResult fwe(EstimatorInput estimate, MetaResult result, Map<String, Value> params, long seed) {
    String method = ((Value.Choice) params.get("method")).word();
    if (!method.equals("bonferroni")) {
      throw new IllegalStateException("FWE(method = " + method + ") has no generic implementation");
    }
    return onlyNew(result, VoxelCorrector.bonferroni(result));
  }

  private static MetaResult fdr(EstimatorInput estimate, MetaResult result, Map<String, Value> params, long seed) {
    boolean indep = ((Value.Choice) params.get("method")).word().equals("indep");
    if (indep && result.has("p_desc-association")) {
      // NiMARE dispatches FDR(indep) on MKDAChi2 to the estimator's own method.
      return onlyNew(result, MkdaChi2.correctFdrIndep(result));
    }
    return onlyNew(result, VoxelCorrector.fdr(result, indep ? FdrMethod.INDEP : FdrMethod.NEGCORR));
  }

  /** The maps a correction added, without the estimator's own. */
  private static MetaResult onlyNew(MetaResult before, MetaResult after) {
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
