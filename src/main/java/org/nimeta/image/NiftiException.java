package org.nimeta.image;

import java.nio.file.Path;

/** A NIfTI file that cannot be read or written; the message names the file and the problem. */
public final class NiftiException extends RuntimeException {
  private final Path file;

  public NiftiException(Path file, String problem) {
    super(file + ": " + problem);
    this.file = file;
  }

  public NiftiException(Path file, String problem, Throwable cause) {
    super(file + ": " + problem, cause);
    this.file = file;
  }

  public Path file() {
    return file;
  }
}
