package org.nimeta.image;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipException;
import org.tukaani.xz.LZMAInputStream;
import org.tukaani.xz.XZ;
import org.tukaani.xz.XZInputStream;

/**
 * Undoes JData's {@code _ArrayZipType_}: zlib, gzip, lzma (the {@code .lzma} stream that zmat and
 * jsonlab write, or an {@code .xz} stream) and base64 (no compression). Output is capped at the
 * size the array needs, so a damaged or hostile stream cannot fill memory.
 */
final class JniftiZip {
  /** The LZMA dictionary nimeta accepts (KiB): far above what any writer uses for one volume. */
  private static final int LZMA_MEMORY_LIMIT_KIB = 1 << 20;

  private JniftiZip() {}

  /**
   * The {@code expected} bytes {@code payload} decompresses to.
   *
   * @param where the key holding the payload, for messages
   */
  static byte[] decompress(String zipType, byte[] payload, int expected, String where, ImageSource src) {
    String type = zipType.toLowerCase(Locale.ROOT);
    if (type.equals("base64")) {
      return checked(payload, payload.length, expected, type, where, src);
    }
    try (InputStream in = open(type, payload, src)) {
      byte[] out = in.readNBytes(expected);
      int more = in.read();
      return checked(out, out.length + (more < 0 ? 0 : 1), expected, type, where, src);
    } catch (EOFException e) {
      throw src.error("is truncated: its " + type + "-compressed voxel data (`" + where
          + "`) ends before the stream does", e);
    } catch (ZipException | org.tukaani.xz.CorruptedInputException | org.tukaani.xz.UnsupportedOptionsException e) {
      throw src.error("is damaged: its " + type + "-compressed voxel data (`" + where + "`) is corrupt ("
          + e.getMessage() + ")", e);
    } catch (IOException e) {
      throw src.error("is damaged: its " + type + "-compressed voxel data (`" + where + "`) cannot be "
          + "decompressed (" + e.getMessage() + ")", e);
    }
  }

  private static InputStream open(String type, byte[] payload, ImageSource src) throws IOException {
    ByteArrayInputStream in = new ByteArrayInputStream(payload);
    return switch (type) {
      case "zlib" -> new InflaterInputStream(in);
      case "gzip" -> new GZIPInputStream(in);
      case "lzma" -> isXz(payload) ? new XZInputStream(in, LZMA_MEMORY_LIMIT_KIB)
          : new LZMAInputStream(in, LZMA_MEMORY_LIMIT_KIB);
      default -> throw src.error("stores its voxels compressed with `" + type + "`, which nimeta cannot "
          + "read; save it with zlib, gzip or lzma compression (or none)");
    };
  }

  private static boolean isXz(byte[] payload) {
    if (payload.length < XZ.HEADER_MAGIC.length) {
      return false;
    }
    for (int i = 0; i < XZ.HEADER_MAGIC.length; i++) {
      if (payload[i] != XZ.HEADER_MAGIC[i]) {
        return false;
      }
    }
    return true;
  }

  /** {@code held} is how many bytes the stream gave (one more than {@code expected} when it goes on). */
  private static byte[] checked(byte[] out, int held, int expected, String type, String where, ImageSource src) {
    if (held < expected) {
      throw src.error(String.format(Locale.ROOT, "is truncated: its voxel data (`%s`, %s) holds %,d bytes once "
          + "decompressed, but its `_ArraySize_` needs %,d", where, type, held, expected));
    }
    if (held > expected) {
      throw src.error(String.format(Locale.ROOT, "has voxel data (`%s`, %s) longer than its `_ArraySize_`: "
          + "it decompresses to more than the %,d bytes the array needs", where, type, expected));
    }
    return out;
  }
}
