package org.nimeta.engine.ibma;

import java.nio.file.Path;
import org.nimeta.image.Grid;

/** An input image unfit for image-based meta-analysis; names the experiment and the file. */
public final class IbmaInputException extends RuntimeException {
  /** What is wrong with the image, so that a caller can group alike problems of many images. */
  public enum Kind { UNREADABLE, INFINITE_VALUES, NO_VALUE_IN_MASK, NEGATIVE_VARCOPE }

  private final Kind kind;
  private final Grid grid;
  private final String experimentId;
  private final Path file;
  private final String problem;

  /**
   * @param what    names the image, experiment and file ("The `z` image of experiment `a` (f.nii)")
   * @param problem continues that sentence ("has 3 infinite value(s) inside the mask.")
   * @param grid    the file's own grid; null when it cannot be read
   */
  IbmaInputException(Kind kind, Grid grid, String experimentId, Path file, String what, String problem,
      Throwable cause) {
    super(what + " " + problem, cause);
    this.kind = kind;
    this.grid = grid;
    this.experimentId = experimentId;
    this.file = file;
    this.problem = problem;
  }

  public Kind kind() {
    return kind;
  }

  /** The grid the file is on, or null when it cannot be read. */
  public Grid grid() {
    return grid;
  }

  public String experimentId() {
    return experimentId;
  }

  public Path file() {
    return file;
  }

  /** What is wrong, as the end of a sentence about the image ("cannot be read: ...", "has ..."). */
  public String problem() {
    return problem;
  }
}
