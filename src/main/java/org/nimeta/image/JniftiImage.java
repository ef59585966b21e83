package org.nimeta.image;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A parsed JNIfTI tree as nimeta images: the {@code NIFTIHeader} mapped back to NIfTI header fields
 * (JNIfTI specification, table 1), the {@code NIFTIData} values put in NIfTI's order (first axis
 * fastest) and cut into volumes.
 *
 * <p>Only what nimeta uses is read: {@code Dim}, {@code DataType}, {@code VoxelSize}, the
 * handedness ({@code NIIQfac_} as jnifty writes it, else {@code Orientation.x}: {@code l} or
 * {@code left} is a qfac of -1), {@code ScaleSlope}/{@code ScaleOffset}, {@code QForm},
 * {@code Quatern}, {@code QuaternOffset}, {@code SForm} and {@code Affine}. A missing field is 0, as
 * in a zeroed NIfTI header; a file without {@code NIFTIHeader} gets nibabel's affine for headers
 * without orientation, as a NIfTI file with codes 0 would.
 */
final class JniftiImage {
  private static final String HEADER = "NIFTIHeader";
  private static final String DATA = "NIFTIData";

  private JniftiImage() {}

  static List<NiftiImage> of(JsonNode root, ImageSource src, NiftiReader.Volumes wanted) {
    if (!root.isObject()) {
      throw src.error("is not a JNIfTI file: its top level is not an object");
    }
    String dataKey = dataKey(root, src);
    String headerKey = HEADER + dataKey.substring(DATA.length());
    JsonNode headerNode = root.get(headerKey);
    if (headerNode != null && !headerNode.isObject()) {
      throw JdataValues.invalid(headerKey, "it must be an object, but it is " + JdataValues.shown(headerNode), src);
    }
    JniftiData data = JniftiData.of(root.get(dataKey), dataKey, src);
    NiftiHeader header = NiftiHeader.of(fields(headerNode, headerKey, data, dataKey, src), src);
    NiftiReader.checkVolumes(header, wanted, src);
    double[] values = data.columnMajor() ? data.values() : toColumnMajor(data.values(), data.shape());
    Grid grid = NiftiReader.grid(header);
    List<NiftiImage> volumes = new ArrayList<>();
    for (int v = 0; v < header.volumes; v++) {
      double[] one = Arrays.copyOfRange(values, v * grid.size(), (v + 1) * grid.size());
      volumes.add(NiftiReader.volume(grid, one, header));
    }
    return volumes;
  }

  /** {@code NIFTIData}, or the one {@code NIFTIData(name)} of a file that names its image. */
  private static String dataKey(JsonNode root, ImageSource src) {
    if (root.has(DATA)) {
      return DATA;
    }
    List<String> named = JniftiReader.keysStartingWith(root, DATA + "(");
    if (named.size() == 1) {
      return named.get(0);
    }
    if (named.size() > 1) {
      throw src.error("holds " + named.size() + " images (" + String.join(", ", named.stream()
          .map(k -> "`" + k + "`").toList()) + "); nimeta reads one image per file");
    }
    if (!JniftiReader.keysStartingWith(root, "NIFTIGroup").isEmpty()
        || !JniftiReader.keysStartingWith(root, "NIFTIObject").isEmpty()) {
      throw src.error("keeps its images in a `NIFTIGroup` or `NIFTIObject`; nimeta reads files with one image, "
          + "its `NIFTIHeader` and `NIFTIData` at the top level");
    }
    throw src.error("has no `NIFTIData`: it is JSON or BJData but not a JNIfTI image");
  }

  private static NiftiHeader.Fields fields(JsonNode h, String where, JniftiData data, String dataKey,
      ImageSource src) {
    NiftiHeader.Fields f = new NiftiHeader.Fields();
    boolean nifti2 = h != null && h.has("NIIHeaderSize") && JdataValues.number(h.get("NIIHeaderSize"),
        where + ".NIIHeaderSize", src) == NiftiHeader.NIFTI2_SIZE;
    f.version = nifti2 ? 2 : 1;
    f.singleFile = true;
    f.order = java.nio.ByteOrder.LITTLE_ENDIAN;
    f.voxOffset = (nifti2 ? NiftiHeader.NIFTI2_SIZE : NiftiHeader.NIFTI1_SIZE) + 4;
    long[] dims = dims(h, where, data, dataKey, src);
    f.dim[0] = dims.length;
    for (int d = 0; d < dims.length && d < 7; d++) {
      f.dim[d + 1] = dims[d];
    }
    f.datatype = datatype(h, where, data, dataKey, src);
    double[] pixdim = optional(h, "VoxelSize", where, src);
    System.arraycopy(pixdim, 0, f.pixdim, 1, Math.min(pixdim.length, 7));
    f.pixdim[0] = qfac(h, where, src);
    f.slope = scalar(h, "ScaleSlope", where, src);
    f.inter = scalar(h, "ScaleOffset", where, src);
    f.qformCode = xform(h, "QForm", where, src);
    f.sformCode = xform(h, "SForm", where, src);
    double[] quatern = optional(h, "Quatern", where, src, "b", "c", "d");
    double[] offset = optional(h, "QuaternOffset", where, src, "x", "y", "z");
    System.arraycopy(quatern, 0, f.quatern, 0, 3);
    System.arraycopy(offset, 0, f.quatern, 3, 3);
    if (h != null && h.has("Affine")) {
      double[] affine = JdataValues.numbers(h.get("Affine"), where + ".Affine", src);
      if (affine.length != 12) {
        throw JdataValues.invalid(where + ".Affine", "it must hold 3 rows of 4 numbers, but it holds "
            + affine.length + " numbers", src);
      }
      for (int i = 0; i < 12; i++) {
        f.srow[i / 4][i % 4] = affine[i];
      }
    } else if (f.sformCode >= 1 && f.sformCode <= 5) {
      throw JdataValues.invalid(where, "it sets `SForm` but has no `Affine`", src);
    }
    return f;
  }

