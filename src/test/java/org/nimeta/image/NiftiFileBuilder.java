package org.nimeta.image;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;

/**
 * Builds NIfTI-1 and NIfTI-2 files byte by byte for tests, field by field as the standard lays them
 * out, independently of nimeta's own writer. Defaults: a little-endian single-file NIfTI-1 float32
 * 3-D image with no sform or qform.
 */
final class NiftiFileBuilder {
  int version = 1;
  ByteOrder order = ByteOrder.LITTLE_ENDIAN;
  String magic;
  long[] dim = {3, 1, 1, 1, 1, 1, 1, 1};
  int datatype = 16;
  double[] pixdim = {1, 1, 1, 1, 1, 1, 1, 1};
  Double voxOffset;
  double slope = 1;
  double inter = 0;
  int qformCode;
  int sformCode;
  double[] quatern = new double[6];
  double[][] srow = new double[3][4];
  byte[] extension = new byte[0];

  NiftiFileBuilder shape(long... dims) {
    dim = new long[] {dims.length, 1, 1, 1, 1, 1, 1, 1};
    System.arraycopy(dims, 0, dim, 1, dims.length);
    return this;
  }

  NiftiFileBuilder sform(double[][] rows) {
    sformCode = 2;
    srow = rows;
    return this;
  }

  int headerSize() {
    return version == 1 ? 348 : 540;
  }

  double effectiveVoxOffset() {
    return voxOffset != null ? voxOffset : headerSize() + 4 + extension.length;
  }

  /** Header, 4-byte extender (plus any extension bytes), then {@code values} encoded as datatype. */
  byte[] build(double[] values) {
    byte[] header = version == 1 ? nifti1() : nifti2();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(header);
    out.writeBytes(new byte[] {(byte) (extension.length > 0 ? 1 : 0), 0, 0, 0});
    out.writeBytes(extension);
    while (out.size() < effectiveVoxOffset()) {
      out.write(0);
    }
    out.writeBytes(encode(values));
    return out.toByteArray();
  }

  byte[] buildGzipped(double[] values) {
    return gzip(build(values));
  }

  static byte[] gzip(byte[] bytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private byte[] nifti1() {
    ByteBuffer b = ByteBuffer.allocate(348).order(order);
    b.putInt(0, 348);
    for (int i = 0; i < 8; i++) {
      b.putShort(40 + 2 * i, (short) dim[i]);
      b.putFloat(76 + 4 * i, (float) pixdim[i]);
    }
    b.putShort(70, (short) datatype);
    b.putShort(72, (short) (bytesPerVoxel() * 8));
    b.putFloat(108, (float) effectiveVoxOffset());
    b.putFloat(112, (float) slope);
    b.putFloat(116, (float) inter);
    b.putShort(252, (short) qformCode);
    b.putShort(254, (short) sformCode);
    for (int i = 0; i < 6; i++) {
      b.putFloat(256 + 4 * i, (float) quatern[i]);
    }
    for (int r = 0; r < 3; r++) {
      for (int c = 0; c < 4; c++) {
        b.putFloat(280 + 16 * r + 4 * c, (float) srow[r][c]);
      }
    }
    b.put(344, (magic != null ? magic : "n+1\0").getBytes(StandardCharsets.ISO_8859_1));
    return b.array();
  }

  private byte[] nifti2() {
    ByteBuffer b = ByteBuffer.allocate(540).order(order);
    b.putInt(0, 540);
    b.put(4, (magic != null ? magic : "n+2\0\r\n\u001a\n").getBytes(StandardCharsets.ISO_8859_1));
    b.putShort(12, (short) datatype);
    b.putShort(14, (short) (bytesPerVoxel() * 8));
    for (int i = 0; i < 8; i++) {
      b.putLong(16 + 8 * i, dim[i]);
      b.putDouble(104 + 8 * i, pixdim[i]);
    }
    b.putLong(168, (long) effectiveVoxOffset());
    b.putDouble(176, slope);
    b.putDouble(184, inter);
    b.putInt(344, qformCode);
    b.putInt(348, sformCode);
    for (int i = 0; i < 6; i++) {
      b.putDouble(352 + 8 * i, quatern[i]);
    }
    for (int r = 0; r < 3; r++) {
      for (int c = 0; c < 4; c++) {
        b.putDouble(400 + 32 * r + 8 * c, srow[r][c]);
      }
    }
    return b.array();
  }

  int bytesPerVoxel() {
    return switch (datatype) {
      case 2, 256 -> 1;
      case 4, 512 -> 2;
      case 8, 16, 768 -> 4;
      case 64, 1024 -> 8;
      default -> 4;
    };
  }

  private byte[] encode(double[] values) {
    ByteBuffer b = ByteBuffer.allocate(values.length * bytesPerVoxel()).order(order);
    for (double v : values) {
      switch (datatype) {
        case 2, 256 -> b.put((byte) (long) v);
        case 4, 512 -> b.putShort((short) (long) v);
        case 8, 768 -> b.putInt((int) (long) v);
        case 16 -> b.putFloat((float) v);
        case 64 -> b.putDouble(v);
        case 1024 -> b.putLong((long) v);
        default -> b.putFloat((float) v);
      }
    }
    return b.array();
  }
}
