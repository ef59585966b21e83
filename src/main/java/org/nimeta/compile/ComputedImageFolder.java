package org.nimeta.compile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * The temporary folder {@code transform} steps write their computed images into: one per process,
 * made on first use in the system's temporary directory (never beside the user's data) and
 * deleted when Java exits; the folders of killed runs ({@code nimeta-transform-<pid>-*}) are
 * removed by the next run ({@link ProcessTempFolders}). Computed files are named by content, so
 * runs in one process share them.
 */
final class ComputedImageFolder {
  static final String PREFIX = "nimeta-transform-";
  private static Path folder;

  private ComputedImageFolder() {}

  static synchronized Path get() {
    if (folder == null) {
      try {
        folder = ProcessTempFolders.make(PREFIX);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot make a temporary folder for computed images: " + e.getMessage(), e);
      }
    }
    return folder;
  }
}
