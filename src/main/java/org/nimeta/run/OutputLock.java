package org.nimeta.run;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * An exclusive hold on one output directory for the whole of a run: a lock on the file
 * {@code .<name>.lock} beside it. A second run aimed at the same directory, from this process or
 * another, is refused at once and told who holds it. The operating system releases the lock when
 * its process dies, however it dies, so the lock file a killed run leaves never blocks the next one.
 */
public final class OutputLock implements AutoCloseable {
  private static final DateTimeFormatter SHOWN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

  private final Path file;
  private final FileChannel channel;
  private final FileLock lock;

  private OutputLock(Path file, FileChannel channel, FileLock lock) {
    this.file = file;
    this.channel = channel;
    this.lock = lock;
  }

  /** The lock file of {@code target} (absolute and normalized). */
  static Path lockFile(Path target) {
    return target.resolveSibling("." + target.getFileName() + ".lock");
  }

  /**
   * Takes the lock of {@code target}, creating its parent folder if needed.
   *
   * @param holder what to tell a run that finds the lock taken (e.g. the script's name)
   * @throws OutputRefusedException when another run holds it
   */
  public static OutputLock acquire(Path target, String holder) throws IOException, OutputRefusedException {
    Path file = lockFile(target);
    Files.createDirectories(file.getParent());
    for (int attempt = 0; ; attempt++) {
      OutputLock lock = tryAcquire(target, file, holder);
      if (lock != null) {
        return lock;
      }
      if (attempt == 100) {
        throw new IOException("the lock file `" + file + "` keeps being replaced by other runs");
      }
    }
  }

  /**
   * The lock, or null when the file we locked is not the one at {@code file}'s path (a run that
   * just finished deleted it, and another made it anew): nobody else would see our lock, so we
   * try again. The path's identity is compared before opening and after locking.
   */
  private static OutputLock tryAcquire(Path target, Path file, String holder)
      throws IOException, OutputRefusedException {
    Object opened = fileKey(file);
    FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
        StandardOpenOption.WRITE);
    try {
      if (opened == null) {
        opened = fileKey(file); // we created it
      }
      FileLock lock;
      try {
        lock = channel.tryLock();
      } catch (OverlappingFileLockException heldInThisProcess) {
        lock = null;
      }
      if (lock == null) {
        throw new OutputRefusedException("Another nimeta run is writing `" + target + "`" + readHolder(channel)
            + "; wait until it has finished, or choose another directory with `--out`.");
      }
      Object locked = fileKey(file);
      if (opened == null || !opened.equals(locked)) {
        lock.release();
        channel.close();
        return null;
      }
      String about = "process " + ProcessHandle.current().pid() + ", " + holder + ", started "
          + SHOWN.format(Instant.now()) + "\n";
      channel.truncate(0);
      channel.write(ByteBuffer.wrap(about.getBytes(StandardCharsets.UTF_8)), 0);
      return new OutputLock(file, channel, lock);
    } catch (IOException | OutputRefusedException | RuntimeException e) {
      channel.close();
      throw e;
    }
  }

  /**
   * The file's identity (device and inode) by {@code stat}, or null when it is not there. Never
   * by opening it: a POSIX process that closes any descriptor of a file loses its locks on it.
   */
  private static Object fileKey(Path file) {
    try {
      return Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).fileKey();
    } catch (IOException gone) {
      return null;
    }
  }

  private static String readHolder(FileChannel channel) {
    try {
      ByteBuffer buffer = ByteBuffer.allocate(1024);
      channel.read(buffer, 0);
      String text = new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8);
      String first = text.lines().findFirst().orElse("").strip();
      // another program may have written anything there
      return first.isEmpty() ? "" : " (" + first.replaceAll("\\p{Cntrl}", "?") + ")";
    } catch (IOException unreadable) {
      return "";
    }
  }

  /**
   * Deletes the lock file, then releases the lock. Deleting while holding is safe: a run that
   * opened the file before it went finds, once it has the lock, that the path no longer names the
   * file it locked, and starts again (see {@link #tryAcquire}).
   */
  @Override
  public void close() throws IOException {
    try {
      Files.deleteIfExists(file);
    } finally {
      try {
        lock.release();
      } finally {
        channel.close();
      }
    }
  }
}
