package org.nimeta.registry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nimeta.engine.CoordinateExperiment;
import org.nimeta.engine.MetaResult;
import org.nimeta.engine.montecarlo.MonteCarloOptions;
import org.nimeta.engine.cluster.FaceNeighbours;
import org.nimeta.engine.montecarlo.TfceFwe;
import org.nimeta.engine.predictive.PredictiveCutoffs;
import org.nimeta.engine.tfce.Tfce;
import org.nimeta.engine.tfce.TfceCutoff;
import org.nimeta.engine.tfce.TfceMaps;
import org.nimeta.engine.tfce.TfceSettings;

/**
 * {@code TFCE(method = montecarlo, ...)}: threshold-free cluster enhancement of a coordinate-based
 * estimate's z map with family-wise error control by a Monte Carlo null of the largest TFCE, as
 * JALE does it (NiMARE has none). Each estimator with a Monte Carlo null computes it as its own
 * correction ({@link #correction}), listing {@link #MONTECARLO} among its corrections.
 *
 * <p>A method is a way to a {@link TfceCutoff}; the thresholded map is written from the cutoff
 * alone, so a method that only predicts a cutoff adds a word to {@link Method} and a runner that
 * returns the cutoff, with {@link #mapsOfCutoff} as its maps.
 */
final class TfceCorrections {
  private TfceCorrections() {}

  /** How the cutoff is found. */
  enum Method {
    MONTECARLO,
    PREDICTIVE
  }

  static final Correction MONTECARLO = new Correction("TFCE", "montecarlo");
  static final Correction PREDICTIVE = new Correction("TFCE", "predictive");
  private static final String PREDICTIVE_WORD = "predictive";
  /** The predictive cutoff's table: {@code <estimate>/tfce_cutoff_method-predictive.tsv}. */
  static final String PREDICTIVE_CUTOFF_TABLE = TfceFwe.CUTOFF_TABLE + "_method-" + PREDICTIVE_WORD;
  /** The TFCE model was trained at JALE's settings and level: the maps of a predicted cutoff use them. */
  private static final double PREDICTIVE_ALPHA = 0.05;

  static final Param<Method> METHOD = Param.choice("method", Method.class, Method.MONTECARLO,
      "`montecarlo`: the cutoff is the (1 − alpha) quantile of the largest TFCE of random datasets whose "
          + "foci are placed at random in the mask, as JALE's; the maps' p values come from the same null. "
          + "`predictive` (ALE only): the cutoff at alpha 0.05 predicted from the experiments' subject and focus "
          + "counts by Frahm et al. (2025)'s TFCE model, for JALE's E = 0.5, H = 2 and 100 steps, which it "
          + "then uses; it writes only the cut map (no p maps; the uncorrected `tfce` comes with `montecarlo`).");
  // E and H are the paper's (Smith & Nichols 2009) and JALE's names, which FSL's randomise also uses
  // (--tfce_E, --tfce_H): anyone who reads about TFCE knows them by these letters.
  static final Param<Double> E = Param.number("E", ParamType.Number.positive(), TfceSettings.DEFAULT.extent(),
      "Extent exponent: a voxel gains its cluster's size to this power at each height (0.5 as in the paper).")
      .onlyWith(METHOD, Method.MONTECARLO);
  static final Param<Double> H = Param.number("H", ParamType.Number.positive(), TfceSettings.DEFAULT.height(),
      "Height exponent: each height h weighs h to this power (2 as in the paper).").onlyWith(METHOD, Method.MONTECARLO);
  static final Param<Integer> STEPS = Param.integer("steps", ParamType.Number.atLeast(1), TfceSettings.DEFAULT.steps(),
      "Number of heights: the map's largest z is divided into this many steps (JALE's `delta_t_steps`, 100).")
      .onlyWith(METHOD, Method.MONTECARLO);
  static final Param<Integer> N_ITERS = Params.N_ITERS.withDoc("Monte Carlo iterations; the smallest corrected p "
      + "is 1/n_iters.").onlyWith(METHOD, Method.MONTECARLO);

  /** The maps of {@code TFCE(method = montecarlo)}: the uncorrected map, the cut map, p, z and logp. */
  static final List<String> MONTECARLO_MAPS = java.util.stream.Stream.concat(mapsOfCutoff(TfceFwe.METHOD).stream(),
      java.util.stream.Stream.of("p", "z", "logp").map(prefix -> TfceMaps.fromNullName(prefix, TfceFwe.METHOD))).toList();

