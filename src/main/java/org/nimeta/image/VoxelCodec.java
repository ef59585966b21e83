package org.nimeta.image;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.DoubleBuffer;
import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import java.nio.LongBuffer;
import java.nio.ShortBuffer;

/**
 * Converts between raw NIfTI voxel bytes and doubles. One tight loop per datatype (the datatype is
 * switched on once per volume, not per voxel).
 */
final class VoxelCodec {
  private VoxelCodec() {}

  /**
   * Decodes {@code raw.length / type.bytes} voxels. The array is not modified.
   *
   * @return a new array of the stored values (no scaling applied)
   */
  static double[] decode(byte[] raw, NiftiDatatype type, ByteOrder order) {
    int n = raw.length / type.bytes;
    double[] out = new double[n];
    ByteBuffer b = ByteBuffer.wrap(raw).order(order);
    switch (type) {
      case UINT8 -> {
        for (int i = 0; i < n; i++) {
          out[i] = raw[i] & 0xff;
        }
      }
      case INT8 -> {
        for (int i = 0; i < n; i++) {
          out[i] = raw[i];
        }
      }
      case INT16, UINT16 -> {
        ShortBuffer s = b.asShortBuffer();
        int mask = type == NiftiDatatype.UINT16 ? 0xffff : -1;
        for (int i = 0; i < n; i++) {
          out[i] = mask == -1 ? s.get(i) : s.get(i) & mask;
        }
      }
      case INT32, UINT32 -> {
        IntBuffer s = b.asIntBuffer();
        boolean unsigned = type == NiftiDatatype.UINT32;
        for (int i = 0; i < n; i++) {
          out[i] = unsigned ? Integer.toUnsignedLong(s.get(i)) : s.get(i);
        }
      }
      case INT64 -> {
        LongBuffer s = b.asLongBuffer();
        for (int i = 0; i < n; i++) {
          out[i] = s.get(i);
        }
      }
      case FLOAT32 -> {
        FloatBuffer s = b.asFloatBuffer();
        for (int i = 0; i < n; i++) {
          out[i] = s.get(i);
        }
      }
      case FLOAT64 -> b.asDoubleBuffer().get(out);
    }
    return out;
  }

  /**
   * Encodes {@code values} as {@code type}. Floating types store the value (float32 rounds to the
   * nearest float). Integer types round to the nearest integer (ties to even, as numpy's rint),
   * clip to the type's range and store NaN as 0. The array is not modified.
   */
  static byte[] encode(double[] values, NiftiDatatype type, ByteOrder order) {
    int n = values.length;
    byte[] raw = new byte[n * type.bytes];
    ByteBuffer b = ByteBuffer.wrap(raw).order(order);
    switch (type) {
      case FLOAT32 -> {
        FloatBuffer s = b.asFloatBuffer();
        for (int i = 0; i < n; i++) {
          s.put(i, (float) values[i]);
        }
      }
      case FLOAT64 -> {
        DoubleBuffer s = b.asDoubleBuffer();
        s.put(values);
      }
      case UINT8, INT8 -> {
        for (int i = 0; i < n; i++) {
          raw[i] = (byte) (long) toInteger(values[i], type);
        }
      }
      case INT16, UINT16 -> {
        ShortBuffer s = b.asShortBuffer();
        for (int i = 0; i < n; i++) {
          s.put(i, (short) (long) toInteger(values[i], type));
        }
      }
      case INT32, UINT32 -> {
        IntBuffer s = b.asIntBuffer();
        for (int i = 0; i < n; i++) {
          s.put(i, (int) (long) toInteger(values[i], type));
        }
      }
      case INT64 -> {
        LongBuffer s = b.asLongBuffer();
        for (int i = 0; i < n; i++) {
          s.put(i, (long) toInteger(values[i], type));
        }
      }
    }
    return raw;
  }

  /** Rounds half to even and clips to the integer type's range; NaN becomes 0. */
  static double toInteger(double v, NiftiDatatype type) {
    if (Double.isNaN(v)) {
      return 0;
    }
    return Math.max(type.minValue(), Math.min(type.maxValue(), Math.rint(v)));
  }
}