  /** The header's {@code Dim}, which must agree with the data's shape (trailing sizes of 1 aside). */
  private static long[] dims(JsonNode h, String where, JniftiData data, String dataKey, ImageSource src) {
    long[] shape = data.shape();
    if (h == null || !h.has("Dim")) {
      return shape;
    }
    long[] dim = JdataValues.sizes(h.get("Dim"), where + ".Dim", src);
    if (!Arrays.equals(withoutTrailingOnes(dim), withoutTrailingOnes(shape))) {
      throw src.error("has inconsistent sizes: `" + where + ".Dim` is " + JdataValues.shape(dim) + " but `"
          + dataKey + "` holds an array of shape " + JdataValues.shape(shape));
    }
    return dim;
  }

  private static long[] withoutTrailingOnes(long[] sizes) {
    int n = sizes.length;
    while (n > 1 && sizes[n - 1] == 1) {
      n--;
    }
    return Arrays.copyOf(sizes, n);
  }

  /** The NIfTI datatype code: the header's {@code DataType}, which must be the data's type when both are given. */
  private static int datatype(JsonNode h, String where, JniftiData data, String dataKey, ImageSource src) {
    JsonNode given = h == null ? null : h.get("DataType");
    if (given == null || given.isNull()) {
      return (data.type() != null ? data.type() : NiftiDatatype.FLOAT64).code;
    }
    int code;
    if (given.isTextual()) {
      Integer c = JniftiCodes.DATATYPES.get(given.asText().toLowerCase(Locale.ROOT));
      if (c == null) {
        throw JdataValues.invalid(where + ".DataType", "`" + given.asText() + "` is not a JNIfTI datatype", src);
      }
      code = c;
    } else {
      code = (int) JdataValues.number(given, where + ".DataType", src);
    }
    NiftiDatatype type = NiftiDatatype.fromCode(code);
    if (type != null && data.type() != null && type != data.type()) {
      throw src.error("has inconsistent types: `" + where + ".DataType` is " + JniftiCodes.word(type) + " but `"
          + dataKey + "` holds " + JniftiCodes.word(data.type()) + " values");
    }
    return code;
  }

  private static double qfac(JsonNode h, String where, ImageSource src) {
    if (h == null) {
      return 1;
    }
    if (h.has("NIIQfac_")) {
      return JdataValues.number(h.get("NIIQfac_"), where + ".NIIQfac_", src) < 0 ? -1 : 1;
    }
    JsonNode orientation = h.get("Orientation");
    String x = orientation != null && orientation.isObject()
        ? JdataValues.word(orientation, "x", where + ".Orientation.x", src) : null;
    return "l".equals(x) || "left".equals(x) ? -1 : 1;
  }

  private static int xform(JsonNode h, String key, String where, ImageSource src) {
    JsonNode n = h == null ? null : h.get(key);
    if (n == null || n.isNull()) {
      return 0;
    }
    if (n.isTextual()) {
      int code = JniftiCodes.XFORMS.indexOf(n.asText().toLowerCase(Locale.ROOT));
      if (code < 0) {
        throw JdataValues.invalid(where + "." + key, "`" + n.asText() + "` is not one of "
            + String.join(", ", JniftiCodes.XFORMS.stream().map(w -> "`" + w + "`").toList()), src);
      }
      return code;
    }
    return (int) JdataValues.number(n, where + "." + key, src);
  }

  private static double scalar(JsonNode h, String key, String where, ImageSource src) {
    JsonNode n = h == null ? null : h.get(key);
    return n == null || n.isNull() ? 0 : JdataValues.number(n, where + "." + key, src);
  }

  /** A list field (or, with {@code names}, an object of named numbers); zeros when absent. */
  private static double[] optional(JsonNode h, String key, String where, ImageSource src, String... names) {
    JsonNode n = h == null ? null : h.get(key);
    if (n == null || n.isNull()) {
      return new double[names.length];
    }
    if (names.length == 0) {
      return JdataValues.numbers(n, where + "." + key, src);
    }
    if (!n.isObject()) {
      throw JdataValues.invalid(where + "." + key, "it must be an object with " + String.join(", ", names)
          + ", but it is " + JdataValues.shown(n), src);
    }
    double[] out = new double[names.length];
    for (int i = 0; i < names.length; i++) {
      JsonNode v = n.get(names[i]);
      out[i] = v == null || v.isNull() ? 0 : JdataValues.number(v, where + "." + key + "." + names[i], src);
    }
    return out;
  }

  /**
   * Row-major values (last axis fastest, JData's default) in column-major order (first axis
   * fastest, NIfTI's). Not modified; returns a new array.
   */
  static double[] toColumnMajor(double[] rowMajor, long[] shape) {
    int n = shape.length;
    if (n <= 1) {
      return rowMajor;
    }
    int[] size = new int[n];
    int[] stride = new int[n];
    for (int a = 0; a < n; a++) {
      size[a] = (int) shape[a];
      stride[a] = a == 0 ? 1 : stride[a - 1] * size[a - 1];
    }
    double[] out = new double[rowMajor.length];
    int[] index = new int[n];
    int column = 0;
    for (int r = 0; r < rowMajor.length; r++) {
      out[column] = rowMajor[r];
      for (int a = n - 1; a >= 0; a--) {
        column += stride[a];
        if (++index[a] < size[a]) {
          break;
        }
        column -= stride[a] * size[a];
        index[a] = 0;
      }
    }
    return out;
  }
}
