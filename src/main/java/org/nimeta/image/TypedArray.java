package org.nimeta.image;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * A packed array of one numeric type, as binary JData (BJData) stores it: an optimized container
 * {@code [$type#count ...]} or an N-D one {@code [$type#[dims] ...]}, its elements little-endian and
 * row-major. Kept as raw bytes so that a volume is not boxed value by value.
 *
 * @param marker the BJData type marker ({@code U}, {@code d}, …; {@code B} for bytes)
 * @param dims   the N-D shape, or null for a 1-D array
 * @param bytes  the elements' bytes; not copied, not to be modified
 */
record TypedArray(char marker, long[] dims, byte[] bytes) {

  /** Size in bytes of one element of a BJData numeric marker, or 0 when it is not numeric. */
  static int elementBytes(char marker) {
    return switch (marker) {
      case 'i', 'U', 'B' -> 1;
      case 'I', 'u', 'h' -> 2;
      case 'l', 'm', 'd' -> 4;
      case 'L', 'M', 'D' -> 8;
      default -> 0;
    };
  }

  int count() {
    return bytes.length / elementBytes(marker);
  }

  /** Element {@code i} as a double (a uint64 above 2^53 rounds to the nearest double). */
  double get(int i) {
    ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    int at = i * elementBytes(marker);
    return switch (marker) {
      case 'i' -> b.get(at);
      case 'U', 'B' -> b.get(at) & 0xff;
      case 'I' -> b.getShort(at);
      case 'u' -> b.getShort(at) & 0xffff;
      case 'h' -> half(b.getShort(at));
      case 'l' -> b.getInt(at);
      case 'm' -> Integer.toUnsignedLong(b.getInt(at));
      case 'd' -> b.getFloat(at);
      case 'L' -> b.getLong(at);
      case 'M' -> unsigned(b.getLong(at));
      case 'D' -> b.getDouble(at);
      default -> throw new IllegalStateException("not a numeric BJData marker: " + marker);
    };
  }

  private static double unsigned(long v) {
    return v >= 0 ? v : (v >>> 1) * 2.0 + (v & 1);
  }

  /** IEEE 754 half precision (Java 17 has no Float.float16ToFloat). */
  static double half(short bits) {
    int sign = (bits & 0x8000) != 0 ? -1 : 1;
    int exponent = (bits >> 10) & 0x1f;
    int fraction = bits & 0x3ff;
    if (exponent == 0x1f) {
      return fraction == 0 ? sign * Double.POSITIVE_INFINITY : Double.NaN;
    }
    if (exponent == 0) {
      return sign * StrictMath.scalb((double) fraction, -24);
    }
    return sign * StrictMath.scalb(1 + fraction / 1024.0, exponent - 15);
  }
}
