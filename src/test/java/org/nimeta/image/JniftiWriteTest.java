package org.nimeta.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What nimeta writes as JNIfTI is valid against the specification's JSON schema, and reads back as
 * the NIfTI it stands for: NIfTI → .jnii/.bnii → read gives the same grid, datatype and voxels.
 */
class JniftiWriteTest {
  private static Schema schema;

  @TempDir Path dir;

  @BeforeAll
  static void loadSchema() throws IOException {
    try (InputStream in = JniftiWriteTest.class.getResourceAsStream("/jnifti/jnifti_format_schema.json")) {
      schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(in);
    }
  }

  /** An MNI-like 2 mm grid, x flipped (qfac -1), with float32 values, NaN and zeros among them. */
  private static NiftiImage map(NiftiDatatype type) {
    Grid grid = new Grid(9, 8, 7, Affine.scaled(-2, 2, 2, 90, -126, -72));
    Random random = new Random(11);
    double[] values = new double[grid.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = type.isInteger() ? random.nextInt(200) - (type == NiftiDatatype.UINT8 ? 0 : 100)
          : (float) (random.nextGaussian() * 3);
    }
    if (!type.isInteger()) {
      values[5] = Double.NaN;
      values[6] = 0;
    }
    return new NiftiImage(grid, values, type);
  }

  @Test
  void niftiToJniftiAndBackKeepsHeaderAndVoxels() {
    for (NiftiDatatype type : List.of(NiftiDatatype.FLOAT32, NiftiDatatype.FLOAT64, NiftiDatatype.UINT8,
        NiftiDatatype.INT16)) {
      Path nifti = dir.resolve(type.label() + ".nii.gz");
      Nifti.write(nifti, map(type));
      NiftiImage original = Nifti.read(nifti);
      for (String suffix : List.of(".jnii", ".bnii")) {
        Path jnifti = dir.resolve(type.label() + suffix);
        Nifti.write(jnifti, original);
        NiftiImage back = Nifti.read(jnifti);
        assertEquals(original.grid().affine(), back.grid().affine(), suffix);
        assertArrayEquals(original.grid().zooms(), back.grid().zooms(), suffix);
        assertEquals(original.grid().nx(), back.grid().nx());
        assertEquals(original.grid().nz(), back.grid().nz());
        assertEquals(original.datatype(), back.datatype(), suffix);
        assertArrayEquals(original.data(), back.data(), suffix);
      }
    }
  }

  @Test
  void textJniftiIsValidAgainstTheSchemaAndStatesTheNiftiHeader() throws IOException {
    Path file = dir.resolve("z.jnii");
    Nifti.write(file, map(NiftiDatatype.FLOAT32));
    String text = Files.readString(file);
    List<Error> errors = schema.validate(text, InputFormat.JSON);
    assertTrue(errors.isEmpty(), errors.toString());
    JsonNode root = new ObjectMapper().readTree(text);
    JsonNode h = root.get("NIFTIHeader");
    assertEquals("[9,8,7]", h.get("Dim").toString());
    assertEquals("single", h.get("DataType").asText());
    assertEquals(32, h.get("BitDepth").asInt());
    assertEquals("[2.0,2.0,2.0]", h.get("VoxelSize").toString());
    assertEquals("aligned_anat", h.get("SForm").asText());
    assertEquals("[[-2.0,0.0,0.0,90.0],[0.0,2.0,0.0,-126.0],[0.0,0.0,2.0,-72.0]]", h.get("Affine").toString());
    assertEquals("l", h.get("Orientation").get("x").asText());
    assertEquals("mm", h.get("Unit").get("L").asText());
    JsonNode data = root.get("NIFTIData");
    assertEquals("zlib", data.get("_ArrayZipType_").asText());
    assertEquals("[9,8,7]", data.get("_ArraySize_").toString());
    // Row-major, as JData reads it when no _ArrayOrder_ is given: voxel (i, j, k) = element (i*8 + j)*7 + k.
    byte[] raw = new java.util.zip.InflaterInputStream(new java.io.ByteArrayInputStream(
        Base64.getDecoder().decode(data.get("_ArrayZipData_").asText()))).readAllBytes();
    java.nio.FloatBuffer floats = java.nio.ByteBuffer.wrap(raw).order(java.nio.ByteOrder.LITTLE_ENDIAN).asFloatBuffer();
    NiftiImage image = map(NiftiDatatype.FLOAT32);
    int i = 4;
    int j = 3;
    int k = 2;
    assertEquals((float) image.data()[i + 9 * (j + 8 * k)], floats.get((i * 8 + j) * 7 + k));
  }

  @Test
  void binaryJniftiHoldsTheSameDocumentAndIsValidOnceItsBytesAreBase64() throws IOException {
    Path bnii = dir.resolve("z.bnii");
    Path jnii = dir.resolve("z.jnii");
    NiftiImage image = map(NiftiDatatype.FLOAT32);
    Nifti.write(bnii, image);
    Nifti.write(jnii, image);
    JsonNode binary = BjdataReader.read(Files.readAllBytes(bnii), ImageSource.of(bnii));
    JsonNode asJson = withBase64(binary);
    List<Error> errors = schema.validate(asJson.toString(), InputFormat.JSON);
    assertTrue(errors.isEmpty(), errors.toString());
    assertEquals(new ObjectMapper().readTree(Files.readString(jnii)).toString(), asJson.toString());
    assertEquals('{', Files.readAllBytes(bnii)[0]);
  }

  /** The tree with each packed byte array as base64 text, as the JSON form stores it. */
  private static JsonNode withBase64(JsonNode node) {
    TypedArray t = JdataValues.typed(node);
    if (t != null) {
      return new ObjectMapper().getNodeFactory().textNode(Base64.getEncoder().encodeToString(t.bytes()));
    }
    if (node instanceof ObjectNode o) {
      ObjectNode out = new ObjectMapper().createObjectNode();
      for (Map.Entry<String, JsonNode> e : o.properties()) {
        out.set(e.getKey(), withBase64(e.getValue()));
      }
      return out;
    }
    if (node instanceof ArrayNode a) {
      ArrayNode out = new ObjectMapper().createArrayNode();
      a.forEach(item -> out.add(withBase64(item)));
      return out;
    }
    return node;
  }
}
