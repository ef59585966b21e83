package org.nimeta.engine.diagnostics;

import java.util.ArrayList;
import java.util.List;

/**
 * A contribution table: one row per experiment, one column per cluster, as NiMARE's
 * {@code <target>_diag-<diagnostic>_tab-counts} tables.
 *
 * @param ids     the row ids, in order
 * @param columns the cluster columns ({@code PositiveTail 1}, …), in order
 * @param cells   {@code cells[row][column]}. Do not modify.
 */
public record Contributions(List<String> ids, List<String> columns, double[][] cells) {
  public Contributions {
    ids = List.copyOf(ids);
    columns = List.copyOf(columns);
    if (cells.length != ids.size()) {
      throw new IllegalArgumentException(cells.length + " rows of cells for " + ids.size() + " ids");
    }
  }

  /**
   * NiMARE's merge of the two tails' tables of an image-based result ({@code merge(how="outer")
   * .fillna(0)} on the id column): this table's columns, then {@code other}'s; rows of both, a
   * missing cell 0.
   */
  public Contributions merged(Contributions other) {
    List<String> rows = new ArrayList<>(ids);
    other.ids.stream().filter(id -> !rows.contains(id)).forEach(rows::add);
    List<String> cols = new ArrayList<>(columns);
    cols.addAll(other.columns);
    double[][] out = new double[rows.size()][cols.size()];
    for (int r = 0; r < rows.size(); r++) {
      int mine = ids.indexOf(rows.get(r));
      int theirs = other.ids.indexOf(rows.get(r));
      if (mine >= 0) {
        System.arraycopy(cells[mine], 0, out[r], 0, columns.size());
      }
      if (theirs >= 0) {
        System.arraycopy(other.cells[theirs], 0, out[r], columns.size(), other.columns.size());
      }
    }
    return new Contributions(rows, cols, out);
  }
}
