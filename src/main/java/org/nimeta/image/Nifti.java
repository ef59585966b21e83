package org.nimeta.image;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * NIfTI-1 reading (first cut: single 3-D volume, .nii or .nii.gz, sform preferred over qform).
 * The image package owner replaces this with the full reader/writer.
 */
public final class Nifti {
  private Nifti() {}

  public static NiftiImage read(Path file) {
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      byte[] raw = in.readAllBytes();
      bytes = isGzip(raw) ? gunzip(raw) : raw;
    } catch (IOException e) {
      throw new NiftiException(file, "cannot be read (" + e.getMessage() + ")", e);
    }
    if (bytes.length < 348) {
      throw new NiftiException(file, "is not a NIfTI file (only " + bytes.length + " bytes)");
    }
    ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    if (b.getInt(0) != 348) {
      b.order(ByteOrder.BIG_ENDIAN);
      if (b.getInt(0) != 348) {
        throw new NiftiException(file, "is not a NIfTI-1 file (bad header size)");
      }
    }
    int nx = b.getShort(42), ny = b.getShort(44), nz = b.getShort(46);
    NiftiDatatype type = NiftiDatatype.fromCode(b.getShort(70));
    if (type == null) {
      throw new NiftiException(file, "has unsupported datatype code " + b.getShort(70));
    }
    double[] zooms = {b.getFloat(80), b.getFloat(84), b.getFloat(88)};
    int voxOffset = (int) b.getFloat(108);
    double slope = b.getFloat(112), inter = b.getFloat(116);
    if (slope == 0 || !Double.isFinite(slope)) {
      slope = 1;
      inter = 0;
    }
    Affine affine;
    if (b.getShort(254) > 0) {
      double[][] rows = new double[3][4];
      for (int r = 0; r < 3; r++) {
        for (int c = 0; c < 4; c++) {
          rows[r][c] = b.getFloat(280 + 16 * r + 4 * c);
        }
      }
      affine = Affine.of(rows);
    } else {
      affine = Affine.scaled(zooms[0], zooms[1], zooms[2], 0, 0, 0);
    }
    Grid grid = new Grid(nx, ny, nz, affine, zooms);
    int n = grid.size();
    if ((long) voxOffset + (long) n * type.bytes > bytes.length) {
      throw new NiftiException(file, "is truncated: the header promises more voxel data than the file holds");
    }
    double[] data = new double[n];
    b.position(voxOffset);
    for (int v = 0; v < n; v++) {
      double x = switch (type) {
        case UINT8 -> b.get() & 0xff;
        case INT8 -> b.get();
        case INT16 -> b.getShort();
        case UINT16 -> b.getShort() & 0xffff;
        case INT32 -> b.getInt();
        case UINT32 -> b.getInt() & 0xffffffffL;
        case INT64 -> b.getLong();
        case FLOAT32 -> b.getFloat();
        case FLOAT64 -> b.getDouble();
      };
      data[v] = x * slope + inter;
    }
    return new NiftiImage(grid, data, type);
  }

  private static boolean isGzip(byte[] raw) {
    return raw.length > 2 && (raw[0] & 0xff) == 0x1f && (raw[1] & 0xff) == 0x8b;
  }

  private static byte[] gunzip(byte[] raw) throws IOException {
    try (GZIPInputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(raw))) {
      ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length * 4);
      in.transferTo(out);
      return out.toByteArray();
    }
  }
}
