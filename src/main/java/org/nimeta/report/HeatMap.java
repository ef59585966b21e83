package org.nimeta.report;

import java.util.List;
import java.util.Locale;

/**
 * A diagnostics table (NiMARE's layout: column {@code id}, then one column per cluster) as an HTML
 * heat map, experiments down and clusters across: each cell shaded by its value against the
 * table's largest absolute value, red for positive, blue for negative, the number written in it.
 */
final class HeatMap {
  private HeatMap() {}

  /** Whether {@code table} has the layout of a diagnostics table. */
  static boolean fits(TsvTable table) {
    return table.header().size() > 1 && table.header().get(0).equals("id");
  }

  static String toHtml(TsvTable table) {
    double most = 0;
    for (List<String> row : table.rows()) {
      for (String cell : row.subList(1, row.size())) {
        most = Math.max(most, Math.abs(value(cell)));
      }
    }
    StringBuilder sb = new StringBuilder("<div class=\"table-wrap\"><table class=\"heatmap\"><thead><tr>");
    for (String h : table.header()) {
      sb.append("<th>").append(Html.escape(h)).append("</th>");
    }
    sb.append("</tr></thead><tbody>");
    for (List<String> row : table.rows()) {
      sb.append("<tr><th>").append(Html.escape(row.get(0))).append("</th>");
      for (String cell : row.subList(1, row.size())) {
        double v = value(cell);
        double t = most == 0 || Double.isNaN(v) ? 0 : Math.abs(v) / most;
        String shown = TsvTable.number(cell);
        sb.append("<td class=\"num\" style=\"background:").append(shade(v, t)).append(";color:")
            .append(t > 0.6 ? "#fff" : "#222").append("\">").append(shown == null ? Html.escape(cell) : shown)
            .append("</td>");
      }
      sb.append("</tr>");
    }
    sb.append("</tbody></table></div>");
    return sb.toString();
  }

  /** White at 0 to deep red (positive) or deep blue (negative) at the table's largest magnitude. */
  static String shade(double v, double t) {
    int[] deep = v < 0 ? new int[] {33, 102, 172} : new int[] {178, 24, 43};
    return String.format(Locale.ROOT, "rgb(%d,%d,%d)", mix(255, deep[0], t), mix(255, deep[1], t),
        mix(255, deep[2], t));
  }

  private static int mix(int a, int b, double t) {
    return (int) Math.round(a + (b - a) * t);
  }

  private static double value(String cell) {
    try {
      return Double.parseDouble(cell);
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }
}
