package org.nimeta.run;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Writes an estimator's tables ({@link org.nimeta.engine.MetaResult#tables()}) as tab-separated
 * text. Understood shapes: {@code double[][]} (rows, no header) and a list of rows as maps
 * (header from the first row's keys). Anything else has no file form
 * and is not written — in particular a bare {@code double[]}, which is how estimators keep their
 * null distributions (NiMARE does not save those either). Numbers read back to the same double.
 */
final class TableWriter {
  private TableWriter() {}

  /** Writes {@code table} to {@code file}; returns false (and writes nothing) for other shapes. */
  static boolean write(Object table, Path file) throws IOException {
    if (table instanceof double[][] rows) {
      try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        for (double[] row : rows) {
          for (int c = 0; c < row.length; c++) {
            w.write(c == 0 ? "" : "\t");
            w.write(Double.toString(row[c]));
          }
          w.write('\n');
        }
      }
      return true;
    }
    if (table instanceof List<?> rows && !rows.isEmpty() && rows.stream().allMatch(r -> r instanceof Map<?, ?>)) {
      List<?> header = List.copyOf(((Map<?, ?>) rows.get(0)).keySet());
      try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        writeRow(w, header);
        for (Object row : rows) {
          Map<?, ?> m = (Map<?, ?>) row;
          writeRow(w, header.stream().map(m::get).toList());
        }
      }
      return true;
    }
    return false;
  }

  private static void writeRow(Writer w, List<?> cells) throws IOException {
    for (int c = 0; c < cells.size(); c++) {
      w.write(c == 0 ? "" : "\t");
      Object v = cells.get(c);
      w.write(v == null ? "" : v.toString().replace('\t', ' ').replace('\n', ' '));
    }
    w.write('\n');
  }
}
