package org.nimeta.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nimeta.compile.Compiler;
import org.nimeta.compile.Plan;
import org.nimeta.compile.Step;
import org.nimeta.data.CoordinateSpace;
import org.nimeta.data.SpaceCount;
import org.nimeta.lang.SourceFile;

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
  void aLoadShowsTheGivenSpaceItsAnnotationAndTheSpacesItsFociWereReadIn() throws Exception {
    Path data = tmp.resolve("studyset.json");
    Path notes = tmp.resolve("notes.json");
    Step.LoadDataset load = new Step.LoadDataset("d", List.of(data), "nimads", null,
        PlanFixtures.statement(SourceFile.of("x.meta", "dataset d = load(\"studyset.json\")\n"), 1), "talairach",
        notes, List.of()).withSpacesRead(List.of(new SpaceCount(CoordinateSpace.MNI, null, 3),
            new SpaceCount(CoordinateSpace.TALAIRACH, null, 2), new SpaceCount(CoordinateSpace.UNKNOWN, "mni152", 1)));
    Plan p = PlanFixtures.painPlan(tmp);
    Plan plan = new Plan(p.script(), p.languageVersion(), p.seed(), p.space(), p.params(), List.of(load));
    JsonNode json = Json.parse(PlanJson.write(plan)).at("/steps/0");
    assertEquals("talairach", json.get("space").asText());
    assertEquals(notes.toString(), json.get("annotation").asText());
    JsonNode read = json.get("spaces_read");
    assertEquals(3, read.size());
    assertEquals("mni", read.at("/0/space").asText());
    assertTrue(read.at("/0/converted_to_mni").isNull());
    assertEquals("talairach", read.at("/1/space").asText());
    assertEquals(2, read.at("/1/experiments").asInt());
    assertEquals("tal2icbm (Lancaster)", read.at("/1/converted_to_mni").asText());
    assertEquals("mni152", read.at("/2/space").asText());
    assertFalse(read.at("/2/recognised").asBoolean());
  }

  @Test
  void aPinnedLoadStatesItsHashesAndAnUnpinnedOneHasNoSuchKey() throws Exception {
    String hash = "1a06e716b77975b081f36387b85f1ddb87b76768f2e9dd54d245a720a71c33bf";
    Step.LoadDataset unpinned = new Step.LoadDataset("d", List.of(tmp.resolve("a.json")), null, null,
        PlanFixtures.statement(SourceFile.of("x.meta", "dataset d = load(\"a.json\")\n"), 1), null, null, List.of());
    Step.LoadDataset pinned = new Step.LoadDataset(unpinned.name(), unpinned.files(), null, null, unpinned.origin(),
        null, null, List.of(), new Step.LoadDataset.Pins(unpinned.origin(), unpinned.origin(), List.of(hash),
            List.of(unpinned.origin())));
    Plan p = PlanFixtures.painPlan(tmp);
    for (Step.LoadDataset load : List.of(unpinned, pinned)) {
      Plan plan = new Plan(p.script(), p.languageVersion(), p.seed(), p.space(), p.params(), List.of(load));
      JsonNode json = Json.parse(PlanJson.write(plan)).at("/steps/0");
      assertEquals(load == pinned, json.has("sha256"), "sha256 key");
      if (load == pinned) {
        assertEquals(hash, json.at("/sha256/0").asText());
      }
    }
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

  @Test
  void everyDatasetStepHasTheCountsItsDataCheckFoundAndNoCacheFormHoldsThem() {
    String script = """
        dataset pain = load("data/nidm_pain_dset.json")
        dataset early = pain where study in ["pain_01.nidm", "pain_02.nidm"]
        dataset late = pain - early
        estimate ale = ALE(late)
        """;
    SourceFile src = new SourceFile("t.meta", Path.of("src/test/resources/scripts/ok/t.meta").toAbsolutePath(), script);
    Plan checked = Compiler.compile(src, new Compiler.Options(Map.of(), true)).plan();
    JsonNode steps = PlanJson.toJson(checked).get("steps");
    // 21 experiments, 267 foci in the file; pain_01 and pain_02 report 16 and 8 of them.
    assertEquals(21, steps.at("/0/counts/experiments").asInt());
    assertEquals(267, steps.at("/0/counts/foci").asInt());
    assertEquals(2, steps.at("/1/counts/experiments").asInt());
    assertEquals(24, steps.at("/1/counts/foci").asInt());
    assertEquals(19, steps.at("/2/counts/experiments").asInt());
    assertEquals(243, steps.at("/2/counts/foci").asInt());
    assertFalse(steps.get(3).has("counts"), "an estimate makes no dataset");
    for (Step step : checked.steps()) {
      assertFalse(PlanJson.step(step).has("counts"), "the cache keys a dataset by its digest, not its counts");
    }

    Plan unchecked = Compiler.compile(src, new Compiler.Options(Map.of(), false)).plan();
    assertFalse(PlanJson.toJson(unchecked).at("/steps/0").has("counts"), "no data read, no counts");
  }
}
