package org.nimeta.compile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Temporary folders that never outlive their run: each is made in the system's temporary
 * directory as {@code <prefix><pid>-*}, deleted by an exit hook (Ctrl-C, SIGTERM, a normal exit),
 * and, when the process was killed outright and no hook ran, recognised by its dead process id and
 * deleted by the next run that makes a folder of the same prefix.
 */
public final class ProcessTempFolders {
  private ProcessTempFolders() {}

  /** A new folder {@code <prefix><pid>-*}, deleted at exit; leftovers of dead runs are removed first. */
  public static Path make(String prefix) throws IOException {
    Path folder = Files.createTempDirectory(prefix + ProcessHandle.current().pid() + "-");
    removeFoldersOfDeadRuns(folder.getParent(), prefix);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(folder), prefix + "cleanup"));
    return folder;
  }

  /** Deletes the {@code <prefix><pid>-*} folders in {@code temp} whose process is gone. */
  static void removeFoldersOfDeadRuns(Path temp, String prefix) {
    try (Stream<Path> entries = Files.list(temp)) {
      entries.filter(p -> isOfADeadRun(p, prefix)).forEach(ProcessTempFolders::delete);
    } catch (IOException | UncheckedIOException unreadable) {
      // best effort: a leftover folder only costs space in the temporary directory
    }
  }

  private static boolean isOfADeadRun(Path p, String prefix) {
    String name = p.getFileName().toString();
    if (!name.startsWith(prefix) || !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
      return false;
    }
    String rest = name.substring(prefix.length());
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

  /** Deletes {@code dir} and everything in it, as far as it can. */
  public static void delete(Path dir) {
    try (Stream<Path> all = Files.walk(dir)) {
      all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException | UncheckedIOException gone) {
      // best effort: the folder is in the temporary directory anyway
    }
  }
}
