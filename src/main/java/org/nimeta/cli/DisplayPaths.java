package org.nimeta.cli;

import java.nio.file.Path;

/** Paths as shown to the user: relative to the working directory when inside it. */
final class DisplayPaths {
  private DisplayPaths() {}

  static String shown(Path p) {
    Path abs = p.toAbsolutePath().normalize();
    Path cwd = Path.of("").toAbsolutePath();
    return abs.startsWith(cwd) && !abs.equals(cwd) ? cwd.relativize(abs).toString() : abs.toString();
  }
}
