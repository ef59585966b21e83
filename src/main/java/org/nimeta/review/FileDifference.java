package org.nimeta.review;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import org.nimeta.run.Json;

/**
 * One output file of two runs compared.
 *
 * @param path  relative to the output directories, with {@code /} separators
 * @param map   how the maps differ, when both are maps that could be read and their bytes differ; else null
 * @param table how the tables differ, likewise; else null
 * @param note  why no closer comparison was made (a file that cannot be read), or null
 */
public record FileDifference(String path, Status status, MapDifference map, TableDifference table, String note) {

  /** {@code ONLY_FIRST}: the first run has the file and the second not; {@code ONLY_SECOND} the other way. */
  public enum Status { IDENTICAL, DIFFERS, ONLY_FIRST, ONLY_SECOND }

  public boolean identical() {
    return status == Status.IDENTICAL;
  }

  /** What differs, in words: "3 of 902,629 voxels differ, largest absolute difference 0.25", or "" when nothing can be said. */
  public String details(boolean withCorrelation) {
    if (note != null) {
      return note;
    }
    if (map != null) {
      if (!map.sameGrid()) {
        return "the maps are on different grids";
      }
      if (map.differingVoxels() == 0) {
        return "the same values in other bytes (e.g. a header field, or −0 for 0)";
      }
      String s = String.format(Locale.ROOT, "%,d of %,d voxels ", map.differingVoxels(), map.voxels())
          + (map.differingVoxels() == 1 ? "differs" : "differ")
          + ", largest absolute difference " + number(map.largestDifference());
      if (withCorrelation) {
        s += ", correlation " + (Double.isNaN(map.correlation()) ? "undefined (a constant map)"
            : String.format(Locale.ROOT, "%.6f", map.correlation()));
      }
      return s;
    }
    if (table != null) {
      if (table.none()) {
        return "the same rows in other bytes";
      }
      StringBuilder s = new StringBuilder();
      if (table.headerChanged()) {
        s.append("the columns differ");
      }
      if (!table.changedRows().isEmpty()) {
        append(s, (table.changedRows().size() == 1 ? "row " : "rows ") + rows(table) + " changed");
      }
      if (table.addedRows() > 0) {
        append(s, count(table.addedRows(), "row") + " added");
      }
      if (table.removedRows() > 0) {
        append(s, count(table.removedRows(), "row") + " removed");
      }
      return s.toString();
    }
    return "";
  }

  public ObjectNode toJson() {
    ObjectNode o = Json.object();
    o.put("path", path);
    o.put("status", status.name().toLowerCase(Locale.ROOT));
    if (map != null) {
      ObjectNode m = o.putObject("map");
      m.put("same_grid", map.sameGrid());
      m.put("voxels", map.voxels());
      m.put("differing_voxels", map.differingVoxels());
      putNumber(m, "largest_difference", map.largestDifference());
      putNumber(m, "correlation", map.correlation());
    }
    if (table != null) {
      ObjectNode t = o.putObject("table");
      t.put("header_changed", table.headerChanged());
      t.set("changed_rows", Json.of(table.changedRows()));
      t.put("added_rows", table.addedRows());
      t.put("removed_rows", table.removedRows());
    }
    if (note != null) {
      o.put("note", note);
    }
    return o;
  }

  private static void putNumber(ObjectNode o, String key, double v) {
    if (Double.isFinite(v)) {
      o.put(key, v);
    } else {
      o.putNull(key);
    }
  }

  private static String rows(TableDifference t) {
    int shown = Math.min(10, t.changedRows().size());
    String list = String.join(", ", t.changedRows().subList(0, shown).stream().map(String::valueOf).toList());
    return shown < t.changedRows().size() ? list + " and " + (t.changedRows().size() - shown) + " more" : list;
  }

  private static void append(StringBuilder s, String part) {
    s.append(s.length() == 0 ? "" : "; ").append(part);
  }

  private static String count(int n, String noun) {
    return String.format(Locale.ROOT, "%,d", n) + " " + noun + (n == 1 ? "" : "s");
  }

  /** Enough digits to tell a rounding difference (1e-16) from a real one. */
  private static String number(double v) {
    return v == 0 || (Math.abs(v) >= 1e-3 && Math.abs(v) < 1e6) ? String.format(Locale.ROOT, "%.6g", v)
        : String.format(Locale.ROOT, "%.3e", v);
  }
}
