package org.nimeta.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every broken JNIfTI file gives a {@link NiftiException} that names the file and says what is
 * wrong and where in it (a JSON line and column, a BJData byte, or the key), as the NIfTI reader's do.
 */
class JniftiCorruptInputTest {
  @TempDir Path dir;

  /** A valid 2×2×2 float32 .jnii written by nimeta, as text. */
  private String valid() throws IOException {
    Path file = dir.resolve("valid.jnii");
    Nifti.write(file, new NiftiImage(new Grid(2, 2, 2, Affine.scaled(2, 2, 2, 0, 0, 0)),
        new double[] {1, 2, 3, 4, 5, 6, 7, 8}, NiftiDatatype.FLOAT32));
    return Files.readString(file);
  }

  private String problem(byte[] bytes, String name) throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, bytes);
    NiftiException e = assertThrows(NiftiException.class, () -> Nifti.read(file));
    assertEquals(file, e.file());
    String prefix = "`" + file + "` ";
    assertEquals(prefix, e.getMessage().substring(0, prefix.length()));
    return e.getMessage().substring(prefix.length());
  }

  private String problem(String text, String name) throws IOException {
    return problem(text.getBytes(StandardCharsets.UTF_8), name);
  }

  @Test
  void truncatedJson() throws IOException {
    String text = valid();
    String message = problem(text.substring(0, text.length() / 2), "half.jnii");
    assertEquals(true, message.startsWith("is truncated: its JSON ends at line "), message);
  }

  @Test
  void invalidJsonSaysWhere() throws IOException {
    assertEquals("is not valid JSON at line 2, column 16: Unexpected character ('}' (code 125)): expected a value.",
        problem("{\n  \"NIFTIData\": }\n", "syntax.jnii"));
  }

  @Test
  void badBase64() throws IOException {
    String text = valid().replaceFirst("\"_ArrayZipData_\" : \"", "\"_ArrayZipData_\" : \"@@");
    assertEquals(true, problem(text, "b64.jnii").startsWith(
        "is damaged: its `NIFTIData._ArrayZipData_` is not valid base64 ("), text);
  }

  @Test
  void sizesThatDisagree() throws IOException {
    String text = valid().replaceFirst("\"_ArraySize_\" : \\[ 2, 2, 2 \\]", "\"_ArraySize_\" : [ 2, 2, 3 ]");
    assertEquals("has inconsistent sizes: `NIFTIData._ArrayZipSize_` [2,2,2] holds 8 values but `_ArraySize_` "
        + "needs 12.", problem(text, "sizes.jnii"));
    String dim = valid().replaceFirst("\"Dim\" : \\[ 2, 2, 2 \\]", "\"Dim\" : [ 2, 2, 3 ]");
    assertEquals("has inconsistent sizes: `NIFTIHeader.Dim` is [2,2,3] but `NIFTIData` holds an array of shape "
        + "[2,2,2].", problem(dim, "dim.jnii"));
  }

  @Test
  void voxelDataShorterThanItsSize() throws IOException {
    String text = valid().replaceAll("\\[ 2, 2, 2 \\]", "[ 2, 2, 3 ]");
    assertEquals("is truncated: its voxel data (`NIFTIData._ArrayZipData_`, zlib) holds 32 bytes once "
        + "decompressed, but its `_ArraySize_` needs 48.", problem(text, "short.jnii"));
  }

  @Test
  void nanInTheAffineAndInIntegerData() throws IOException {
    String text = valid().replaceFirst("\\[ -?0\\.0, 2\\.0, 0\\.0, 0\\.0 \\]", "[ 0.0, \"_NaN_\", 0.0, 0.0 ]");
    assertEquals("has an invalid sform: it contains NaN.", problem(text, "nan.jnii"));
    assertEquals("has an invalid `NIFTIData._ArrayData_`: it holds NaN, which uint8 values cannot be.",
        problem("{\"NIFTIData\": {\"_ArrayType_\": \"uint8\", \"_ArraySize_\": [2, 1, 1], \"_ArrayData_\": [1, \"_NaN_\"]}}",
            "nan-data.jnii"));
  }

  @Test
  void truncatedBinary() throws IOException {
    Path file = dir.resolve("valid.bnii");
    Nifti.write(file, new NiftiImage(new Grid(2, 2, 2, Affine.scaled(2, 2, 2, 0, 0, 0)),
        new double[] {1, 2, 3, 4, 5, 6, 7, 8}, NiftiDatatype.FLOAT32));
    byte[] bytes = Files.readAllBytes(file);
    String message = problem(Arrays.copyOf(bytes, bytes.length - 20), "cut.bnii");
    assertEquals(true, message.startsWith("is truncated: its BJData ends at byte "), message);
  }

  @Test
  void compressionNimetaCannotRead() throws IOException {
    String text = valid().replaceFirst("\"zlib\"", "\"lz4\"");
    assertEquals("stores its voxels compressed with `lz4`, which nimeta cannot read; save it with zlib, gzip or "
        + "lzma compression (or none).", problem(text, "lz4.jnii"));
  }

  @Test
  void namedJniftiButNotJson() throws IOException {
    assertEquals("is not a JNIfTI file: it does not start with `{` (text JNIfTI is a JSON object, binary "
        + "JNIfTI a BJData object).", problem("x,y,z\n", "table.jnii"));
    assertEquals("has no `NIFTIData`: it is JSON or BJData but not a JNIfTI image.",
        problem("{\"name\": 1}", "other.jnii"));
  }
}
