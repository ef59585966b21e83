package org.nimeta.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nimeta.compile.Compiler;
import org.nimeta.compile.Sha256;
import org.nimeta.lang.SourceFile;

/** What {@code nimeta verify} needs to re-run a run is in its provenance: texts and overrides. */
class ProvenanceRerunRecordTest {
  @TempDir Path tmp;

  @Test
  void recordsTheScriptTextEachImportAndTheOverrides() throws Exception {
    Files.copy(Path.of("examples/data/nidm_pain_dset.json"), tmp.resolve("pain.json"));
    Path protocols = Files.createDirectories(tmp.resolve("protocols"));
    String imported = "seed 7\nparam sample = 20\nkernel fixed = ALEKernel(sample_size = sample)\n";
    Files.writeString(protocols.resolve("lab.meta"), imported);
    String text = "version 1\nimport \"protocols/lab.meta\"\nparam label = \"first\"\n"
        + "dataset pain = load(\"pain.json\")\nestimate ale = ALE(pain, kernel = fixed, null_method = approximate)\n";
    Path script = tmp.resolve("study.meta");
    Files.writeString(script, text);

    Compiler.Result compiled = Compiler.compile(SourceFile.read(script, "study.meta"),
        new Compiler.Options(Map.of("sample", "25", "label", "\"a \\\"quoted\\\" name\""), true));
    assertTrue(compiled.ok(), compiled.diagnostics().toString());
    Run.Report report = Run.execute(compiled.plan(), new Run.Options(tmp.resolve("out"), false, 1, RunListener.NONE));
    assertTrue(report.ok(), report.diagnostics().toString());
    JsonNode entities = Json.parse(Files.readString(report.provenance())).get("entity");

    JsonNode s = entities.get("nimeta:script");
    assertEquals(text, s.get("nimeta:text").asText());
    assertEquals("study.meta", s.get("prov:label").asText());

    JsonNode lab = entities.get("nimeta:import/protocols/lab.meta");
    assertEquals(protocols.resolve("lab.meta").toString(), lab.get("nimeta:path").asText());
    assertEquals(Sha256.of(protocols.resolve("lab.meta")), lab.get("nimeta:sha256").asText());
    assertEquals(imported, lab.get("nimeta:text").asText());

    JsonNode overrides = entities.get("nimeta:overrides");
    assertEquals("25", overrides.get("param:sample").asText());
    assertEquals("\"a \\\"quoted\\\" name\"", overrides.get("param:label").asText());
    assertEquals(3, overrides.size(), "prov:type and one attribute per override: " + overrides);
    for (JsonNode e : entities) {
      e.fields().forEachRemaining(f -> assertTrue(f.getValue().isValueNode(), "PROV-JSON values are plain: " + f));
    }
  }

  @Test
  void aRunWithoutOverridesRecordsAnEmptyOverridesEntity() throws Exception {
    Files.copy(Path.of("examples/data/nidm_pain_dset.json"), tmp.resolve("pain.json"));
    Path script = tmp.resolve("s.meta");
    Files.writeString(script, "version 1\ndataset pain = load(\"pain.json\")\nestimate ale = ALE(pain, null_method = approximate)\n");
    Compiler.Result compiled = Compiler.compile(SourceFile.read(script, "s.meta"), Compiler.Options.defaults());
    Run.Report report = Run.execute(compiled.plan(), new Run.Options(tmp.resolve("out"), false, 1, RunListener.NONE));
    JsonNode overrides = Json.parse(Files.readString(report.provenance())).at("/entity/nimeta:overrides");
    assertEquals("nimeta:Overrides", overrides.get("prov:type").asText());
    assertFalse(overrides.fieldNames().next().startsWith("param:"));
    assertEquals(1, overrides.size());
  }
}
