package org.nimeta.data;

import java.nio.file.Path;

/**
 * A data file states a coordinate space that contradicts the one the script gives with {@code
 * load(..., space = ...)}. A separate type so that the compiler can give it its own code and help.
 */
public final class SpaceConflictException extends DataException {
  private final CoordinateSpace given;

  /**
   * @param line   1-based line where the file states its space
   * @param column 1-based column of the stated label, 0 when unknown
   * @param reason a whole sentence naming what the file states and where
   */
  SpaceConflictException(Path path, int line, int column, String reason, CoordinateSpace given) {
    super(path, line, column, reason);
    this.given = given;
  }

  /** The space the script gives. */
  public CoordinateSpace given() {
    return given;
  }
}
