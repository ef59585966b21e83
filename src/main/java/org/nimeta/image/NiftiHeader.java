package org.nimeta.image;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A parsed and validated NIfTI-1 or NIfTI-2 header. Where a header field is out of range the way
 * nibabel (and so NiMARE) repairs it on load, this class repairs it the same way; everything else
 * that is wrong is reported as a {@link NiftiException}.
 *
 * <p>nibabel's repairs that nimeta mirrors: negative spatial pixdims are made positive and zero
 * ones become 1; a qfac (pixdim[0]) other than -1 or 1 becomes 1; an unrecognised qform or sform
 * code becomes 0 (unknown).
 */
final class NiftiHeader {
  static final int NIFTI1_SIZE = 348;
  static final int NIFTI2_SIZE = 540;
  /** The 4 bytes after a single-file header that say whether extensions follow. */
  private static final int EXTENDER_BYTES = 4;
  private static final byte[] NIFTI2_EOL_CHECK = {13, 10, 26, 10};
  /** How far 1 - |(b, c, d)|² may fall below 0 (nibabel: 3 machine epsilons of the field type). */
  private static final double FLOAT32_QUATERNION_TOLERANCE = 3 * Math.ulp(1.0f);
  private static final double FLOAT64_QUATERNION_TOLERANCE = 3 * Math.ulp(1.0);

  final int version;
  final boolean singleFile;
  final ByteOrder order;
  final int headerSize;
  final int nx;
  final int ny;
  final int nz;
  /** Product of dim[4..dim[0]]; 1 for a 3-D image. */
  final long volumes;
  /** The shape as written in the header, for messages ("91x109x91x12"). */
  final String shape;
  /** True when a dimension after the 4th (dim[5..7]) is larger than 1. */
  final boolean hasDimensionsBeyondFour;
  final NiftiDatatype datatype;
  final long voxOffset;
  /** scl_slope and scl_inter; {@code scaled} is false when the slope is 0 or not finite. */
  final boolean scaled;
  final double slope;
  final double inter;
  final double[] zooms;
  final Affine affine;

  private NiftiHeader(Fields f, ImageSource src) {
    this.version = f.version;
    this.singleFile = f.singleFile;
    this.order = f.order;
    this.headerSize = f.version == 1 ? NIFTI1_SIZE : NIFTI2_SIZE;
    int ndim = (int) f.dim[0];
    if (ndim < 1 || ndim > 7) {
      throw src.error("has an invalid header: it declares " + ndim + " dimensions (dim[0] must be 1 to 7)");
    }
    long[] dims = new long[8];
    java.util.Arrays.fill(dims, 1);
    StringBuilder shapeText = new StringBuilder();
    for (int d = 1; d <= ndim; d++) {
      if (f.dim[d] < 0) {
        throw src.error("has an invalid header: dimension " + d + " has a negative size (dim[" + d + "] = "
            + f.dim[d] + ")");
      }
      if (f.dim[d] == 0) {
        throw src.error("holds no voxels: dimension " + d + " has size 0");
      }
      dims[d] = f.dim[d];
      shapeText.append(d == 1 ? "" : "x").append(f.dim[d]);
    }
    this.shape = shapeText.toString();
    boolean beyondFour = false;
    for (int d = 5; d <= ndim; d++) {
      beyondFour |= dims[d] > 1;
    }
    this.hasDimensionsBeyondFour = beyondFour;
    this.datatype = NiftiDatatype.fromCode(f.datatype);
    if (datatype == null) {
      throw src.error(unsupportedDatatype(f.datatype));
    }
    long perVolume = saturatingProduct(dims, 1, 3);
    if (perVolume > Integer.MAX_VALUE || perVolume * datatype.bytes > Integer.MAX_VALUE - 64) {
      throw src.error("is too large for nimeta: one volume of shape " + shape + " holds "
          + (perVolume == Long.MAX_VALUE ? "more than 2^63" : String.format(Locale.ROOT, "%,d", perVolume))
          + " voxels");
    }
    long volumeCount = saturatingProduct(dims, 4, 7);
    if (volumeCount > Long.MAX_VALUE / (perVolume * datatype.bytes)) {
      throw src.error("has an invalid header: its shape " + shape + " is larger than any file can hold");
    }
    this.volumes = volumeCount;
    this.nx = (int) dims[1];
    this.ny = (int) dims[2];
    this.nz = (int) dims[3];

    this.voxOffset = checkedVoxOffset(f.voxOffset, src);
    if (f.slope == 0 || !Double.isFinite(f.slope)) {
      this.scaled = false;
      this.slope = 1;
      this.inter = 0;
    } else {
      if (!Double.isFinite(f.inter)) {
        throw src.error("has an invalid header: scl_slope is " + f.slope + " but scl_inter is " + f.inter);
      }
      this.scaled = f.slope != 1 || f.inter != 0;
      this.slope = f.slope;
      this.inter = f.inter;
    }
    this.zooms = new double[3];
    for (int a = 0; a < 3; a++) {
      double z = Math.abs(f.pixdim[a + 1]);
      zooms[a] = a < ndim && z != 0 && Double.isFinite(z) ? z : 1;
    }
    this.affine = affine(f, ndim, dims, src);
  }

