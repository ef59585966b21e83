package org.nimeta.run.cache;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nimeta.engine.MetaResult;
import org.nimeta.engine.montecarlo.Checkpoints;
import org.nimeta.image.Mask;

/**
 * A step's result as bytes and back, exactly: every double by its raw bits (NaN payloads and
 * negative zero included), maps and tables in their order, each table value with its Java type
 * (the writers and later steps read tables by type). A table of a type not listed in {@link Tag}
 * has no byte form: such a result is not cached ({@link Unsupported}).
 */
final class ResultCodec {
  private ResultCodec() {}

  /** The value types a table may hold. The numbers are the format: never reuse or reorder them. */
  private enum Tag {
    NULL, STRING, INTEGER, LONG, DOUBLE, BOOLEAN, DOUBLES, INTS, LONGS, DOUBLE_ROWS, LIST, MAP
  }

  /** A result holding a table value with no byte form. */
  static final class Unsupported extends Exception {
    Unsupported(Object value) {
      super("a table value of type " + value.getClass().getName(), null, false, false);
    }
  }

  static byte[] encode(MetaResult result) throws Unsupported {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeInt(result.mask().size());
      out.writeInt(result.maps().size());
      for (Map.Entry<String, double[]> map : result.maps().entrySet()) {
        out.writeUTF(map.getKey());
        writeDoubles(out, map.getValue());
      }
      out.writeInt(result.tables().size());
      for (Map.Entry<String, Object> table : result.tables().entrySet()) {
        out.writeUTF(table.getKey());
        writeValue(out, table.getValue());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a byte array does not fail
    }
    return bytes.toByteArray();
  }

  /** @throws IOException when the bytes do not describe a result on {@code mask} */
  static MetaResult decode(byte[] bytes, Mask mask) throws IOException {
    DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
    if (in.readInt() != mask.size()) {
      throw new IOException("the entry is of another mask");
    }
    MetaResult result = new MetaResult(mask);
    for (int m = in.readInt(); m > 0; m--) {
      result.put(in.readUTF(), readDoubles(in));
    }
    for (int t = in.readInt(); t > 0; t--) {
      result.putTable(in.readUTF(), readValue(in));
    }
    return result;
  }

