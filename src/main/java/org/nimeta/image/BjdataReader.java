package org.nimeta.image;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * Parses binary JData (BJData Draft 2–3: UBJSON with little-endian numbers, the markers
 * {@code u m M h B} and N-D optimized arrays) into the tree the text reader builds, so that one
 * interpretation of JNIfTI serves both forms. Packed numeric arrays stay packed, as
 * {@link TypedArray} values of POJO nodes. Every fault names the byte offset where it was found.
 */
final class BjdataReader {
  /** Deeper nesting than any JNIfTI file has; the limit keeps a malicious file from overflowing the stack. */
  private static final int MAX_DEPTH = 200;
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final byte[] b;
  private final ImageSource src;
  private int p;

  private BjdataReader(byte[] bytes, ImageSource src) {
    this.b = bytes;
    this.src = src;
  }

  /** The first value in {@code bytes} (JData allows more to follow; they are not read). */
  static JsonNode read(byte[] bytes, ImageSource src) {
    BjdataReader r = new BjdataReader(bytes, src);
    return r.value(r.marker("a value"), 0);
  }

  private JsonNode value(char m, int depth) {
    if (depth > MAX_DEPTH) {
      throw fault("it nests containers more than " + MAX_DEPTH + " deep");
    }
    return switch (m) {
      case 'Z' -> NODES.nullNode();
      case 'T' -> NODES.booleanNode(true);
      case 'F' -> NODES.booleanNode(false);
      case 'i', 'U', 'B', 'I', 'u', 'l', 'm', 'L' -> NODES.numberNode(integer(m));
      case 'M' -> unsigned64();
      case 'h', 'd', 'D' -> NODES.numberNode(floating(m));
      case 'H' -> highPrecision();
      case 'C' -> NODES.textNode(new String(take(1, "a character"), StandardCharsets.ISO_8859_1));
      case 'S' -> NODES.textNode(new String(take(length(), "a string"), StandardCharsets.UTF_8));
      case '[' -> array(depth + 1);
      case '{' -> object(depth + 1);
      default -> throw fault(unknown(m));
    };
  }

  private JsonNode array(int depth) {
    int start = p - 1;
    Header h = header();
    if (h.type != 0 && TypedArray.elementBytes(h.type) > 0) {
      long bytes = h.count * TypedArray.elementBytes(h.type);
      return NODES.pojoNode(new TypedArray(h.type, h.dims, take(bytes, "a packed array")));
    }
    ArrayNode out = NODES.arrayNode();
    if (h.count >= 0) {
      for (long i = 0; i < h.count; i++) {
        out.add(value(h.type != 0 ? h.type : marker("an array"), depth));
      }
      return out;
    }
    while (true) {
      char m = marker("the array that starts at byte " + at(start));
      if (m == ']') {
        return out;
      }
      out.add(value(m, depth));
    }
  }

  private JsonNode object(int depth) {
    int start = p - 1;
    Header h = header();
    ObjectNode out = NODES.objectNode();
    if (h.count >= 0) {
      for (long i = 0; i < h.count; i++) {
        String key = key();
        out.set(key, value(h.type != 0 ? h.type : marker("an object"), depth));
      }
      return out;
    }
    while (true) {
      skipNoOps();
      if (p < b.length && b[p] == '}') {
        p++;
        return out;
      }
      if (p >= b.length) {
        throw truncated("the object that starts at byte " + at(start));
      }
      String key = key();
      out.set(key, value(marker("an object"), depth));
    }
  }

  /** An optimized container's {@code $type} and {@code #count} (or {@code #[dims]}); count -1 when absent. */
  private record Header(char type, long count, long[] dims) {}

  private Header header() {
    char type = 0;
    if (p < b.length && b[p] == '$') {
      p++;
      type = (char) (take(1, "a container's type")[0] & 0xff);
      if (type == '[' || type == '{') {
        throw fault("it packs structures (`$" + type + "`), which nimeta does not read");
      }
      if (p >= b.length || b[p] != '#') {
        throw fault("a container's type `$" + type + "` is not followed by its count `#`");
      }
    }
    if (p >= b.length || b[p] != '#') {
      return new Header(type, -1, null);
    }
    p++;
    if (p < b.length && b[p] == '[') {
      long[] dims = dims(value(marker("a container's shape"), 0));
      long count = 1;
      for (long d : dims) {
        if (d != 0 && count > Long.MAX_VALUE / d) {
          throw fault("an N-D container's shape " + Arrays.toString(dims) + " holds more elements than any file");
        }
        count *= d;
      }
      return new Header(type, checkedCount(count), dims);
    }
    return new Header(type, checkedCount(length()), null);
  }

