package org.nimeta.compile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The temporary folder {@code transform} steps write their computed images into: one per process,
 * made on first use in the system's temporary directory (never beside the user's data) and
 * deleted when Java exits. Computed files are named by content, so runs in one process share them.
 */
final class ComputedImageFolder {
  private static Path folder;

  private ComputedImageFolder() {}

  static synchronized Path get() {
    if (folder == null) {
      try {
        folder = Files.createTempDirectory("nimeta-transform-");
      } catch (IOException e) {
        throw new UncheckedIOException("cannot make a temporary folder for computed images: " + e.getMessage(), e);
      }
      Path made = folder;
      Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(made), "nimeta-transform-cleanup"));
    }
    return folder;
  }

  private static void delete(Path dir) {
    try (Stream<Path> all = Files.walk(dir)) {
      all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException | UncheckedIOException gone) {
      // best effort at exit: the folder is in the temporary directory anyway
    }
  }
}
