package org.nimeta.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A cluster table as a run wrote it ({@code <map>_clusters.tsv}, a diagnostic's
 * {@code <map>_tab-clust.tsv}), read back by its header: nilearn's columns {@code Cluster ID},
 * {@code X}, {@code Y}, {@code Z}, {@code Peak Stat}, {@code Cluster Size (mm3)} wherever they
 * stand, and an atlas label when
 * the table has a column named like one ({@code Label}, {@code Label (Harvard-Oxford)}). Columns
 * that other parts of nimeta add later are picked up without a change here.
 *
 * @param clusters how many clusters the table lists: rows with a size, as nilearn leaves a
 *                 sub-peak's ({@code 1a}, NiMARE's {@code PositiveTail 1a}) empty
 * @param peaks    each cluster's peak, in the table's order
 */
public record ClusterTableFile(int clusters, List<Peak> peaks) {
  private static final String SIZE = "Cluster Size (mm3)";
  private static final List<String> NEEDED = List.of("Cluster ID", "X", "Y", "Z", "Peak Stat", SIZE);

  public ClusterTableFile {
    peaks = List.copyOf(peaks);
  }

  /** A cluster's peak; {@code label} is null when the table has no label column. */
  public record Peak(String clusterId, double x, double y, double z, double value, String label) {}

  /** The {@code n} peaks of largest |value|, ties in table order. */
  public List<Peak> strongest(int n) {
    return peaks.stream().sorted(Comparator.comparingDouble((Peak p) -> -Math.abs(p.value()))).limit(n).toList();
  }

  /** The table in {@code file}, or empty when its header lacks nilearn's columns (not a cluster table). */
  public static Optional<ClusterTableFile> read(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    if (lines.isEmpty()) {
      return Optional.empty();
    }
    List<String> header = List.of(lines.get(0).split("\t", -1));
    if (!header.containsAll(NEEDED)) {
      return Optional.empty();
    }
    int id = header.indexOf("Cluster ID");
    int size = header.indexOf(SIZE);
    int label = labelColumn(header);
    List<Peak> peaks = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split("\t", -1);
      if (cells.length != header.size() || cells[size].isBlank()) {
        continue; // a sub-peak, or a line that is no row
      }
      try {
        peaks.add(new Peak(cells[id], number(cells, header, "X"), number(cells, header, "Y"),
            number(cells, header, "Z"), number(cells, header, "Peak Stat"), label < 0 ? null : cells[label]));
      } catch (NumberFormatException notANumber) {
        continue; // a summary of the table, not a check of it: such a row is not shown
      }
    }
    return Optional.of(new ClusterTableFile(peaks.size(), peaks));
  }

  /**
   * The first column named for a label, or -1: its name, less any part in parentheses, ends with
   * "label" (any case): {@code Label}, {@code Harvard-Oxford label}, {@code Label (Harvard-Oxford)};
   * not {@code Label Distance (mm)}.
   */
  static int labelColumn(List<String> header) {
    for (int c = 0; c < header.size(); c++) {
      String name = header.get(c).replaceAll("\\([^)]*\\)", "").strip().toLowerCase(Locale.ROOT);
      if (name.endsWith("label")) {
        return c;
      }
    }
    return -1;
  }

  private static double number(String[] cells, List<String> header, String column) {
    return Double.parseDouble(cells[header.indexOf(column)]);
  }
}
