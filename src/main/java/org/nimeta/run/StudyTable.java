package org.nimeta.run;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.nimeta.compile.Plan;
import org.nimeta.compile.Step;
import org.nimeta.data.CoordinateSpace;
import org.nimeta.data.Dataset;
import org.nimeta.data.Experiment;
import org.nimeta.data.FociInMask;
import org.nimeta.engine.CoordinateInputs;
import org.nimeta.image.Mask;
import org.nimeta.registry.EstimatorDef;
import org.nimeta.registry.IbmaInputs;
import org.nimeta.registry.Value;

/**
 * A result's {@code studies.tsv}, in the result's folder: for each dataset the estimate reads
 * (both groups of a contrast), every experiment that reached it through the script's loads,
 * selections and combinations ({@link StudyLedger}), with its study, sample size, foci, the space
 * its foci were read in and whether they were converted, and whether the estimate used it. An
 * experiment is not used when a dataset step left it out (the reason names the step), or when the
 * estimator does not take it: a coordinate-based one takes only experiments with foci
 * ({@link CoordinateInputs#takesPart}), an image-based one only those with every image (and the
 * sample size) it needs ({@link IbmaInputs#select}) — the same rules the estimators run by.
 *
 * <p>The table lives with the result, not with the dataset, because whether an experiment is used
 * depends on the estimator: an image-based estimate of a dataset drops experiments an ALE of it
 * uses. A dataset given as a parameter (SCALE's {@code base}) is a pool of foci, not studies
 * meta-analysed, and has no rows.
 */
final class StudyTable {
  static final String FILE_NAME = "studies.tsv";
  static final String USED = "used";
  static final String DATASET = "dataset";
  static final String FOCI = "foci";
  /** The header, in order. */
  static final List<String> COLUMNS = List.of(DATASET, "id", "study", "sample_size", FOCI, "foci_outside_mask",
      "space", "converted_to_mni", "images", USED, "reason");

  private StudyTable() {}

  /**
   * Writes {@code studies.tsv} into every folder that holds an estimate's maps.
   *
   * @param directories the folders the maps went to, relative to {@code dir}
   * @return the files written, for provenance
   * @throws IllegalStateException when a folder would get a second table (the compiler lets no two
   *                               results share a folder)
   */
  static List<OutputFile> write(Plan plan, Execution execution, Path dir, List<OutputWriter.MapDirectory> directories)
      throws IOException {
    StudyLedger ledger = StudyLedger.of(plan, execution.results());
    Map<String, Step.Estimate> estimates = new HashMap<>();
    plan.steps(Step.Estimate.class).forEach(e -> estimates.put(e.name(), e));
    List<OutputFile> files = new ArrayList<>();
    Set<String> folders = new HashSet<>();
    for (OutputWriter.MapDirectory d : directories) {
      for (String result : d.estimates()) {
        Step.Estimate estimate = estimates.get(result);
        if (estimate == null || !(execution.results().get(result) instanceof Execution.Estimated done)) {
          continue; // a function of results reads no dataset
        }
        if (!folders.add(d.path())) {
          throw new IllegalStateException("two results write " + FILE_NAME + " into " + d.path());
        }
        EstimatorDef def = (EstimatorDef) plan.registry().find(estimate.estimator());
        List<Map<String, Object>> rows = rows(estimate, def, done.input().datasets(), ledger, execution.mask());
        String relative = (d.path().isEmpty() ? "" : d.path().replace(java.io.File.separatorChar, '/') + "/") + FILE_NAME;
        TableWriter.write(rows, dir.resolve(relative));
        files.add(new OutputFile(relative, estimate.name(), "table"));
      }
    }
    return files;
  }

  /**
   * The table's rows: per dataset the estimate meta-analyses, in its order, the experiments that
   * reached it in NiMARE's id order.
   *
   * @param inputs the datasets the estimate ran on, as {@code estimate.datasets()} names them
   */
  static List<Map<String, Object>> rows(Step.Estimate estimate, EstimatorDef def, List<Dataset> inputs,
      StudyLedger ledger, Mask mask) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (int i = 0; i < def.datasets(); i++) {
      String name = estimate.datasets().get(i);
      Map<String, String> notTaken = notTaken(def, estimate, inputs.get(i));
      List<StudyLedger.Entry> entries = ledger.entries(name);
      Map<String, Integer> outside = fociOutside(entries, mask);
      for (StudyLedger.Entry entry : entries) {
        Experiment e = entry.experiment();
        String reason = entry.kept() ? notTaken.get(e.id()) : entry.reason();
        Map<String, Object> row = new LinkedHashMap<>();
        row.put(DATASET, name);
        row.put("id", e.id());
        row.put("study", e.studyId());
        row.put("sample_size", e.sampleSize().isPresent() ? Value.formatNumber(e.sampleSize().getAsDouble()) : "");
        row.put(FOCI, e.fociCount());
        row.put("foci_outside_mask", def.dataKind() == EstimatorDef.DataKind.COORDINATES
            ? outside.getOrDefault(e.id(), 0) : "");
        row.put("space", space(e));
        row.put("converted_to_mni", e.coordinateSpace() == CoordinateSpace.TALAIRACH ? "tal2icbm (Lancaster)" : "no");
        row.put("images", String.join(", ", new TreeSet<>(e.images().keySet())));
        row.put(USED, reason == null ? "yes" : "no");
        row.put("reason", reason == null ? "" : reason);
        rows.add(row);
      }
    }
    return rows;
  }

  /** The experiments of {@code input} the estimator does not take, and why, by id. */
  private static Map<String, String> notTaken(EstimatorDef def, Step.Estimate estimate, Dataset input) {
    Map<String, String> reasons = new HashMap<>();
    if (def.dataKind() == EstimatorDef.DataKind.IMAGES) {
      IbmaInputs.select(input, def.imageEstimator(estimate.params())).dropped()
          .forEach(d -> reasons.put(d.id(), d.reason()));
    } else {
      for (Experiment e : input.experiments()) {
        if (!CoordinateInputs.takesPart(e.fociCount())) {
          reasons.put(e.id(), "no foci");
        }
      }
    }
    return reasons;
  }

  private static Map<String, Integer> fociOutside(List<StudyLedger.Entry> entries, Mask mask) {
    Map<String, Integer> counts = new HashMap<>();
    Dataset all = new Dataset(entries.stream().map(StudyLedger.Entry::experiment).toList());
    FociInMask.outside(all, mask).forEach(o -> counts.put(o.experimentId(), o.count()));
    return counts;
  }

  /** As plan.json's {@code spaces_read} names it: {@code mni}, {@code talairach}, else the label as written. */
  private static String space(Experiment e) {
    CoordinateSpace s = e.coordinateSpace();
    return s == CoordinateSpace.UNKNOWN ? (e.space() == null ? "" : e.space()) : s.scriptWord();
  }
}
