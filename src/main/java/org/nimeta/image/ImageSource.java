package org.nimeta.image;

import java.nio.file.Path;

/** Where an image is read from: a file, or a stream known only by a display name. */
final class ImageSource {
  private final Path path;
  private final String name;

  private ImageSource(Path path, String name) {
    this.path = path;
    this.name = name;
  }

  static ImageSource of(Path path) {
    return new ImageSource(path, path.toString());
  }

  static ImageSource of(String displayName) {
    return new ImageSource(null, displayName);
  }

  /** The file, or null for a stream. */
  Path path() {
    return path;
  }

  String name() {
    return name;
  }

  /** {@code problem} continues the sentence "`name` ...", e.g. "is empty". */
  NiftiException error(String problem) {
    return error(problem, null);
  }

  NiftiException error(String problem, Throwable cause) {
    return path != null ? new NiftiException(path, problem, cause) : new NiftiException(name, problem, cause);
  }
}