  static byte[] encode(String stream, Checkpoints.Checkpoint checkpoint) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeUTF(stream);
      out.writeInt(checkpoint.iterations());
      out.writeBoolean(checkpoint.totals());
      out.writeInt(checkpoint.columns().length);
      for (double[] column : checkpoint.columns()) {
        writeDoubles(out, column);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** @throws IOException when the bytes are not a checkpoint of {@code stream} */
  static Checkpoints.Checkpoint decodeCheckpoint(byte[] bytes, String stream) throws IOException {
    DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
    if (!in.readUTF().equals(stream)) {
      throw new IOException("the entry is of another Monte Carlo loop");
    }
    int iterations = in.readInt();
    boolean totals = in.readBoolean();
    double[][] columns = new double[in.readInt()][];
    for (int c = 0; c < columns.length; c++) {
      columns[c] = readDoubles(in);
    }
    try {
      return new Checkpoints.Checkpoint(iterations, columns, totals);
    } catch (IllegalArgumentException e) {
      throw new IOException(e.getMessage());
    }
  }

  /** Doubles as one block of raw bits: one write, where a write per value would take seconds for a map. */
  private static void writeDoubles(DataOutputStream out, double[] values) throws IOException {
    out.writeInt(values.length);
    ByteBuffer bits = ByteBuffer.allocate(values.length * Long.BYTES);
    for (double v : values) {
      bits.putLong(Double.doubleToRawLongBits(v));
    }
    out.write(bits.array());
  }

  private static double[] readDoubles(DataInputStream in) throws IOException {
    int n = in.readInt();
    if (n < 0 || n > in.available() / Long.BYTES) {
      throw new IOException("the entry is truncated");
    }
    byte[] block = new byte[n * Long.BYTES];
    in.readFully(block);
    ByteBuffer bits = ByteBuffer.wrap(block);
    double[] values = new double[n];
    for (int i = 0; i < n; i++) {
      values[i] = Double.longBitsToDouble(bits.getLong());
    }
    return values;
  }

  private static void writeValue(DataOutputStream out, Object v) throws IOException, Unsupported {
    Tag tag = tagOf(v);
    out.writeByte(tag.ordinal());
    switch (tag) {
      case NULL -> { }
      case STRING -> out.writeUTF((String) v);
      case INTEGER -> out.writeInt((Integer) v);
      case LONG -> out.writeLong((Long) v);
      case DOUBLE -> out.writeLong(Double.doubleToRawLongBits((Double) v));
      case BOOLEAN -> out.writeBoolean((Boolean) v);
      case DOUBLES -> writeDoubles(out, (double[]) v);
      case INTS -> {
        int[] a = (int[]) v;
        out.writeInt(a.length);
        for (int x : a) {
          out.writeInt(x);
        }
      }
      case LONGS -> {
        long[] a = (long[]) v;
        out.writeInt(a.length);
        for (long x : a) {
          out.writeLong(x);
        }
      }
      case DOUBLE_ROWS -> {
        double[][] rows = (double[][]) v;
        out.writeInt(rows.length);
        for (double[] row : rows) {
          writeDoubles(out, row);
        }
      }
      case LIST -> {
        List<?> list = (List<?>) v;
        out.writeInt(list.size());
        for (Object item : list) {
          writeValue(out, item);
        }
      }
      case MAP -> {
        Map<?, ?> map = (Map<?, ?>) v;
        out.writeInt(map.size());
        for (Map.Entry<?, ?> e : map.entrySet()) {
          writeValue(out, e.getKey());
          writeValue(out, e.getValue());
        }
      }
      default -> throw new IllegalStateException("tag " + tag);
    }
  }

  private static Tag tagOf(Object v) throws Unsupported {
    if (v == null) {
      return Tag.NULL;
    }
    if (v instanceof String) {
      return Tag.STRING;
    }
    if (v instanceof Integer) {
      return Tag.INTEGER;
    }
    if (v instanceof Long) {
      return Tag.LONG;
    }
    if (v instanceof Double) {
      return Tag.DOUBLE;
    }
    if (v instanceof Boolean) {
      return Tag.BOOLEAN;
    }
    if (v instanceof double[]) {
      return Tag.DOUBLES;
    }
    if (v instanceof int[]) {
      return Tag.INTS;
    }
    if (v instanceof long[]) {
      return Tag.LONGS;
    }
    if (v instanceof double[][]) {
      return Tag.DOUBLE_ROWS;
    }
    if (v instanceof List<?>) {
      return Tag.LIST;
    }
    if (v instanceof Map<?, ?>) {
      return Tag.MAP;
    }
    throw new Unsupported(v);
  }

  private static Object readValue(DataInputStream in) throws IOException {
    int ordinal = in.readUnsignedByte();
    if (ordinal >= Tag.values().length) {
      throw new IOException("unknown value tag " + ordinal);
    }
    return switch (Tag.values()[ordinal]) {
      case NULL -> null;
      case STRING -> in.readUTF();
      case INTEGER -> in.readInt();
      case LONG -> in.readLong();
      case DOUBLE -> Double.longBitsToDouble(in.readLong());
      case BOOLEAN -> in.readBoolean();
      case DOUBLES -> readDoubles(in);
      case INTS -> {
        int[] a = new int[in.readInt()];
        for (int i = 0; i < a.length; i++) {
          a[i] = in.readInt();
        }
        yield a;
      }
      case LONGS -> {
        long[] a = new long[in.readInt()];
        for (int i = 0; i < a.length; i++) {
          a[i] = in.readLong();
        }
        yield a;
      }
      case DOUBLE_ROWS -> {
        double[][] rows = new double[in.readInt()][];
        for (int r = 0; r < rows.length; r++) {
          rows[r] = readDoubles(in);
        }
        yield rows;
      }
      case LIST -> {
        int n = in.readInt();
        List<Object> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
          list.add(readValue(in));
        }
        yield list;
      }
      case MAP -> {
        int n = in.readInt();
        Map<Object, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
          map.put(readValue(in), readValue(in));
        }
        yield map;
      }
    };
  }
}
