package org.nimeta.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A data file that cannot be read as a dataset: bad syntax, a missing field, a non-finite
 * coordinate, a duplicate experiment. It carries the data file's own location so that the compiler
 * can report it at the script line that loaded the file.
 *
 * <p>Lines and columns are 1-based; 0 means unknown. A column counts characters from the start of
 * the line (a tab counts as one).
 */
public class DataException extends RuntimeException {
  private final transient Path path;
  private final int line;
  private final int column;
  private final String reason;
  /** Further problems found in the same reading, after this one (a reader reports all it finds). */
  private transient List<DataException> more = List.of();

  /**
   * @param path   the data file, or null when the problem is not tied to one file
   * @param line   1-based line, 0 when unknown
   * @param column 1-based column, 0 when unknown
   * @param reason a whole sentence saying what was expected and what was found
   */
  public DataException(Path path, int line, int column, String reason) {
    super(format(path, line, column, reason));
    this.path = path;
    this.line = line;
    this.column = column;
    this.reason = reason;
  }

  public DataException(Path path, int line, int column, String reason, Throwable cause) {
    this(path, line, column, reason);
    initCause(cause);
  }

  /** A problem that concerns no single file (e.g. two datasets that disagree). */
  public DataException(String reason) {
    this(null, 0, 0, reason);
  }

  /**
   * One exception for every problem found: the first, carrying the others (in the order found).
   *
   * @param problems at least one
   */
  public static DataException of(List<DataException> problems) {
    DataException first = problems.get(0);
    List<DataException> all = new ArrayList<>();
    for (DataException p : problems) {
      all.addAll(p.all());
    }
    first.more = List.copyOf(all.subList(1, all.size()));
    return first;
  }

  /** This problem and every further one found in the same reading. */
  public List<DataException> all() {
    List<DataException> all = new ArrayList<>(1 + more.size());
    all.add(this);
    all.addAll(more);
    return all;
  }

  /** The data file concerned, or null. */
  public Path path() {
    return path;
  }

  /** 1-based line in {@link #path()}, 0 when unknown. */
  public int line() {
    return line;
  }

  /** 1-based column in {@link #path()}, 0 when unknown. */
  public int column() {
    return column;
  }

  /** The sentence without the location prefix that {@link #getMessage()} adds. */
  public String reason() {
    return reason;
  }

  private static String format(Path path, int line, int column, String reason) {
    if (path == null) {
      return reason;
    }
    StringBuilder sb = new StringBuilder(path.toString());
    if (line > 0) {
      sb.append(':').append(line);
      if (column > 0) {
        sb.append(':').append(column);
      }
    }
    return sb.append(": ").append(reason).toString();
  }
}
