package org.nimeta.engine.diagnostics;

import org.nimeta.engine.cluster.ClusterTable;

/** The one place a diagnostic makes a cluster-table row of its own: a row under another id. */
final class TableRows {
  private TableRows() {}

  /** {@code row} with id {@code id} and every other column as it was. */
  static ClusterTable.Row renamed(ClusterTable.Row row, String id) {
    return new ClusterTable.Row(id, row.x(), row.y(), row.z(), row.peak(), row.sizeMm3());
  }
}
