package org.nimeta.engine.ibma;

import java.nio.file.Path;

/** An input image unfit for image-based meta-analysis; names the experiment and the file. */
public final class IbmaInputException extends RuntimeException {
  private final String experimentId;
  private final Path file;

  IbmaInputException(String experimentId, Path file, String message, Throwable cause) {
    super(message, cause);
    this.experimentId = experimentId;
    this.file = file;
  }

  public String experimentId() {
    return experimentId;
  }

  public Path file() {
    return file;
  }
}
