package org.nimeta.review;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * How two tab-separated tables differ, row by row in file order (a header counts as row 0 of
 * neither): a row present in both at the same place but with other cells is changed; rows past
 * the end of the shorter table are added (in the second) or removed (from the first).
 *
 * @param changedRows 1-based numbers of the data rows that differ
 * @param addedRows   rows only the second table has
 * @param removedRows rows only the first table has
 * @param headerChanged the column names differ
 */
public record TableDifference(boolean headerChanged, List<Integer> changedRows, int addedRows, int removedRows) {
  public TableDifference {
    changedRows = List.copyOf(changedRows);
  }

  public static TableDifference of(Path a, Path b) throws IOException {
    return of(Files.readAllLines(a, StandardCharsets.UTF_8), Files.readAllLines(b, StandardCharsets.UTF_8));
  }

  /** Tables as their lines; a first line that is not numbers is the header. */
  public static TableDifference of(List<String> a, List<String> b) {
    boolean headerA = hasHeader(a);
    boolean headerB = hasHeader(b);
    boolean headerChanged = headerA != headerB || headerA && !a.get(0).equals(b.get(0));
    List<String> rowsA = headerA ? a.subList(1, a.size()) : a;
    List<String> rowsB = headerB ? b.subList(1, b.size()) : b;
    List<Integer> changed = new ArrayList<>();
    int common = Math.min(rowsA.size(), rowsB.size());
    for (int r = 0; r < common; r++) {
      if (!rowsA.get(r).equals(rowsB.get(r))) {
        changed.add(r + 1);
      }
    }
    return new TableDifference(headerChanged, changed, Math.max(0, rowsB.size() - common),
        Math.max(0, rowsA.size() - common));
  }

  public boolean none() {
    return !headerChanged && changedRows.isEmpty() && addedRows == 0 && removedRows == 0;
  }

  private static boolean hasHeader(List<String> lines) {
    if (lines.isEmpty()) {
      return false;
    }
    for (String cell : lines.get(0).split("\t", -1)) {
      try {
        Double.parseDouble(cell);
      } catch (NumberFormatException word) {
        return true;
      }
    }
    return false;
  }
}
