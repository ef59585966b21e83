package org.nimeta.run;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.nimeta.engine.cluster.ClusterTable;
import org.nimeta.engine.diagnostics.Contributions;
import org.nimeta.image.Grid;
import org.nimeta.image.atlas.Atlas;

/**
 * {@code <result>_contributions.tsv}: the table reviewers ask for, one row per cluster of a
 * result diagnosed by several diagnostics on the same clusters (Jackknife and FocusCounter): its
 * id, peak (x, y, z in mm), size, then for each experiment (in the tables' row order) one column
 * per diagnostic, {@code <id> jackknife} (its share of the cluster's statistic) and
 * {@code <id> foci} (its foci in the cluster). A whole value is written without a decimal point.
 */
final class ContributionsTable {
  static final String SUFFIX = "_contributions";

  private ContributionsTable() {}

  /**
   * @param diagnoses diagnoses of the same clusters, in column order
   * @param words     each diagnosis's column word ({@link org.nimeta.registry.DiagnosticDef#column()})
   */
  static void write(List<Diagnosed> diagnoses, List<String> words, Grid grid, Path file) throws IOException {
    List<List<Contributions>> tables = diagnoses.stream().map(d -> List.copyOf(d.tables().values())).toList();
    List<String> ids = tables.get(0).isEmpty() ? List.of() : tables.get(0).get(0).ids();
    Optional<Atlas> atlas = Atlas.harvardOxford();
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      List<String> header = new ArrayList<>(List.of("Cluster ID", "X", "Y", "Z", "Cluster Size (voxels)",
          "Cluster Size (mm3)"));
      header.addAll(extraColumns(atlas));
      for (String id : ids) {
        for (String word : words) {
          header.add(id + " " + word);
        }
      }
      w.write(String.join("\t", header) + "\n");
      for (ClusterTable.Row r : diagnoses.get(0).clusters().rows()) {
        if (r.sizeMm3() == null) {
          continue; // sub-peaks share their cluster's contributions
        }
        List<String> cells = new ArrayList<>(List.of(r.id(), Double.toString(r.x()), Double.toString(r.y()),
            Double.toString(r.z()), Long.toString(Math.round(r.sizeMm3() / grid.voxelVolume())),
            Integer.toString(r.sizeMm3())));
        cells.addAll(extraCells(r, atlas));
        for (String id : ids) {
          for (List<Contributions> t : tables) {
            cells.add(cell(t, id, r.id()));
          }
        }
        w.write(String.join("\t", cells) + "\n");
      }
    }
  }

  /**
   * The columns a row gains after its size: the Harvard–Oxford label at the cluster's peak, as the
   * cluster tables have it (none when the atlas is not bundled).
   */
  private static List<String> extraColumns(Optional<Atlas> atlas) {
    return atlas.isEmpty() ? List.of() : List.of(ThresholdedMaps.LABEL_COLUMN, ThresholdedMaps.LABEL_DISTANCE_COLUMN);
  }

  /** The cells of {@link #extraColumns} for one cluster. */
  private static List<String> extraCells(ClusterTable.Row row, Optional<Atlas> atlas) {
    return atlas.isEmpty() ? List.of() : ThresholdedMaps.labelCells(atlas.get().labelAt(row.x(), row.y(), row.z()));
  }

  /** The experiment's cell in the column of cluster {@code cluster}; empty when no table has it (a tail left out). */
  private static String cell(List<Contributions> tables, String id, String cluster) {
    for (Contributions t : tables) {
      int c = t.columns().indexOf(cluster);
      int r = t.ids().indexOf(id);
      if (c >= 0 && r >= 0) {
        double v = t.cells()[r][c];
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
      }
    }
    return "";
  }
}
