package org.nimeta.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nimeta.compile.Plan;

class PlanJsonTest {
  @TempDir Path tmp;

  @Test
  void printsTheScriptSpaceParamsAndEveryStepWithAllItsValues() throws Exception {
    Plan plan = PlanFixtures.painPlan(tmp);
    String text = PlanJson.write(plan);
    JsonNode json = Json.parse(text);

    assertEquals("pain.meta", json.at("/script/name").asText());
    assertEquals(tmp.resolve("pain.meta").toString(), json.at("/script/path").asText());
    assertEquals(ProvenanceTest.sha256(tmp.resolve("pain.meta")), json.at("/script/sha256").asText());
    assertEquals(1, json.get("language_version").asInt());
    assertEquals(42, json.get("seed").asLong());
    assertEquals("mni152_2mm", json.at("/space/template").asText());
    assertEquals("fwhm", json.at("/params/0/name").asText());
    assertEquals(12.0, json.at("/params/0/value").asDouble());
    assertEquals("12mm", json.at("/params/0/text").asText());
    assertTrue(json.at("/params/0/overridden").asBoolean());

    JsonNode steps = json.get("steps");
    assertEquals(4, steps.size());
    JsonNode load = steps.get(0);
    assertEquals("load", load.get("kind").asText());
    assertEquals("pain.meta:3:1", load.get("origin").asText());
    assertEquals(tmp.resolve("pain.json").toString(), load.at("/files/0").asText());
    assertTrue(load.get("format").isNull(), "no format means: detect it");

    assertEquals("study in [\"pain_01.nidm\"]", steps.get(1).get("where").asText());
    assertEquals("pain", steps.get(1).at("/inputs/0").asText());

    JsonNode ale = steps.get(2);
    assertEquals("estimate", ale.get("kind").asText());
    assertEquals("ALE", ale.get("estimator").asText());
    assertEquals("early", ale.at("/datasets/0").asText());
    assertEquals("ALEKernel", ale.at("/kernel/type").asText());
    assertTrue(ale.at("/kernel/params/fwhm").isNull(), "a default 'not set' is still listed");
    assertEquals("ALEKernel(fwhm = none, sample_size = none)", ale.at("/kernel/text").asText());
    assertEquals("approximate", ale.at("/params/null_method").asText());
    assertEquals(100, ale.at("/params/n_iters").asLong());
    assertTrue(ale.at("/params/n_iters").isIntegralNumber());
    assertTrue(ale.get("seed").isNull());

    assertEquals("maps/ale", steps.get(3).get("directory").asText());
    assertTrue(text.endsWith("}\n"));
    assertTrue(text.contains("\"kind\": \"load\""), "the house JSON style: key, colon, space");
  }

  @Test
  void aMaskFileSpaceIsPrintedAsItsPath() throws Exception {
    Plan p = PlanFixtures.painPlan(tmp);
    Path mask = tmp.resolve("roi.nii.gz");
    Plan withMask = new Plan(p.script(), p.languageVersion(), null, Plan.AnalysisSpace.file(mask), p.params(), p.steps());
    JsonNode json = Json.parse(PlanJson.write(withMask));
    assertEquals(mask.toString(), json.at("/space/mask_file").asText());
    assertTrue(json.get("seed").isNull());
  }
}
