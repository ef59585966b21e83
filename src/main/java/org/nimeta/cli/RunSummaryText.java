package org.nimeta.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.nimeta.run.ClusterTableFile;
import org.nimeta.run.ResultSummary;

/**
 * A folder's {@link ResultSummary} as the lines {@code run} prints under the folder's line:
 *
 * <pre>
 *   pain: 21 of 21 experiments used (267 foci)
 *   z_level-voxel_corr-FWE_method-montecarlo_alpha-0.05: 3 clusters
 *     cluster 1: 5.21 at (40, -22, 16), Insular Cortex
 * </pre>
 */
final class RunSummaryText {
  private static final String INDENT = "  ";

  private RunSummaryText() {}

  static List<String> lines(ResultSummary summary) {
    List<String> lines = new ArrayList<>();
    for (ResultSummary.DatasetUse d : summary.datasets()) {
      lines.add(INDENT + d.dataset() + ": " + d.used() + " of " + d.experiments()
          + (d.experiments() == 1 ? " experiment" : " experiments") + " used (" + d.fociUsed()
          + (d.fociUsed() == 1 ? " focus)" : " foci)"));
    }
    for (ResultSummary.MapClusters m : summary.maps()) {
      String count = m.clusters() == 0 ? "no clusters" : m.clusters() + (m.clusters() == 1 ? " cluster" : " clusters");
      lines.add(INDENT + m.map() + ": " + count);
      for (ClusterTableFile.Peak p : m.peaks()) {
        // Our ids are numbers; a diagnostic's table has NiMARE's, `PositiveTail 1`, which say it themselves.
        String cluster = p.clusterId().matches("\\d+") ? "cluster " + p.clusterId() : p.clusterId();
        lines.add(INDENT + INDENT + cluster + ": " + String.format(Locale.ROOT, "%.2f", p.value())
            + " at (" + mm(p.x()) + ", " + mm(p.y()) + ", " + mm(p.z()) + ")"
            + (p.label() == null || p.label().isBlank() ? "" : ", " + p.label()));
      }
    }
    return lines;
  }

  /** Millimetres as a table reader writes them: {@code 40}, {@code -22.5}. */
  private static String mm(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
  }
}
