package org.nimeta.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The record of one output swap under way: {@code .<name>.swap} beside the output directory,
 * holding the names of the staging directory (the new outputs, complete) and of the old copy.
 * It exists from just before the first rename until just after the second, so finding it means a
 * run died in between.
 */
final class SwapJournal {
  private final Path file;

  private SwapJournal(Path file) {
    this.file = file;
  }

  static Path fileFor(Path parent, String name) {
    return parent.resolve("." + name + ".swap");
  }

  /** Writes the journal (atomically: a half-written journal is never seen). */
  static SwapJournal begin(Path parent, String name, Path staging, Path old) throws IOException {
    Path file = fileFor(parent, name);
    Path partial = parent.resolve("." + name + ".swap-partial");
    Files.writeString(partial, staging.getFileName() + "\n" + old.getFileName() + "\n", StandardCharsets.UTF_8);
    OutputDirectory.move(partial, file);
    return new SwapJournal(file);
  }

  void end() throws IOException {
    Files.deleteIfExists(file);
  }

  /**
   * Completes the swap a dead run left: when the output directory is missing, the new copy takes
   * its place if it is there, else the old copy goes back. Then the journal goes.
   */
  static void finishInterrupted(Path parent, String name) throws IOException {
    Path file = fileFor(parent, name);
    Files.deleteIfExists(parent.resolve("." + name + ".swap-partial"));
    if (!Files.isRegularFile(file)) {
      return;
    }
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    Path target = parent.resolve(name);
    if (lines.size() == 2 && !Files.exists(target)) {
      Path staging = parent.resolve(lines.get(0));
      Path old = parent.resolve(lines.get(1));
      if (isOurs(staging, name) && Files.isDirectory(staging)) {
        OutputDirectory.move(staging, target);
      } else if (isOurs(old, name) && Files.isDirectory(old)) {
        OutputDirectory.move(old, target);
      }
    }
    Files.delete(file);
  }

  /** Only names this class writes are followed: a journal edited by hand cannot move other folders. */
  private static boolean isOurs(Path p, String name) {
    String file = p.getFileName().toString();
    return p.getParent() != null && !file.contains("/")
        && (file.startsWith("." + name + ".tmp-") || file.startsWith("." + name + ".old-"));
  }
}
