package org.nimeta.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every {@code provenance.json} is a valid PROV-JSON document: checked against the W3C
 * submission's schema (src/test/resources/prov-json, see its NOTICE.md) for runs that touch every
 * kind of step and entity: an ALE with Monte Carlo FWE from an imported protocol, image-based
 * estimators on a mask file, and writes with options.
 */
class ProvenanceSchemaTest {
  private static Schema schema;

  @TempDir Path tmp;

  @BeforeAll
  static void loadSchema() throws Exception {
    try (InputStream in = ProvenanceSchemaTest.class.getResourceAsStream("/prov-json/schema.json")) {
      schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(in);
    }
  }

  @Test
  void aleWithMonteCarloFweFromAnImportedProtocol() throws Exception {
    assertValid(run("examples/with-protocol.meta", "--param", "fwe_iters=20"));
  }

  @Test
  void imageBasedEstimatorsOnAMaskFile() throws Exception {
    assertValid(run("examples/ibma-pain.meta"));
  }

  @Test
  void writesWithOptions() throws Exception {
    assertValid(run("examples/mkda-density.meta"));
  }

  /** The schema is not vacuous: an attribute PROV-JSON has no value for, and a usage without its activity, fail. */
  @Test
  void theSchemaRejectsWhatPROVJSONCannotSay() {
    assertFalse(schema.validate("{\"entity\": {\"e\": {\"nimeta:options\": {\"maps\": [\"z\"]}}}}", InputFormat.JSON)
        .isEmpty());
    assertFalse(schema.validate("{\"used\": {\"_:u1\": {\"prov:entity\": \"e\"}}}", InputFormat.JSON).isEmpty());
    assertFalse(schema.validate("{\"steps\": {}}", InputFormat.JSON).isEmpty());
  }

  private String run(String script, String... more) throws Exception {
    Path out = tmp.resolve("out");
    String[] args = new String[4 + more.length];
    args[0] = "run";
    args[1] = script;
    args[2] = "--out";
    args[3] = out.toString();
    System.arraycopy(more, 0, args, 4, more.length);
    Cli cli = Cli.run(args);
    assertEquals(Main.OK, cli.exit(), cli.err());
    return Files.readString(out.resolve("provenance.json"));
  }

  private static void assertValid(String provenance) {
    List<Error> errors = schema.validate(provenance, InputFormat.JSON);
    assertEquals(List.of(), errors.stream().map(Error::toString).toList());
  }
}
