package org.nimeta.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Replaces the contents of an output directory that cannot itself be renamed (a mount point).
 * The new outputs are written into {@code .nimeta-staging} inside it; then every old entry moves
 * into {@code .nimeta-old}, every new one moves up, and both hidden folders go. A journal
 * {@code .nimeta-swap} says which of the two moves was under way, so {@link #recover} can finish
 * the swap a killed run left: during the first move every visible entry is old, during the second
 * every entry still in staging is new.
 */
final class InPlaceSwap {
  static final String STAGING = ".nimeta-staging";
  static final String OLD = ".nimeta-old";
  static final String JOURNAL = ".nimeta-swap";
  private static final String JOURNAL_PARTIAL = ".nimeta-swap-partial";
  private static final Set<String> OURS = Set.of(STAGING, OLD, JOURNAL, JOURNAL_PARTIAL);
  private static final String MOVING_OLD_OUT = "moving old entries out";
  private static final String MOVING_NEW_IN = "moving new entries in";

  private InPlaceSwap() {}

  static void write(Path target, OutputDirectory.Content content, Runnable midway) throws IOException {
    recover(target);
    Path staging = Files.createDirectory(target.resolve(STAGING));
    Thread cleanup = new Thread(() -> OutputDirectory.deleteBestEffort(staging), "nimeta-output-cleanup");
    Runtime.getRuntime().addShutdownHook(cleanup); // interrupted runs leave no staging behind
    try {
      content.writeInto(staging);
    } catch (IOException | RuntimeException | Error e) {
      try {
        OutputDirectory.deleteTree(staging);
      } catch (IOException notDeleted) {
        e.addSuppressed(notDeleted);
      }
      throw e;
    } finally {
      OutputDirectory.removeHook(cleanup);
    }
    journal(target, MOVING_OLD_OUT);
    moveOldOut(target);
    journal(target, MOVING_NEW_IN);
    midway.run();
    moveNewIn(target);
    finish(target);
  }

  /** Finishes (per the journal) or cleans up what a killed run left inside {@code target}. */
  static void recover(Path target) throws IOException {
    Path journal = target.resolve(JOURNAL);
    if (Files.isRegularFile(journal)) {
      String phase = Files.readString(journal, StandardCharsets.UTF_8).strip();
      if (phase.equals(MOVING_OLD_OUT)) {
        moveOldOut(target);
        phase = MOVING_NEW_IN;
      }
      if (phase.equals(MOVING_NEW_IN) && Files.isDirectory(target.resolve(STAGING))) {
        moveNewIn(target);
      }
    }
    finish(target);
  }

  private static void moveOldOut(Path target) throws IOException {
    Path old = target.resolve(OLD);
    Files.createDirectories(old);
    for (Path entry : entries(target)) {
      if (!OURS.contains(entry.getFileName().toString())) {
        OutputDirectory.move(entry, old.resolve(entry.getFileName()));
      }
    }
  }

  private static void moveNewIn(Path target) throws IOException {
    for (Path entry : entries(target.resolve(STAGING))) {
      OutputDirectory.move(entry, target.resolve(entry.getFileName()));
    }
  }

  /** Without a journal, staging is a dead run's unfinished output and old a finished swap's remains. */
  private static void finish(Path target) throws IOException {
    Files.deleteIfExists(target.resolve(JOURNAL));
    Files.deleteIfExists(target.resolve(JOURNAL_PARTIAL));
    OutputDirectory.deleteTree(target.resolve(STAGING));
    OutputDirectory.deleteTree(target.resolve(OLD));
  }

  private static void journal(Path target, String phase) throws IOException {
    Path partial = target.resolve(JOURNAL_PARTIAL);
    Files.writeString(partial, phase + "\n", StandardCharsets.UTF_8);
    OutputDirectory.move(partial, target.resolve(JOURNAL));
  }

  private static List<Path> entries(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.sorted().toList();
    }
  }
}
