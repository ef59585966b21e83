package org.nimeta.image;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * Writes NeuroJSON JNIfTI images: text ({@code .jnii}, JSON) or binary ({@code .bnii}, BJData).
 *
 * <p>The {@code NIFTIHeader} is the NIfTI-1 header {@link NiftiWriter} writes for the same image,
 * field by field (JNIfTI specification, table 1), so a {@code .jnii} map and its {@code .nii.gz}
 * twin read back with the same affine, voxel sizes and values. {@code NIFTIData} is the annotated,
 * zlib-compressed array of JData: row-major (the default order, which every JData reader
 * understands), little-endian, base64 in JSON and raw bytes in BJData.
 */
final class JniftiWriter {
  /** The JNIfTI draft the files follow (the version jnifty writes in {@code _DataInfo_}). */
  static final String VERSION = "0.5";
  // The atomic write closes the file itself, after forcing it to disk.
  private static final ObjectWriter JSON = JsonMapper.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build()
      .writer(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));

  private JniftiWriter() {}

  static void write(Path file, NiftiImage image, boolean binary) {
    if (image.datatype() == null) {
      throw new IllegalArgumentException("image has no datatype to write it with");
    }
    Map<String, Object> document = document(image);
    AtomicFile.write(file, out -> {
      if (binary) {
        BjdataWriter.write(document, out);
      } else {
        JSON.writeValue(out, document);
        out.write('\n');
      }
    });
  }

  /** The whole file as maps, lists and values, in the order the specification lists the fields. */
  static Map<String, Object> document(NiftiImage image) {
    Map<String, Object> info = new LinkedHashMap<>();
    info.put("JNIFTIVersion", VERSION);
    info.put("Comment", "Created by " + NiftiWriter.DESCRIP);
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("_DataInfo_", info);
    doc.put("NIFTIHeader", header(NiftiWriter.header(image)));
    doc.put("NIFTIData", data(image));
    return doc;
  }

  /** {@code NIFTIHeader} from the 348 bytes (and extender) of a little-endian NIfTI-1 header. */
  static Map<String, Object> header(byte[] nifti1) {
    ByteBuffer b = ByteBuffer.wrap(nifti1).order(ByteOrder.LITTLE_ENDIAN);
    int ndim = b.getShort(40);
    Map<String, Object> h = new LinkedHashMap<>();
    h.put("NIIHeaderSize", b.getInt(0));
    int dimInfo = b.get(39);
    h.put("DimInfo", ordered("Freq", dimInfo & 3, "Phase", (dimInfo >> 2) & 3, "Slice", (dimInfo >> 4) & 3));
    List<Object> dim = new ArrayList<>();
    List<Object> pixdim = new ArrayList<>();
    for (int d = 1; d <= ndim; d++) {
      dim.add((int) b.getShort(40 + 2 * d));
      pixdim.add(floatAt(b, 76 + 4 * d));
    }
    h.put("Dim", dim);
    h.put("Param1", floatAt(b, 56));
    h.put("Param2", floatAt(b, 60));
    h.put("Param3", floatAt(b, 64));
    h.put("Intent", code(b.getShort(68), ""));
    int datatype = b.getShort(70);
    h.put("DataType", JniftiCodes.word(NiftiDatatype.fromCode(datatype)));
    h.put("BitDepth", (int) b.getShort(72));
    h.put("FirstSliceID", (int) b.getShort(74));
    h.put("VoxelSize", pixdim);
    h.put("Orientation", ordered("x", b.getFloat(76) < 0 ? "l" : "r", "y", "a", "z", "s"));
    h.put("NIIByteOffset", floatAt(b, 108));
    h.put("ScaleSlope", floatAt(b, 112));
    h.put("ScaleOffset", floatAt(b, 116));
    h.put("LastSliceID", (int) b.getShort(120));
    h.put("SliceType", code(b.get(122), ""));
    int units = b.get(123);
    h.put("Unit", ordered("L", unit(units & 0x07, JniftiCodes.LENGTH_UNITS), "T",
        unit(units & 0x38, JniftiCodes.TIME_UNITS)));
    h.put("MaxIntensity", floatAt(b, 124));
    h.put("MinIntensity", floatAt(b, 128));
    h.put("SliceTime", floatAt(b, 132));
    h.put("TimeOffset", floatAt(b, 136));
    h.put("Description", text(nifti1, 148, 80));
    h.put("AuxFile", text(nifti1, 228, 24));
    h.put("QForm", xform(b.getShort(252)));
    h.put("SForm", xform(b.getShort(254)));
    h.put("Quatern", ordered("b", floatAt(b, 256), "c", floatAt(b, 260), "d", floatAt(b, 264)));
    h.put("QuaternOffset", ordered("x", floatAt(b, 268), "y", floatAt(b, 272), "z", floatAt(b, 276)));
    List<Object> affine = new ArrayList<>();
    for (int r = 0; r < 3; r++) {
      List<Object> row = new ArrayList<>();
      for (int c = 0; c < 4; c++) {
        row.add(floatAt(b, 280 + 16 * r + 4 * c));
      }
      affine.add(row);
    }
    h.put("Affine", affine);
    h.put("Name", text(nifti1, 328, 16));
    h.put("NIIFormat", text(nifti1, 344, 4));
    return h;
  }

  /** {@code NIFTIData}: the voxels row-major, little-endian, zlib-compressed. */
  static Map<String, Object> data(NiftiImage image) {
    Grid g = image.grid();
    List<Object> size = List.of(g.nx(), g.ny(), g.nz());
    double[] rowMajor = JniftiImage.toColumnMajor(image.data(), new long[] {g.nz(), g.ny(), g.nx()});
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("_ArrayType_", JniftiCodes.word(image.datatype()));
    d.put("_ArraySize_", size);
    d.put("_ArrayZipType_", "zlib");
    d.put("_ArrayZipSize_", size);
    d.put("_ArrayZipData_", zlib(VoxelCodec.encode(rowMajor, image.datatype(), ByteOrder.LITTLE_ENDIAN)));
    return d;
  }

  private static byte[] zlib(byte[] raw) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length / 4 + 64);
    Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION);
    try (DeflaterOutputStream z = new DeflaterOutputStream(out, deflater, 1 << 16)) {
      z.write(raw);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a ByteArrayOutputStream does not fail
    } finally {
      deflater.end();
    }
    return out.toByteArray();
  }

  /** A float field as the double it is exactly, so JSON and BJData hold the header's own value. */
  private static double floatAt(ByteBuffer b, int at) {
    return b.getFloat(at);
  }

  /** A code JNIfTI spells as a word when it is 0 (unknown) and nimeta writes no other. */
  private static Object code(int value, String zeroWord) {
    return value == 0 ? zeroWord : value;
  }

  private static Object xform(int code) {
    return code >= 0 && code < JniftiCodes.XFORMS.size() ? JniftiCodes.XFORMS.get(code) : code;
  }

  private static Object unit(int code, Map<String, Integer> words) {
    for (Map.Entry<String, Integer> e : words.entrySet()) {
      if (e.getValue() == code) {
        return e.getKey();
      }
    }
    return code;
  }

  private static String text(byte[] bytes, int at, int length) {
    int end = at;
    while (end < at + length && bytes[end] != 0) {
      end++;
    }
    return new String(bytes, at, end - at, StandardCharsets.ISO_8859_1);
  }

  private static Map<String, Object> ordered(Object... keysAndValues) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      m.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return m;
  }
}
