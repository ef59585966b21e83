package org.nimeta.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** Reads 1-D little-endian numeric arrays from a numpy {@code .npz} (a zip of {@code .npy}). */
public final class Npz {
  private static final Pattern DESCR = Pattern.compile("'descr':\\s*'([<|>])([fiub])(\\d)'");
  private static final Pattern SHAPE = Pattern.compile("'shape':\\s*\\((\\d*),?\\s*\\)");

  private Npz() {}

  /** Every array in the file by name (without {@code .npy}), converted to double. */
  public static Map<String, double[]> read(Path file) {
    Map<String, double[]> out = new LinkedHashMap<>();
    try (ZipFile zip = new ZipFile(file.toFile())) {
      Enumeration<? extends ZipEntry> entries = zip.entries();
      while (entries.hasMoreElements()) {
        ZipEntry entry = entries.nextElement();
        try (InputStream in = zip.getInputStream(entry)) {
          out.put(entry.getName().replaceFirst("\\.npy$", ""), npy(in.readAllBytes()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  static double[] npy(byte[] bytes) {
    ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    if ((bytes[0] & 0xff) != 0x93 || bytes[1] != 'N') {
      throw new IllegalArgumentException("not an .npy array");
    }
    int major = bytes[6];
    int headerLen = major == 1 ? b.getShort(8) & 0xffff : b.getInt(8);
    int dataStart = (major == 1 ? 10 : 12) + headerLen;
    String header = new String(bytes, major == 1 ? 10 : 12, headerLen, StandardCharsets.US_ASCII);
    Matcher d = DESCR.matcher(header);
    Matcher s = SHAPE.matcher(header);
    if (!d.find() || !s.find() || d.group(1).equals(">") || header.contains("'fortran_order': True")) {
      throw new IllegalArgumentException("unsupported .npy header " + header);
    }
    char kind = d.group(2).charAt(0);
    int size = Integer.parseInt(d.group(3));
    int n = s.group(1).isEmpty() ? 1 : Integer.parseInt(s.group(1));
    double[] v = new double[n];
    b.position(dataStart);
    for (int i = 0; i < n; i++) {
      v[i] = switch (kind + "" + size) {
        case "f8" -> b.getDouble();
        case "f4" -> b.getFloat();
        case "i8" -> b.getLong();
        case "i4" -> b.getInt();
        case "u1", "b1" -> b.get() & 0xff;
        default -> throw new IllegalArgumentException("unsupported dtype " + kind + size);
      };
    }
    return v;
  }
}