  private long[] dims(JsonNode shape) {
    long[] dims;
    if (shape.isPojo() && ((com.fasterxml.jackson.databind.node.POJONode) shape).getPojo() instanceof TypedArray t) {
      dims = new long[t.count()];
      for (int i = 0; i < dims.length; i++) {
        dims[i] = (long) t.get(i);
      }
    } else if (shape.isArray()) {
      dims = new long[shape.size()];
      for (int i = 0; i < dims.length; i++) {
        dims[i] = shape.get(i).canConvertToExactIntegral() ? shape.get(i).asLong(-1) : -1;
      }
    } else {
      throw fault("an N-D container's shape is not a list of sizes");
    }
    if (Arrays.stream(dims).anyMatch(d -> d < 0)) {
      throw fault("an N-D container's shape " + Arrays.toString(dims) + " has a negative size");
    }
    return dims;
  }

  /** Counts larger than the bytes left cannot be right; refusing them early keeps memory bounded. */
  private long checkedCount(long count) {
    if (count > b.length - p) {
      throw truncated("a container that announces " + String.format(Locale.ROOT, "%,d", count) + " elements");
    }
    return count;
  }

  private String key() {
    return new String(take(length(), "a key"), StandardCharsets.UTF_8);
  }

  /** A length or count: an integer value with its own marker; never negative. */
  private long length() {
    char m = marker("a length");
    if ("iUIulmLM".indexOf(m) < 0) {
      throw fault("a length must be an integer, but it has the marker `" + m + "`");
    }
    long n = integer(m == 'M' ? 'L' : m);
    if (n < 0) {
      throw fault("a length is negative (" + n + ")");
    }
    return n;
  }

  private long integer(char m) {
    ByteBuffer v = ByteBuffer.wrap(take(TypedArray.elementBytes(m), "a number")).order(ByteOrder.LITTLE_ENDIAN);
    return switch (m) {
      case 'i' -> v.get();
      case 'U', 'B' -> v.get() & 0xff;
      case 'I' -> v.getShort();
      case 'u' -> v.getShort() & 0xffff;
      case 'l' -> v.getInt();
      case 'm' -> Integer.toUnsignedLong(v.getInt());
      default -> v.getLong();
    };
  }

  private JsonNode unsigned64() {
    long v = integer('L');
    return v >= 0 ? NODES.numberNode(v) : NODES.numberNode(new BigInteger(Long.toUnsignedString(v)));
  }

  private double floating(char m) {
    ByteBuffer v = ByteBuffer.wrap(take(TypedArray.elementBytes(m), "a number")).order(ByteOrder.LITTLE_ENDIAN);
    return switch (m) {
      case 'h' -> TypedArray.half(v.getShort());
      case 'd' -> v.getFloat();
      default -> v.getDouble();
    };
  }

  private JsonNode highPrecision() {
    int start = p;
    String text = new String(take(length(), "a number"), StandardCharsets.US_ASCII);
    try {
      return NODES.numberNode(new BigDecimal(text));
    } catch (NumberFormatException e) {
      p = start;
      throw fault("a high-precision number `" + text + "` is not a number");
    }
  }

  private char marker(String inside) {
    skipNoOps();
    if (p >= b.length) {
      throw truncated(inside);
    }
    return (char) (b[p++] & 0xff);
  }

  private void skipNoOps() {
    while (p < b.length && b[p] == 'N') {
      p++;
    }
  }

  private byte[] take(long n, String what) {
    if (n > b.length - p) {
      throw truncated(what);
    }
    byte[] out = Arrays.copyOfRange(b, p, p + (int) n);
    p += (int) n;
    return out;
  }

  private static String unknown(char m) {
    return m >= 0x20 && m < 0x7f ? "`" + m + "` is not a BJData marker"
        : String.format(Locale.ROOT, "byte 0x%02x is not a BJData marker", (int) m);
  }

  private NiftiException fault(String problem) {
    return src.error("is not valid binary JNIfTI (BJData) at byte " + at(Math.max(0, p - 1)) + ": " + problem);
  }

  private NiftiException truncated(String inside) {
    return src.error("is truncated: its BJData ends at byte " + at(b.length) + ", inside " + inside);
  }

  private static String at(int offset) {
    return String.format(Locale.ROOT, "%,d", offset);
  }
}
