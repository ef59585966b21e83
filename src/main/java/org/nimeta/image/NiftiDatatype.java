package org.nimeta.image;

/** The NIfTI datatypes nimeta reads and writes, with their header codes and byte sizes. */
public enum NiftiDatatype {
  UINT8(2, 1),
  INT16(4, 2),
  INT32(8, 4),
  FLOAT32(16, 4),
  FLOAT64(64, 8),
  INT8(256, 1),
  UINT16(512, 2),
  UINT32(768, 4),
  INT64(1024, 8);

  public final int code;
  public final int bytes;

  NiftiDatatype(int code, int bytes) {
    this.code = code;
    this.bytes = bytes;
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
}
