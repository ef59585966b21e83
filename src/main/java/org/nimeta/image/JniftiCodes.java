package org.nimeta.image;

import java.util.List;
import java.util.Map;

/** The words JNIfTI uses in place of NIfTI's numeric codes (JNIfTI specification, tables 2 and 3). */
final class JniftiCodes {
  private JniftiCodes() {}

  /** NIfTI datatype codes by JNIfTI {@code DataType} word. */
  static final Map<String, Integer> DATATYPES = Map.ofEntries(
      Map.entry("uint8", 2), Map.entry("int16", 4), Map.entry("int32", 8), Map.entry("single", 16),
      Map.entry("complex64", 32), Map.entry("double", 64), Map.entry("rgb24", 128), Map.entry("int8", 256),
      Map.entry("uint16", 512), Map.entry("uint32", 768), Map.entry("int64", 1024), Map.entry("uint64", 1280),
      Map.entry("double128", 1536), Map.entry("complex128", 1792), Map.entry("complex256", 2048),
      Map.entry("rgba32", 2304));

  /** NIFTI_XFORM_* codes 0 to 5 by position. */
  static final List<String> XFORMS =
      List.of("", "scanner_anat", "aligned_anat", "talairach", "mni_152", "template_other");

  /** The JNIfTI word for a datatype nimeta reads and writes. */
  static String word(NiftiDatatype type) {
    return switch (type) {
      case FLOAT32 -> "single";
      case FLOAT64 -> "double";
      default -> type.label();
    };
  }

  /** The {@code _ArrayType_} word of JData for a datatype nimeta reads (JData's names are JNIfTI's). */
  static NiftiDatatype arrayType(String word) {
    Integer code = DATATYPES.get(word.toLowerCase(java.util.Locale.ROOT));
    return code == null ? null : NiftiDatatype.fromCode(code);
  }

  /** The datatype a packed BJData array's marker stores. */
  static NiftiDatatype ofMarker(char marker) {
    return switch (marker) {
      case 'i' -> NiftiDatatype.INT8;
      case 'U', 'B' -> NiftiDatatype.UINT8;
      case 'I' -> NiftiDatatype.INT16;
      case 'u' -> NiftiDatatype.UINT16;
      case 'l' -> NiftiDatatype.INT32;
      case 'm' -> NiftiDatatype.UINT32;
      case 'L' -> NiftiDatatype.INT64;
      case 'd' -> NiftiDatatype.FLOAT32;
      case 'D' -> NiftiDatatype.FLOAT64;
      default -> null;
    };
  }

  /** NIfTI length units by {@code Unit.L} word, and time units by {@code Unit.T} word. */
  static final Map<String, Integer> LENGTH_UNITS = Map.of("", 0, "m", 1, "mm", 2, "um", 3);
  static final Map<String, Integer> TIME_UNITS =
      Map.of("", 0, "s", 8, "ms", 16, "us", 24, "hz", 32, "ppm", 40, "rad/s", 48);
}