  /**
   * The header size (348 or 540) announced by the first 4 bytes in either byte order, or -1 when
   * they are not the start of a NIfTI header.
   */
  static int announcedSize(byte[] first4) {
    for (ByteOrder o : new ByteOrder[] {ByteOrder.LITTLE_ENDIAN, ByteOrder.BIG_ENDIAN}) {
      int size = ByteBuffer.wrap(first4).order(o).getInt(0);
      if (size == NIFTI1_SIZE || size == NIFTI2_SIZE) {
        return size;
      }
    }
    return -1;
  }

  /** Parses a complete header ({@link #announcedSize} bytes). The array is not modified. */
  static NiftiHeader parse(byte[] bytes, ImageSource src) {
    ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    if (b.getInt(0) != bytes.length) {
      b.order(ByteOrder.BIG_ENDIAN);
    }
    Fields f = bytes.length == NIFTI1_SIZE ? nifti1(b, src) : nifti2(b, src);
    return new NiftiHeader(f, src);
  }

  /**
   * A header from fields read elsewhere (a JNIfTI file's {@code NIFTIHeader}), checked and repaired
   * exactly as a binary header's.
   */
  static NiftiHeader of(Fields fields, ImageSource src) {
    return new NiftiHeader(fields, src);
  }

  /** The raw header fields nimeta uses, widened to the NIfTI-2 types. */
  static final class Fields {
    int version;
    boolean singleFile;
    ByteOrder order;
    final long[] dim = new long[8];
    int datatype;
    final double[] pixdim = new double[8];
    double voxOffset;
    double slope;
    double inter;
    int qformCode;
    int sformCode;
    final double[] quatern = new double[6];
    final double[][] srow = new double[3][4];
  }

  private static Fields nifti1(ByteBuffer b, ImageSource src) {
    Fields f = new Fields();
    f.version = 1;
    f.order = b.order();
    f.singleFile = magic(b, 344, "n+1", "ni1", src);
    for (int i = 0; i < 8; i++) {
      f.dim[i] = b.getShort(40 + 2 * i);
      f.pixdim[i] = b.getFloat(76 + 4 * i);
    }
    f.datatype = b.getShort(70);
    f.voxOffset = b.getFloat(108);
    f.slope = b.getFloat(112);
    f.inter = b.getFloat(116);
    f.qformCode = b.getShort(252);
    f.sformCode = b.getShort(254);
    for (int i = 0; i < 6; i++) {
      f.quatern[i] = b.getFloat(256 + 4 * i);
    }
    for (int r = 0; r < 3; r++) {
      for (int c = 0; c < 4; c++) {
        f.srow[r][c] = b.getFloat(280 + 16 * r + 4 * c);
      }
    }
    return f;
  }

  private static Fields nifti2(ByteBuffer b, ImageSource src) {
    Fields f = new Fields();
    f.version = 2;
    f.order = b.order();
    f.singleFile = magic(b, 4, "n+2", "ni2", src);
    for (int i = 0; i < 4; i++) {
      byte e = b.get(8 + i);
      if (e != NIFTI2_EOL_CHECK[i] && e != 0) {
        throw src.error("is damaged: its NIfTI-2 header shows the line-ending changes of a text-mode "
            + "transfer (copy it again in binary mode)");
      }
    }
    f.datatype = b.getShort(12);
    for (int i = 0; i < 8; i++) {
      f.dim[i] = b.getLong(16 + 8 * i);
      f.pixdim[i] = b.getDouble(104 + 8 * i);
    }
    f.voxOffset = b.getLong(168);
    f.slope = b.getDouble(176);
    f.inter = b.getDouble(184);
    f.qformCode = b.getInt(344);
    f.sformCode = b.getInt(348);
    for (int i = 0; i < 6; i++) {
      f.quatern[i] = b.getDouble(352 + 8 * i);
    }
    for (int r = 0; r < 3; r++) {
      for (int c = 0; c < 4; c++) {
        f.srow[r][c] = b.getDouble(400 + 32 * r + 8 * c);
      }
    }
    return f;
  }

