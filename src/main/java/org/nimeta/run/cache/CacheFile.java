package org.nimeta.run.cache;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.UUID;
import org.nimeta.compile.Sha256;

/**
 * One cache entry on disk: a header (a magic line, the engine version, the payload's length), the
 * payload, and the SHA-256 of both. An entry is written under a temporary name in its own folder,
 * forced to disk and only then renamed to its key, so a killed run or a full disk leaves at most a
 * temporary file ({@link #isTemporary}), never a half-written entry under a key; a damaged entry
 * (a truncated file, flipped bytes) fails its checksum when read.
 */
final class CacheFile {
  private static final byte[] MAGIC = "NIMETA-CACHE\n".getBytes(StandardCharsets.US_ASCII);
  private static final int HEADER = MAGIC.length + Integer.BYTES + Long.BYTES;
  private static final int CHECKSUM = 32;
  private static final String TEMPORARY = ".tmp-";

  private CacheFile() {}

  /** An entry that exists but cannot be used; {@link #getMessage} says why, for a warning. */
  static final class Damaged extends Exception {
    Damaged(String why) {
      super(why, null, false, false);
    }
  }

  /** Writes {@code payload} as the entry {@code file}, atomically. */
  static void write(Path file, byte[] payload) throws IOException {
    Files.createDirectories(file.getParent());
    Path tmp = file.resolveSibling(file.getFileName() + TEMPORARY + UUID.randomUUID());
    try {
      ByteBuffer header = ByteBuffer.allocate(HEADER).put(MAGIC).putInt(ResultCache.ENGINE_VERSION)
          .putLong(payload.length).flip();
      MessageDigest sha = Sha256.digest();
      sha.update(header.duplicate());
      sha.update(payload);
      try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
        writeFully(ch, header);
        writeFully(ch, ByteBuffer.wrap(payload));
        writeFully(ch, ByteBuffer.wrap(sha.digest()));
        ch.force(true);
      }
      try {
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /**
   * The payload of entry {@code file}, or null when there is none or it was made by another engine
   * version (its key cannot be asked for, so it is only ever met by {@code cache prune}).
   *
   * @throws Damaged when the file is there but its length or checksum is wrong
   */
  static byte[] read(Path file) throws IOException, Damaged {
    byte[] all;
    try {
      all = Files.readAllBytes(file);
    } catch (java.nio.file.NoSuchFileException e) {
      return null;
    }
    ByteBuffer in = ByteBuffer.wrap(all);
    if (all.length < HEADER + CHECKSUM || !Arrays.equals(Arrays.copyOf(all, MAGIC.length), MAGIC)) {
      throw new Damaged("it is truncated or not a cache entry");
    }
    in.position(MAGIC.length);
    int version = in.getInt();
    long length = in.getLong();
    if (length != all.length - HEADER - CHECKSUM) {
      throw new Damaged("it is truncated (" + all.length + " bytes)");
    }
    MessageDigest sha = Sha256.digest();
    sha.update(all, 0, all.length - CHECKSUM);
    if (!Arrays.equals(sha.digest(), Arrays.copyOfRange(all, all.length - CHECKSUM, all.length))) {
      throw new Damaged("its checksum does not match its content");
    }
    return version == ResultCache.ENGINE_VERSION ? Arrays.copyOfRange(all, HEADER, all.length - CHECKSUM) : null;
  }

  /** What {@code cache prune} finds an entry to be. */
  enum Status {
    CURRENT,
    OTHER_VERSION,
    DAMAGED
  }

  static Status status(Path file) throws IOException {
    try {
      return read(file) != null ? Status.CURRENT : Status.OTHER_VERSION;
    } catch (Damaged e) {
      return Status.DAMAGED;
    }
  }

  /** A file a write left behind when it was killed before its rename. */
  static boolean isTemporary(Path file) {
    return file.getFileName().toString().contains(TEMPORARY);
  }

  private static void writeFully(FileChannel ch, ByteBuffer b) throws IOException {
    while (b.hasRemaining()) {
      ch.write(b);
    }
  }
}
