package org.nimeta.image;

/** The NIfTI datatypes nimeta reads and writes, with their header codes and byte sizes. */
public enum NiftiDatatype {
  UINT8(2, 1, 0, 255),
  INT16(4, 2, Short.MIN_VALUE, Short.MAX_VALUE),
  INT32(8, 4, Integer.MIN_VALUE, Integer.MAX_VALUE),
  FLOAT32(16, 4, Double.NaN, Double.NaN),
  FLOAT64(64, 8, Double.NaN, Double.NaN),
  INT8(256, 1, Byte.MIN_VALUE, Byte.MAX_VALUE),
  UINT16(512, 2, 0, 65535),
  UINT32(768, 4, 0, 4294967295.0),
  INT64(1024, 8, Long.MIN_VALUE, Long.MAX_VALUE);

  public final int code;
  public final int bytes;
  private final double min;
  private final double max;

  NiftiDatatype(int code, int bytes, double min, double max) {
    this.code = code;
    this.bytes = bytes;
    this.min = min;
    this.max = max;
  }

  /** The datatype with this header code, or null when nimeta does not support it. */
  public static NiftiDatatype fromCode(int code) {
    for (NiftiDatatype t : values()) {
      if (t.code == code) {
        return t;
      }
    }
    return null;
  }

  public boolean isInteger() {
    return this != FLOAT32 && this != FLOAT64;
  }

  /** Smallest storable value of an integer type (as a double; INT64's is -2^63). */
  public double minValue() {
    requireInteger();
    return min;
  }

  /** Largest storable value of an integer type (as a double; INT64's rounds up to 2^63). */
  public double maxValue() {
    requireInteger();
    return max;
  }

  /** Lower-case name as NIfTI tools print it ("float32", "int16"). */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  private void requireInteger() {
    if (!isInteger()) {
      throw new IllegalStateException(label() + " has no integer range");
    }
  }
}
