package org.nimeta.compile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The temporary folder {@code transform} steps write their computed images into: one per process,
 * made on first use in the system's temporary directory (never beside the user's data) and
 * deleted when Java exits. Computed files are named by content, so runs in one process share them.
 *
 * <p>The folder's name carries the process id ({@code nimeta-transform-<pid>-*}), so the folders
 * of runs that were killed (no exit hook ran) are recognised and removed by the next run.
 */
final class ComputedImageFolder {
  private static final String PREFIX = "nimeta-transform-";
  private static Path folder;

  private ComputedImageFolder() {}

  static synchronized Path get() {
    if (folder == null) {
      try {
        folder = Files.createTempDirectory(PREFIX + ProcessHandle.current().pid() + "-");
        removeFoldersOfDeadRuns(folder.getParent());
      } catch (IOException e) {
        throw new UncheckedIOException("cannot make a temporary folder for computed images: " + e.getMessage(), e);
      }
      Path made = folder;
      Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(made), "nimeta-transform-cleanup"));
    }
    return folder;
  }

  /** Deletes the {@code nimeta-transform-<pid>-*} folders in {@code temp} whose process is gone. */
  static void removeFoldersOfDeadRuns(Path temp) {
    try (Stream<Path> entries = Files.list(temp)) {
      entries.filter(ComputedImageFolder::isOfADeadRun).forEach(ComputedImageFolder::delete);
    } catch (IOException | UncheckedIOException unreadable) {
      // best effort: a leftover folder only costs space in the temporary directory
    }
  }

  private static boolean isOfADeadRun(Path p) {
    String name = p.getFileName().toString();
    if (!name.startsWith(PREFIX) || !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
      return false;
    }
    String rest = name.substring(PREFIX.length());
    int dash = rest.indexOf('-');
    if (dash <= 0) {
      return false;
    }
    try {
      long pid = Long.parseLong(rest.substring(0, dash));
      return ProcessHandle.of(pid).isEmpty();
    } catch (NumberFormatException notOurs) {
      return false;
    }
  }

  private static void delete(Path dir) {
    try (Stream<Path> all = Files.walk(dir)) {
      all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException | UncheckedIOException gone) {
      // best effort at exit: the folder is in the temporary directory anyway
    }
  }
}