  static List<Definition> definitions() {
    return List.of(CorrectorDef.builder("TFCE")
        .method(METHOD)
        .params(Corrections.ALPHA.withDoc("The family-wise level of the cutoff (JALE's 0.05): the thresholded map "
            + "keeps the voxels whose TFCE exceeds the (1 − alpha) quantile of the null. The p maps do not depend "
            + "on it; a `write`'s `alpha` thresholds them."), N_ITERS, E, H, STEPS)
        .computedByEstimators(Method.MONTECARLO, true)
        .computedByEstimators(Method.PREDICTIVE, true)
        .doc("Threshold-free cluster enhancement of the estimate's `z` map (Smith & Nichols 2009, as JALE "
            + "computes it: face-connected clusters, heights in steps of max z / `steps`) with family-wise error "
            + "control from the largest TFCE of random datasets. Writes `tfce`, `tfce_corr-FWE_method-<method>` "
            + "(TFCE above the cutoff, else 0) and `{p,z,logp}_desc-tfce_level-voxel_corr-FWE_method-<method>`.")
        .citation(Method.MONTECARLO, Citations.SMITH_2009, Citations.JALE)
        .citation(Method.PREDICTIVE, Citations.SMITH_2009, Citations.JALE, Citations.FRAHM_2025)
        .build());
  }

  /** The own correction of an estimator with Monte Carlo null {@code statistic}. */
  static CorrectorRunner correction(MonteCarloStatistic statistic) {
    return (estimate, result, params, seed) -> {
      List<CoordinateExperiment> experiments =
          CoordinateExperiment.listFrom(estimate.datasets().get(0), estimate.mask());
      MetaResult corrected = TfceFwe.correct(result, experiments, statistic.kernel().apply(estimate.kernel()),
          statistic.statistic(), settings(params), Params.ALPHA.of(params),
          new MonteCarloOptions(N_ITERS.of(params), seed, estimate.threads(), estimate.checkpoints()),
          estimate.progress());
      MetaResult out = new MetaResult(result.mask());
      corrected.maps().forEach(out::put);
      out.putTable(TfceFwe.NULL_TABLE, nullRows((double[]) corrected.tables().get(TfceFwe.NULL_TABLE)));
      out.putTable(TfceFwe.CUTOFF_TABLE, cutoffRows((TfceCutoff) corrected.tables().get(TfceFwe.CUTOFF_TABLE)));
      return out;
    };
  }

  /**
   * ALE's {@code TFCE(method = predictive)}: the TFCE model's cutoff for the experiments' counts
   * (the same models and range as {@code FWE(method = predictive)}), applied to the TFCE of the
   * estimate's z at JALE's settings, which the model was trained on.
   */
  static final OwnCorrection PREDICTIVE_OF_ALE = new OwnCorrection((estimate, result, params, seed) -> {
    List<CoordinateExperiment> experiments =
        CoordinateExperiment.listFrom(estimate.datasets().get(0), estimate.mask());
    TfceCutoff cutoff = new TfceCutoff(PredictiveCutoffs.tfce(experiments), PREDICTIVE_ALPHA, PREDICTIVE_WORD);
    double[] tfce = new Tfce(FaceNeighbours.of(result.mask()), TfceSettings.DEFAULT).transform(result.map("z"));
    MetaResult out = new MetaResult(result.mask());
    out.put(TfceMaps.thresholdedName(PREDICTIVE_WORD), TfceMaps.thresholded(tfce, cutoff));
    out.putTable(PREDICTIVE_CUTOFF_TABLE, cutoffRows(cutoff));
    return out;
    // The uncorrected `tfce` map is montecarlo's: both methods declared would otherwise write it twice.
  }, List.of(TfceMaps.thresholdedName(PREDICTIVE_WORD)), PredictiveCorrection.outsideRange("TFCE(method = predictive)"));

  /** The maps any method writes from its cutoff alone: the uncorrected and the thresholded map. */
  static List<String> mapsOfCutoff(String method) {
    return List.of(TfceMaps.TFCE, TfceMaps.thresholdedName(method));
  }

  static TfceSettings settings(Map<String, Value> params) {
    return new TfceSettings(E.of(params), H.of(params), STEPS.of(params));
  }

  private static List<Map<String, Object>> nullRows(double[] maxima) {
    List<Map<String, Object>> rows = new ArrayList<>(maxima.length);
    for (int i = 0; i < maxima.length; i++) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("iteration", i);
      row.put("max_tfce", maxima[i]);
      rows.add(row);
    }
    return rows;
  }

  private static List<Map<String, Object>> cutoffRows(TfceCutoff cutoff) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("method", cutoff.method());
    row.put("alpha", cutoff.alpha());
    row.put("cutoff", cutoff.value());
    return List.of(row);
  }
}