  /** True for the single-file magic, false for the .hdr/.img pair magic. */
  private static boolean magic(ByteBuffer b, int at, String single, String pair, ImageSource src) {
    byte[] m = new byte[4];
    b.get(at, m);
    String text = new String(m, 0, 3, StandardCharsets.ISO_8859_1);
    if (m[3] == 0 && text.equals(single)) {
      return true;
    }
    if (m[3] == 0 && text.equals(pair)) {
      return false;
    }
    if (at == 344 && m[0] == 0 && m[1] == 0 && m[2] == 0 && m[3] == 0) {
      throw src.error("is an Analyze 7.5 image, not NIfTI: its header has no NIfTI magic string and so no "
          + "reliable orientation; convert it to NIfTI first");
    }
    throw src.error("is not a valid NIfTI-" + single.charAt(2) + " image: its magic string is not `"
        + single + "` or `" + pair + "`");
  }

  private long checkedVoxOffset(double raw, ImageSource src) {
    if (!Double.isFinite(raw) || raw < 0 || raw != Math.rint(raw) || raw > Long.MAX_VALUE / 2) {
      throw src.error("has an invalid header: vox_offset is " + raw);
    }
    long offset = (long) raw;
    long minimum = headerSize + EXTENDER_BYTES;
    if (singleFile && offset < minimum) {
      throw src.error("has an invalid header: vox_offset is " + offset + ", inside the header (voxel data "
          + "of a single-file NIfTI-" + version + " image starts at byte " + minimum + " or later)");
    }
    return offset;
  }

  /**
   * The voxel-to-world affine as nibabel chooses it: the sform when sform_code is set, else the
   * qform when qform_code is set, else nibabel's fallback for headers without orientation: voxel
   * sizes with the x axis flipped and the world origin at the centre of the volume.
   */
  private Affine affine(Fields f, int ndim, long[] dims, ImageSource src) {
    if (validXformCode(f.sformCode)) {
      for (double[] row : f.srow) {
        for (double v : row) {
          if (!Double.isFinite(v)) {
            throw src.error("has an invalid sform: it contains " + v);
          }
        }
      }
      return Affine.of(f.srow);
    }
    if (validXformCode(f.qformCode)) {
      double qfac = f.pixdim[0] == -1 ? -1 : 1;
      Qform q = new Qform(f.quatern[0], f.quatern[1], f.quatern[2], qfac, f.quatern[3], f.quatern[4], f.quatern[5]);
      try {
        return q.toAffine(zooms, version == 1 ? FLOAT32_QUATERNION_TOLERANCE : FLOAT64_QUATERNION_TOLERANCE);
      } catch (IllegalArgumentException e) {
        throw src.error("has an invalid qform: its quaternion (b, c, d) = (" + f.quatern[0] + ", " + f.quatern[1]
            + ", " + f.quatern[2] + ") is not a rotation", e);
      }
    }
    double[][] rows = new double[3][4];
    for (int a = 0; a < 3; a++) {
      double size = a < ndim ? dims[a + 1] : 1;
      double zoom = a == 0 ? -zooms[0] : zooms[a];
      rows[a][a] = zoom;
      rows[a][3] = -(size - 1) / 2.0 * zoom;
    }
    return Affine.of(rows);
  }

  /** Product of dims[from..to], or Long.MAX_VALUE when it overflows. */
  private static long saturatingProduct(long[] dims, int from, int to) {
    long product = 1;
    for (int d = from; d <= to; d++) {
      if (product > Long.MAX_VALUE / dims[d]) {
        return Long.MAX_VALUE;
      }
      product *= dims[d];
    }
    return product;
  }

  /** nibabel knows codes 0 to 5 and resets any other to 0 (unknown). */
  private static boolean validXformCode(int code) {
    return code >= 1 && code <= 5;
  }

  private static String unsupportedDatatype(int code) {
    String kind = switch (code) {
      case 0 -> "an unknown datatype (datatype 0)";
      case 1 -> "single bits (datatype 1)";
      case 32 -> "complex64 numbers (datatype 32)";
      case 128 -> "RGB colours (datatype 128)";
      case 1536 -> "float128 numbers (datatype 1536)";
      case 1792 -> "complex128 numbers (datatype 1792)";
      case 2048 -> "complex256 numbers (datatype 2048)";
      case 2304 -> "RGBA colours (datatype 2304)";
      default -> null;
    };
    if (kind == null) {
      return "has an invalid header: datatype " + code + " is not a NIfTI datatype";
    }
    return "stores its voxels as " + kind + ", which nimeta cannot read; save it as float32 instead";
  }
}
