package org.nimeta.registry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nimeta.data.Dataset;
import org.nimeta.data.Experiment;
import org.nimeta.engine.CoordinateExperiment;
import org.nimeta.engine.MetaResult;
import org.nimeta.engine.predictive.ExperimentCounts;
import org.nimeta.engine.predictive.ModelRange;
import org.nimeta.engine.predictive.ModelRange.Violation;
import org.nimeta.engine.predictive.PredictiveCutoffs;
import org.nimeta.engine.predictive.PredictiveFwe;

/**
 * {@code FWE(method = predictive)} of ALE (NiMARE main's {@code correct_fwe_predictive}, Frahm et
 * al. 2025): ALE's own correction, since the models were trained on ALE's statistic and its
 * cluster-forming threshold. It refuses, before anything runs, a dataset outside the models' range.
 */
final class PredictiveCorrection {
  static final Correction FWE_PREDICTIVE = new Correction("FWE", "predictive");

  /** The cutoffs' table in the output folder: {@code <estimate>/fwe_cutoffs.tsv}. */
  static final String CUTOFFS_TABLE = "fwe_cutoffs";

  /** ALE's own predictive FWE, with the models' range as its data check. */
  static final OwnCorrection OF_ALE =
      new OwnCorrection(PredictiveCorrection::correct, PredictiveFwe.MAPS, outsideRange("FWE(method = predictive)"));

  private PredictiveCorrection() {}

  private static MetaResult correct(EstimatorInput estimate, MetaResult result, Map<String, Value> params, long seed) {
    List<CoordinateExperiment> experiments =
        CoordinateExperiment.listFrom(estimate.datasets().get(0), estimate.mask());
    PredictiveCutoffs cutoffs = PredictiveCutoffs.of(experiments);
    MetaResult out = PredictiveFwe.correct(result, cutoffs);
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("voxel_stat", cutoffs.voxelStat());
    row.put("cluster_size", cutoffs.clusterSize());
    out.putTable(CUTOFFS_TABLE, List.of(row));
    return out;
  }

  /** The data check of a correction {@code call} that predicts with these models. */
  static OwnCorrection.DataCheck outsideRange(String call) {
    return datasets -> outsideRange(call, datasets);
  }

  /** The first dataset's counts outside the models' range, as one sentence; null when inside. */
  private static EstimatorHooks.Finding outsideRange(String call, List<Dataset> datasets) {
    Dataset d = datasets.get(0);
    List<String> ids = new ArrayList<>();
    double[] subjects = new double[d.size()];
    double[] foci = new double[d.size()];
    int e = 0;
    for (Experiment x : d.experiments()) {
      ids.add(x.id());
      subjects[e] = x.sampleSize().orElse(Double.NaN);
      foci[e++] = x.fociCount();
    }
    List<Violation> violations = ModelRange.violations(new ExperimentCounts(ids, subjects, foci));
    if (violations.isEmpty()) {
      return null;
    }
    List<String> what = violations.stream().map(PredictiveCorrection::describe).toList();
    return new EstimatorHooks.Finding("`" + call + "` predicts its cutoffs with models trained on at most "
        + ModelRange.MAX_EXPERIMENTS + " experiments, " + ModelRange.MAX_SUBJECTS + " subjects and "
        + ModelRange.MAX_FOCI + " foci per experiment, each with a sample size; this dataset is outside that: "
        + String.join("; ", what) + ".",
        "Use `" + call.replace("predictive", "montecarlo") + "`, which holds for any dataset.");
  }

  private static String describe(Violation v) {
    return switch (v.limit()) {
      case EXPERIMENTS -> "it has " + (int) v.value() + " experiments (limit " + v.bound() + ")";
      case SUBJECTS -> "experiment `" + v.experiment() + "` has " + number(v.value()) + " subjects (limit "
          + v.bound() + ")";
      case FOCI -> "experiment `" + v.experiment() + "` has " + (int) v.value() + " foci (limit " + v.bound() + ")";
      case SAMPLE_SIZE -> Double.isNaN(v.value()) ? "experiment `" + v.experiment() + "` has no sample size"
          : "experiment `" + v.experiment() + "` has sample size " + number(v.value()) + " (it must be above 0)";
    };
  }

  /** A count as a whole number when it is one (a mean sample size may not be). */
  private static String number(double value) {
    return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
  }
}
