package org.nimeta.run;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.SecureRandom;
import java.util.stream.Stream;

/**
 * Writes an output directory all at once. Everything goes into a hidden staging directory beside
 * the target ({@code .<name>.tmp-*}); only when all of it is written does the staging directory
 * take the target's place, by renames within one parent directory. If writing fails, the staging
 * directory is deleted and the target is exactly as it was; readers never see a half-written
 * directory.
 *
 * <p>Replacing an existing target takes two renames (target to {@code .<name>.old-*}, staging to
 * target). A journal beside them ({@code .<name>.swap}, written before the first rename) names
 * both, so a run killed between the two leaves enough behind for {@link #recover} to finish the
 * swap (or, if the new copy is gone, put the old one back) and to remove what dead runs left.
 *
 * <p>A mount point cannot be renamed; its contents are swapped inside it ({@link InPlaceSwap}).
 */
public final class OutputDirectory {
  private static final SecureRandom RANDOM = new SecureRandom();

  private OutputDirectory() {}

  /** Fills a directory; when it throws, nothing of it is kept. */
  @FunctionalInterface
  public interface Content {
    void writeInto(Path directory) throws IOException;
  }

  /**
   * Refuses a target that is a file, a non-empty directory when {@code force} is false, and a
   * non-empty directory that nimeta did not write (it has no nimeta {@code provenance.json}) even
   * with {@code force}. Call it before expensive work so the user learns early; {@link #write}
   * checks again.
   */
  public static void checkUsable(Path target, boolean force) throws OutputRefusedException, IOException {
    if (Files.exists(target) && !Files.isDirectory(target)) {
      throw new OutputRefusedException("The output path `" + target + "` exists and is not a directory.");
    }
    if (!Files.isDirectory(target) || isEmpty(target)) {
      return;
    }
    if (!force) {
      throw new OutputRefusedException("The output directory `" + target
          + "` already exists and is not empty; pass `--force` to replace it, or choose another with `--out`.");
    }
    if (!NimetaOutput.is(target)) {
      throw new OutputRefusedException("The output directory `" + target + "` is not one nimeta wrote (it has no "
          + "nimeta `" + NimetaOutput.MARKER + "`), so `--force` does not replace it: it would delete everything "
          + "in it. Choose another directory with `--out`, or empty this one yourself.");
    }
  }

  /**
   * Puts right what a run killed while writing {@code target} left behind: finishes (or rolls
   * back) a swap the journal says was under way, then deletes dead runs' staging and old copies.
   * Call it only while holding {@code target}'s {@link OutputLock}, so no live run owns them.
   */
  public static void recover(Path target) throws IOException {
    Path absolute = target.toAbsolutePath().normalize();
    Path parent = absolute.getParent();
    String name = absolute.getFileName().toString();
    if (!Files.isDirectory(parent)) {
      return;
    }
    SwapJournal.finishInterrupted(parent, name);
    if (Files.isDirectory(absolute)) {
      InPlaceSwap.recover(absolute);
    }
    try (Stream<Path> entries = Files.list(parent)) {
      for (Path leftover : entries.filter(p -> isLeftover(p, name)).toList()) {
        deleteTree(leftover);
      }
    }
  }

  private static boolean isLeftover(Path p, String name) {
    String file = p.getFileName().toString();
    return Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)
        && (file.startsWith("." + name + ".tmp-") || file.startsWith("." + name + ".old-"));
  }

  /**
   * Writes {@code content} into a staging directory and moves it to {@code target}, replacing an
   * existing target (which must be empty unless {@code force}). On any failure the staging
   * directory is removed and the exception is rethrown unchanged.
   */
  public static void write(Path target, boolean force, Content content)
      throws IOException, OutputRefusedException {
    write(target, force, content, () -> { });
  }

  /** {@link #write}, running {@code betweenRenames} between a swap's two renames (fault-injection tests). */
  static void write(Path target, boolean force, Content content, Runnable betweenRenames)
      throws IOException, OutputRefusedException {
    Path absolute = target.toAbsolutePath().normalize();
    checkUsable(absolute, force);
    if (MountPoints.isMountPoint(absolute)) {
      InPlaceSwap.write(absolute, content, betweenRenames);
      return;
    }
    Path parent = absolute.getParent();
    Files.createDirectories(parent);
    String name = absolute.getFileName().toString();
    Path staging = createUnique(parent, "." + name + ".tmp-");
    Thread cleanup = new Thread(() -> deleteBestEffort(staging), "nimeta-output-cleanup");
    Runtime.getRuntime().addShutdownHook(cleanup); // interrupted runs leave no staging behind
    try {
      content.writeInto(staging);
      replace(absolute, staging, parent, name, betweenRenames);
    } catch (IOException | RuntimeException | Error e) {
      try {
        deleteTree(staging);
      } catch (IOException notDeleted) {
        e.addSuppressed(notDeleted);
      }
      throw e;
    } finally {
      removeHook(cleanup);
    }
  }

  /** Puts {@code staging} where {@code target} is, keeping the old target until that succeeded. */
  private static void replace(Path target, Path staging, Path parent, String name, Runnable betweenRenames)
      throws IOException {
    if (!Files.exists(target)) {
      move(staging, target);
      return;
    }
    Path old = createUnique(parent, "." + name + ".old-");
    Files.delete(old); // only the unique name is wanted; the rename below creates it
    SwapJournal journal = SwapJournal.begin(parent, name, staging, old);
    move(target, old);
    betweenRenames.run();
    try {
      move(staging, target);
    } catch (IOException e) {
      move(old, target);
      journal.end();
      throw e;
    }
    journal.end();
    deleteBestEffort(old); // the new outputs are in place; a leftover old copy only costs space
  }


  /**
   * A new empty directory {@code parent/prefix<random>}. Unlike {@code Files.createTempDirectory},
   * it gets the user's usual permissions (umask), which the output directory then keeps.
   */
  private static Path createUnique(Path parent, String prefix) throws IOException {
    for (int attempt = 0; ; attempt++) {
      Path candidate = parent.resolve(prefix + Long.toHexString(RANDOM.nextLong() & Long.MAX_VALUE));
      try {
        return Files.createDirectory(candidate);
      } catch (FileAlreadyExistsException taken) {
        if (attempt == 100) {
          throw taken;
        }
      }
    }
  }

  static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }

  private static boolean isEmpty(Path dir) throws IOException {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.findAny().isEmpty();
    }
  }

  static void removeHook(Thread hook) {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // the JVM is exiting; the hook runs and finds nothing left to delete
    }
  }

  static void deleteBestEffort(Path root) {
    try {
      deleteTree(root);
    } catch (IOException ignored) {
      // nothing depends on it being gone
    }
  }

  /** Deletes a directory tree; a tree that is already gone is fine. */
  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    Files.walkFileTree(root, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        Files.delete(file);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
        if (e != null) {
          throw e;
        }
        Files.delete(dir);
        return FileVisitResult.CONTINUE;
      }
    });
  }
}
