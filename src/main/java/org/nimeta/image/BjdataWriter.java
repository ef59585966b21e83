package org.nimeta.image;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Writes a tree of maps, lists, strings, whole numbers, doubles and byte arrays as binary JData
 * (BJData Draft 2, little-endian): each whole number with the smallest integer marker that holds
 * it, each double as {@code D}, each byte array as a packed {@code [$U#n ...]} array.
 */
final class BjdataWriter {
  private final OutputStream out;

  private BjdataWriter(OutputStream out) {
    this.out = out;
  }

  static void write(Object value, OutputStream out) throws IOException {
    new BjdataWriter(out).value(value);
  }

  private void value(Object v) throws IOException {
    if (v instanceof Map<?, ?> map) {
      out.write('{');
      for (Map.Entry<?, ?> e : map.entrySet()) {
        byte[] key = ((String) e.getKey()).getBytes(StandardCharsets.UTF_8);
        integer(key.length);
        out.write(key);
        value(e.getValue());
      }
      out.write('}');
    } else if (v instanceof List<?> list) {
      out.write('[');
      for (Object item : list) {
        value(item);
      }
      out.write(']');
    } else if (v instanceof byte[] bytes) {
      out.write(new byte[] {'[', '$', 'U', '#'});
      integer(bytes.length);
      out.write(bytes);
    } else if (v instanceof String s) {
      byte[] text = s.getBytes(StandardCharsets.UTF_8);
      out.write('S');
      integer(text.length);
      out.write(text);
    } else if (v instanceof Integer || v instanceof Long) {
      integer(((Number) v).longValue());
    } else if (v instanceof Double d) {
      out.write('D');
      out.write(ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putDouble(d).array());
    } else if (v instanceof Boolean b) {
      out.write(b ? 'T' : 'F');
    } else {
      throw new IllegalArgumentException("BJData cannot hold a " + (v == null ? "null" : v.getClass().getSimpleName()));
    }
  }

  private void integer(long v) throws IOException {
    ByteBuffer b = ByteBuffer.allocate(9).order(ByteOrder.LITTLE_ENDIAN);
    if (v >= 0 && v <= 0xff) {
      b.put((byte) 'U').put((byte) v);
    } else if (v >= Byte.MIN_VALUE && v < 0) {
      b.put((byte) 'i').put((byte) v);
    } else if (v >= Short.MIN_VALUE && v <= Short.MAX_VALUE) {
      b.put((byte) 'I').putShort((short) v);
    } else if (v >= Integer.MIN_VALUE && v <= Integer.MAX_VALUE) {
      b.put((byte) 'l').putInt((int) v);
    } else {
      b.put((byte) 'L').putLong(v);
    }
    out.write(b.array(), 0, b.position());
  }
}
