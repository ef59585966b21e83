package org.nimeta.report;

import java.util.ArrayList;
import java.util.List;
import org.nimeta.compile.Step;
import org.nimeta.registry.Citations;
import org.nimeta.registry.Value;

/** What a {@code write} with options kept: its maps, thresholds, cluster sizes and tables. */
final class WriteWords {
  private WriteWords() {}

  static String describe(Step.WriteOutput step, CitedWorks works) {
    Step.Selection s = step.selection();
    StringBuilder sb = new StringBuilder("Maps of `").append(step.target()).append("` written to `")
        .append(step.directory()).append("/`");
    if (s.maps() != null) {
      sb.append(": ").append(String.join(", ", s.maps().stream().map(m -> "`" + m + "`").toList()));
    }
    sb.append('.');
    List<String> thresholds = new ArrayList<>();
    for (Step.Threshold t : s.thresholds()) {
      thresholds.add(t.correctedP() != null
          ? "`" + t.valueMap() + "` where `" + t.correctedP() + "` " + (t.logP() ? "(−log10 p) exceeds −log10 " : "is below ")
              + Value.formatNumber(s.alpha())
          : "`" + t.valueMap() + "` where its magnitude exceeds " + Value.formatNumber(s.statThreshold()));
    }
    if (!thresholds.isEmpty()) {
      sb.append(" Thresholded: ").append(String.join("; ", thresholds)).append('.');
    }
    if (s.minClusterSize() > 1) {
      sb.append(" Clusters of fewer than ").append(s.minClusterSize()).append(" voxels were removed.");
    }
    if (s.clusters()) {
      sb.append(" Each thresholded map has a table of its clusters, peaks and sub-peaks in the layout of nilearn's ")
          .append("`get_clusters_table`").append(works.after(List.of(Citations.ABRAHAM_2014))).append('.');
    }
    return sb.toString();
  }
}
