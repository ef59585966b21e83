package org.nimeta.engine.ibma;

import java.nio.file.Path;

/** An input image unfit for image-based meta-analysis; names the experiment and the file. */
public final class IbmaInputException extends RuntimeException {
  private final String experimentId;
  private final Path file;
  private final String problem;

  /**
   * @param what    names the image, experiment and file ("The `z` image of experiment `a` (f.nii)")
   * @param problem continues that sentence ("has 3 infinite value(s) inside the mask.")
   */
  IbmaInputException(String experimentId, Path file, String what, String problem, Throwable cause) {
    super(what + " " + problem, cause);
    this.experimentId = experimentId;
    this.file = file;
    this.problem = problem;
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
