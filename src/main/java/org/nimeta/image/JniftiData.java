package org.nimeta.image;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * The voxel values of a JNIfTI {@code NIFTIData} node, in the order the file stores them.
 *
 * <p>JData's annotated array: {@code _ArrayType_}, {@code _ArraySize_}, then either
 * {@code _ArrayData_} or the compressed {@code _ArrayZipType_}/{@code _ArrayZipSize_}/
 * {@code _ArrayZipData_} (base64 text in JSON, raw bytes in BJData), with the optional
 * {@code _ArrayOrder_} (row-major by default) and {@code _ArrayZipEndian_} (little by default).
 * The direct form is a nested list (or a packed N-D BJData array), row-major.
 *
 * @param shape       the array's sizes, first axis first
 * @param type        the stored type, or null for plain JSON numbers (which carry none)
 * @param values      every value, in the file's order
 * @param columnMajor true when the file stores the first axis fastest (NIfTI's order)
 */
record JniftiData(long[] shape, NiftiDatatype type, double[] values, boolean columnMajor) {
  /** JData features that change what the stored numbers mean; nimeta refuses rather than misreads them. */
  private static final List<String> UNSUPPORTED =
      List.of("_ArrayIsComplex_", "_ArrayIsSparse_", "_ArrayShape_", "_ArrayChunks_", "_ArrayShuffle_");

  static JniftiData of(JsonNode node, String where, ImageSource src) {
    if (node.isObject() && node.has("Data") && !node.has("_ArrayType_")) {
      return of(node.get("Data"), where + ".Data", src);
    }
    if (node.isObject()) {
      return annotated(node, where, src);
    }
    if (node.isArray() || JdataValues.typed(node) != null) {
      return direct(node, where, src);
    }
    throw JdataValues.invalid(where, "it must be an array or an annotated array object, but it is "
        + JdataValues.shown(node), src);
  }

  private static JniftiData annotated(JsonNode node, String where, ImageSource src) {
    for (String key : UNSUPPORTED) {
      JsonNode flag = node.get(key);
      if (flag != null && !flag.isNull() && !(flag.isBoolean() && !flag.asBoolean())) {
        throw src.error("uses `" + where + "." + key + "`, which nimeta does not read; save the image "
            + "without it");
      }
    }
    NiftiDatatype type = arrayType(node, where, src);
    JsonNode sizeNode = node.get("_ArraySize_");
    if (sizeNode == null) {
      throw JdataValues.invalid(where, "it has no `_ArraySize_`", src);
    }
    long[] shape = JdataValues.sizes(sizeNode, where + "._ArraySize_", src);
    long count = JdataValues.product(shape);
    if (count < 0 || count * type.bytes > Integer.MAX_VALUE - 64) {
      throw src.error("is too large for nimeta: its `" + where + "._ArraySize_` is " + JdataValues.shape(shape));
    }
    boolean columnMajor = columnMajor(node, where, src);
    JsonNode zipped = node.get("_ArrayZipData_");
    JsonNode plain = node.get("_ArrayData_");
    if (zipped != null && plain != null) {
      throw JdataValues.invalid(where, "it has both `_ArrayData_` and `_ArrayZipData_`", src);
    }
    if (zipped != null) {
      return new JniftiData(shape, type, unzip(node, zipped, type, (int) count, where, src), columnMajor);
    }
    if (plain == null) {
      throw JdataValues.invalid(where, "it has neither `_ArrayData_` nor `_ArrayZipData_`", src);
    }
    double[] values = values(plain, where + "._ArrayData_", src);
    requireCount(values.length, count, shape, where + "._ArrayData_", src);
    if (type.isInteger()) {
      for (double v : values) {
        if (!Double.isFinite(v)) {
          throw JdataValues.invalid(where + "._ArrayData_", "it holds " + v + ", which " + JniftiCodes.word(type)
              + " values cannot be", src);
        }
      }
    }
    return new JniftiData(shape, type, values, columnMajor);
  }

  private static NiftiDatatype arrayType(JsonNode node, String where, ImageSource src) {
    String word = JdataValues.word(node, "_ArrayType_", where + "._ArrayType_", src);
    if (word == null) {
      throw JdataValues.invalid(where, "it has no `_ArrayType_`", src);
    }
    NiftiDatatype type = JniftiCodes.arrayType(word);
    if (type == null) {
      throw JniftiCodes.DATATYPES.containsKey(word)
          ? src.error("stores its voxels as " + word + ", which nimeta cannot read; save them as single (float32) "
              + "instead")
          : JdataValues.invalid(where + "._ArrayType_", "`" + word + "` is not a JData numeric type", src);
    }
    return type;
  }

  private static boolean columnMajor(JsonNode node, String where, ImageSource src) {
    String order = JdataValues.word(node, "_ArrayOrder_", where + "._ArrayOrder_", src);
    if (order == null || order.equals("r") || order.equals("row")) {
      return false;
    }
    if (order.equals("c") || order.equals("col") || order.equals("column")) {
      return true;
    }
    throw JdataValues.invalid(where + "._ArrayOrder_", "it is `" + order + "`, not `row` or `column`", src);
  }

  private static double[] unzip(JsonNode node, JsonNode zipped, NiftiDatatype type, int count, String where,
      ImageSource src) {
    String zipType = JdataValues.word(node, "_ArrayZipType_", where + "._ArrayZipType_", src);
    if (zipType == null) {
      throw JdataValues.invalid(where, "it has `_ArrayZipData_` but no `_ArrayZipType_`", src);
    }
    JsonNode zipSize = node.get("_ArrayZipSize_");
    if (zipSize != null) {
      long[] sizes = JdataValues.sizes(zipSize, where + "._ArrayZipSize_", src);
      if (JdataValues.product(sizes) != count) {
        throw src.error("has inconsistent sizes: `" + where + "._ArrayZipSize_` " + JdataValues.shape(sizes)
            + " holds " + JdataValues.product(sizes) + " values but `_ArraySize_` needs " + count);
      }
    }
    String endian = JdataValues.word(node, "_ArrayZipEndian_", where + "._ArrayZipEndian_", src);
    if (endian != null && !endian.equals("little") && !endian.equals("big")) {
      throw JdataValues.invalid(where + "._ArrayZipEndian_", "it is `" + endian + "`, not `little` or `big`", src);
    }
    byte[] payload = payload(zipped, where + "._ArrayZipData_", src);
    byte[] raw = JniftiZip.decompress(zipType, payload, count * type.bytes, where + "._ArrayZipData_", src);
    return VoxelCodec.decode(raw, type, "big".equals(endian) ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
  }

  /** The compressed bytes: base64 text (JSON; line breaks allowed) or a packed byte array (BJData). */
  private static byte[] payload(JsonNode zipped, String where, ImageSource src) {
    TypedArray t = JdataValues.typed(zipped);
    if (t != null && TypedArray.elementBytes(t.marker()) == 1) {
      return t.bytes();
    }
    if (!zipped.isTextual()) {
      throw JdataValues.invalid(where, "it must be base64 text or bytes, but it is " + JdataValues.shown(zipped), src);
    }
    String text = zipped.asText().replaceAll("[ \t\r\n]", "");
    try {
      return Base64.getDecoder().decode(text);
    } catch (IllegalArgumentException e) {
      throw src.error("is damaged: its `" + where + "` is not valid base64 (" + e.getMessage() + ")", e);
    }
  }

  private static JniftiData direct(JsonNode node, String where, ImageSource src) {
    TypedArray t = JdataValues.typed(node);
    if (t != null) {
      long[] shape = t.dims() != null ? t.dims() : new long[] {t.count()};
      NiftiDatatype type = JniftiCodes.ofMarker(t.marker());
      return new JniftiData(shape, type, values(node, where, src), false);
    }
    List<Long> shape = new ArrayList<>();
    for (JsonNode n = node; n.isArray(); n = n.size() > 0 ? n.get(0) : n) {
      shape.add((long) n.size());
      if (n.size() == 0) {
        break;
      }
    }
    long[] sizes = shape.stream().mapToLong(Long::longValue).toArray();
    double[] values = values(node, where, src);
    requireCount(values.length, JdataValues.product(sizes), sizes, where, src);
    return new JniftiData(sizes, null, values, false);
  }

  /** The numbers of {@code _ArrayData_} or a direct array: a packed array, or (nested) lists of numbers. */
  private static double[] values(JsonNode node, String where, ImageSource src) {
    TypedArray t = JdataValues.typed(node);
    NiftiDatatype packed = t == null ? null : JniftiCodes.ofMarker(t.marker());
    if (packed != null) {
      return VoxelCodec.decode(t.bytes(), packed, ByteOrder.LITTLE_ENDIAN);
    }
    return JdataValues.numbers(node, where, src);
  }

  private static void requireCount(int held, long needed, long[] shape, String where, ImageSource src) {
    if (held != needed) {
      throw src.error(String.format(Locale.ROOT, "has inconsistent sizes: `%s` holds %,d values but its shape %s "
          + "needs %,d", where, held, JdataValues.shape(shape), needed));
    }
  }
}
