package org.nimeta.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A tab-separated table as written into the output folder: its header and rows, whatever columns
 * they are (the report shows every column a table has, so new columns need no change here).
 */
record TsvTable(List<String> header, List<List<String>> rows) {
  /** Rows shown of a longer table; the rest stay in the file the table links to. */
  static final int SHOWN_ROWS = 200;

  static TsvTable read(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    if (lines.isEmpty()) {
      return new TsvTable(List.of(), List.of());
    }
    List<List<String>> rows = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      if (!line.isEmpty()) {
        rows.add(Arrays.asList(line.split("\t", -1)));
      }
    }
    return new TsvTable(Arrays.asList(lines.get(0).split("\t", -1)), rows);
  }

  /** The table as an HTML {@code <table>}: numbers right-aligned and rounded for reading, at most {@link #SHOWN_ROWS} rows. */
  String toHtml(String cssClass) {
    StringBuilder sb = new StringBuilder("<div class=\"table-wrap\"><table class=\"" + cssClass + "\"><thead><tr>");
    for (String h : header) {
      sb.append("<th>").append(Html.escape(h)).append("</th>");
    }
    sb.append("</tr></thead><tbody>");
    for (List<String> row : rows.subList(0, Math.min(rows.size(), SHOWN_ROWS))) {
      sb.append("<tr>");
      for (String cell : row) {
        String number = number(cell);
        sb.append(number != null ? "<td class=\"num\">" + number : "<td>" + Html.escape(cell)).append("</td>");
      }
      sb.append("</tr>");
    }
    sb.append("</tbody></table></div>");
    if (rows.size() > SHOWN_ROWS) {
      sb.append("<p class=\"note\">The first ").append(SHOWN_ROWS).append(" of ").append(rows.size())
          .append(" rows.</p>");
    }
    return sb.toString();
  }

  /**
   * A cell that is a number, as shown: integers as they are, others to four significant digits
   * (the file keeps every digit); null for text.
   */
  static String number(String cell) {
    if (cell.isEmpty() || !(Character.isDigit(cell.charAt(0)) || cell.charAt(0) == '-' || cell.charAt(0) == '.')) {
      return null;
    }
    double v;
    try {
      v = Double.parseDouble(cell);
    } catch (NumberFormatException e) {
      return null;
    }
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return String.valueOf((long) v);
    }
    String s = String.format(Locale.ROOT, "%.4g", v);
    return s.contains("e") ? s : s.replaceAll("0+$", "").replaceAll("\\.$", "");
  }
}
