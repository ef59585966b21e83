package org.nimeta.run;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
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
   * Refuses a target that is a file, or a non-empty directory when {@code force} is false. Call
   * it before expensive work so the user learns early; {@link #write} checks again.
   */
  public static void checkUsable(Path target, boolean force) throws OutputRefusedException, IOException {
    if (Files.exists(target) && !Files.isDirectory(target)) {
      throw new OutputRefusedException("The output path `" + target + "` exists and is not a directory.");
    }
    if (!force && Files.isDirectory(target) && !isEmpty(target)) {
      throw new OutputRefusedException("The output directory `" + target
          + "` already exists and is not empty; pass `--force` to replace it, or choose another with `--out`.");
    }
  }

  /**
   * Writes {@code content} into a staging directory and moves it to {@code target}, replacing an
   * existing target (which must be empty unless {@code force}). On any failure the staging
   * directory is removed and the exception is rethrown unchanged.
   */
  public static void write(Path target, boolean force, Content content)
      throws IOException, OutputRefusedException {
    Path absolute = target.toAbsolutePath().normalize();
    checkUsable(absolute, force);
    Path parent = absolute.getParent();
    Files.createDirectories(parent);
    String name = absolute.getFileName().toString();
    Path staging = createUnique(parent, "." + name + ".tmp-");
    Thread cleanup = new Thread(() -> deleteBestEffort(staging), "nimeta-output-cleanup");
    Runtime.getRuntime().addShutdownHook(cleanup); // interrupted runs leave no staging behind
    try {
      content.writeInto(staging);
      replace(absolute, staging, parent, name);
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
  private static void replace(Path target, Path staging, Path parent, String name) throws IOException {
    if (!Files.exists(target)) {
      move(staging, target);
      return;
    }
    Path old = createUnique(parent, "." + name + ".old-");
    Files.delete(old); // only the unique name is wanted; the rename below creates it
    move(target, old);
    try {
      move(staging, target);
    } catch (IOException e) {
      move(old, target);
      throw e;
    }
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

  private static void move(Path from, Path to) throws IOException {
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

  private static void removeHook(Thread hook) {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // the JVM is exiting; the hook runs and finds nothing left to delete
    }
  }

  private static void deleteBestEffort(Path root) {
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
