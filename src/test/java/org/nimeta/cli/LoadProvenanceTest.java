package org.nimeta.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nimeta.compile.Sha256;

/** provenance.json records what a load read: the annotation file (hashed) and the space it was told. */
class LoadProvenanceTest {
  @TempDir Path tmp;

  @Test
  void theAnnotationIsAnInputAndTheGivenSpaceIsRecorded() throws Exception {
    Path data = Path.of("examples/data").toAbsolutePath();
    Path script = tmp.resolve("loads.meta");
    Files.writeString(script, "dataset studies = load(\"" + data.resolve("nidm_pain_studyset.json")
        + "\", format = nimads, annotation = \"" + data.resolve("pain_annotation.json") + "\")\n"
        + "dataset tal = load(\"" + data.resolve("tal-no-reference.txt") + "\", space = talairach)\n"
        + "estimate a = ALE(studies)\n"
        + "estimate b = ALE(tal)\n");
    Path out = tmp.resolve("out");
    Cli run = Cli.run("run", script.toString(), "--out", out.toString(), "--quiet");
    assertEquals(0, run.exit(), run.err());

    JsonNode prov = new ObjectMapper().readTree(out.resolve("provenance.json").toFile());
    Path annotation = data.resolve("pain_annotation.json");
    JsonNode entity = null;
    for (JsonNode e : prov.get("entity")) {
      if (e.path("nimeta:path").asText().equals(annotation.toString())) {
        entity = e;
      }
    }
    assertTrue(entity != null, "the annotation is an input entity: " + prov.get("entity"));
    assertEquals("nimeta:AnnotationFile", entity.get("prov:type").asText());
    assertEquals(Sha256.of(annotation), entity.get("nimeta:sha256").asText());
    assertEquals("talairach", prov.at("/activity/nimeta:step~1tal/nimeta:space").asText());
    assertTrue(prov.at("/activity/nimeta:step~1studies/nimeta:space").isMissingNode(), "no space was given there");
  }
}
