package org.nimeta.image;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes an image file atomically: first to a hidden temporary file in the target folder, which is
 * renamed over the target once complete and flushed to disk, so a crash never leaves a
 * half-written map. Failures are {@link NiftiException}s naming the file.
 */
final class AtomicFile {
  /** What goes into the file. */
  interface Body {
    void writeTo(OutputStream out) throws IOException;
  }

  private AtomicFile() {}

  static void write(Path file, Body body) {
    if (Files.isDirectory(file)) {
      throw new NiftiException(file, "cannot be written: it is a folder");
    }
    Path target = file.toAbsolutePath();
    Path folder = target.getParent();
    if (!Files.isDirectory(folder)) {
      throw new NiftiException(file, "cannot be written: the folder `" + folder + "` does not exist");
    }
    Path temp = folder.resolve("." + target.getFileName() + "."
        + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong()) + ".tmp");
    try {
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
        OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
        body.writeTo(out);
        out.flush();
        channel.force(true);
      }
      moveIntoPlace(temp, target);
    } catch (IOException e) {
      deleteQuietly(temp, e);
      throw new NiftiException(file, "cannot be written" + reason(e), e);
    } catch (RuntimeException e) {
      deleteQuietly(temp, e);
      throw e;
    }
  }

  private static void moveIntoPlace(Path temp, Path target) throws IOException {
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static void deleteQuietly(Path temp, Exception failure) {
    try {
      Files.deleteIfExists(temp);
    } catch (IOException e) {
      failure.addSuppressed(e);
    }
  }

  private static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return ": permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return ": its folder has disappeared";
    }
    return e.getMessage() == null ? "" : " (" + e.getMessage() + ")";
  }
}
