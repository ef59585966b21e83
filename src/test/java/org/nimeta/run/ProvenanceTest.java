package org.nimeta.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nimeta.compile.Plan;
import org.nimeta.compile.Step;

class ProvenanceTest {
  @TempDir Path tmp;

  @Test
  void describesAgentInputsStepsAndOutputsAndTheHashesMatchTheFiles() throws Exception {
    Plan plan = PlanFixtures.painPlan(tmp);
    Path out = Files.createDirectories(tmp.resolve("out/maps/ale"));
    Files.write(out.resolve("stat.nii.gz"), new byte[] {1, 2, 3});
    Files.write(out.resolve("z.nii.gz"), new byte[] {4, 5});
    Files.writeString(tmp.resolve("out/plan.json"), "{}");
    List<OutputFile> outputs = List.of(
        new OutputFile("maps/ale/stat.nii.gz", "ale", "map"),
        new OutputFile("maps/ale/z.nii.gz", "ale", "map"),
        new OutputFile("plan.json", null, "plan"));
    Instant t0 = Instant.parse("2024-05-01T10:00:00Z");
    List<StepRun> runs = new ArrayList<>();
    for (Step s : plan.steps()) {
      Long seed = s instanceof Step.Estimate ? 42L : null;
      runs.add(new StepRun(s, t0, t0.plusSeconds(2), seed, Map.of("experiments", 1)));
    }

    String text = Json.write(Provenance.build(plan, runs, 3, tmp.resolve("out"), outputs));
    JsonNode prov = Json.parse(text);

    assertEquals("urn:nimeta:", prov.at("/prefix/nimeta").asText());
    JsonNode agent = prov.at("/agent/nimeta:nimeta");
    assertEquals("prov:SoftwareAgent", agent.get("prov:type").asText());
    assertEquals(NimetaVersion.get(), agent.get("nimeta:version").asText());
    assertEquals(NimetaVersion.commit(), agent.get("nimeta:commit").asText());
    assertEquals(System.getProperty("java.vendor"), agent.get("nimeta:java_vendor").asText());
    assertEquals(System.getProperty("java.runtime.version"), agent.get("nimeta:java_version").asText());
    assertTrue(agent.get("nimeta:java_vm").asText().startsWith(System.getProperty("java.vm.name")));
    assertEquals(3, agent.get("nimeta:threads").asInt(), "the thread count belongs to the run, not to a step");
    assertTrue(agent.get("nimeta:threads_note").asText().contains("do not depend"));

    JsonNode entities = prov.get("entity");
    JsonNode script = entities.get("nimeta:script");
    assertEquals(plan.script().path().toString(), script.get("nimeta:path").asText());
    assertEquals(sha256(plan.script().path()), script.get("nimeta:sha256").asText());

    Set<String> hashedInputs = new TreeSet<>();
    Set<String> hashedOutputs = new TreeSet<>();
    for (var it = entities.fields(); it.hasNext(); ) {
      var e = it.next();
      JsonNode v = e.getValue();
      if (e.getKey().startsWith("nimeta:input/")) {
        assertEquals(sha256(Path.of(v.get("nimeta:path").asText())), v.get("nimeta:sha256").asText());
        hashedInputs.add(v.get("nimeta:path").asText());
      } else if (e.getKey().startsWith("nimeta:output/")) {
        Path file = tmp.resolve("out").resolve(v.get("nimeta:path").asText());
        assertEquals(sha256(file), v.get("nimeta:sha256").asText(), e.getKey());
        hashedOutputs.add(v.get("nimeta:path").asText());
      }
    }
    assertEquals(Set.of(tmp.resolve("pain.json").toString()), hashedInputs);
    assertEquals(Set.of("maps/ale/stat.nii.gz", "maps/ale/z.nii.gz", "plan.json"), hashedOutputs);
    assertEquals("nimeta:Map", entities.at("/nimeta:output~1maps~1ale~1stat.nii.gz/prov:type").asText());

    JsonNode activities = prov.get("activity");
    assertEquals(plan.steps().size(), activities.size(), "one activity per step");
    JsonNode ale = activities.get("nimeta:step/ale");
    assertEquals("2024-05-01T10:00:00Z", ale.get("prov:startTime").asText());
    assertEquals("2024-05-01T10:00:02Z", ale.get("prov:endTime").asText());
    assertEquals("ALE", ale.get("nimeta:estimator").asText());
    assertEquals("nimeta:Estimate", ale.get("prov:type").asText());
    assertEquals(42, ale.get("nimeta:seed").asLong());
    assertEquals("approximate", ale.get("param:null_method").asText());
    assertEquals(100, ale.get("param:n_iters").asInt(), "numbers stay numbers");
    assertEquals("none", ale.get("kernel:fwhm").asText(), "defaults are recorded too");
    assertEquals("none", ale.get("kernel:sample_size").asText());
    assertFalse(ale.has("nimeta:threads"));
    assertFalse(activities.get("nimeta:step/pain").has("nimeta:seed"), "a step given no seed records none");
    assertEquals("study in [\"pain_01.nidm\"]", activities.at("/nimeta:step~1early/nimeta:where").asText());

    assertRelation(prov, "used", "prov:activity", "nimeta:step/pain", "prov:entity",
        "nimeta:input" + tmp.resolve("pain.json").toUri().getRawPath());
    assertRelation(prov, "used", "prov:activity", "nimeta:step/ale", "prov:entity", "nimeta:template/mni152_2mm");
    JsonNode template = entities.get("nimeta:template/mni152_2mm");
    String resource = "org/nimeta/image/templates/tpl-MNI152NLin6Asym_res-02_desc-brain_mask.nii.gz";
    assertEquals(resource, template.get("nimeta:resource").asText());
    assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(
        getClass().getClassLoader().getResourceAsStream(resource).readAllBytes())), template.get("nimeta:sha256").asText());
    assertRelation(prov, "wasGeneratedBy", "prov:entity", "nimeta:output/maps/ale/z.nii.gz",
        "prov:activity", "nimeta:step/ale");
    assertRelation(prov, "wasInformedBy", "prov:informed", "nimeta:step/ale", "prov:informant", "nimeta:step/early");
    assertRelation(prov, "wasDerivedFrom", "prov:generatedEntity", "nimeta:output/plan.json",
        "prov:usedEntity", "nimeta:script");
    assertEquals(plan.steps().size(), prov.get("wasAssociatedWith").size());
    prov.get("wasAssociatedWith").forEach(r -> {
      assertEquals("nimeta:nimeta", r.get("prov:agent").asText());
      assertEquals("nimeta:script", r.get("prov:plan").asText());
    });
  }

  private static void assertRelation(JsonNode prov, String kind, String k1, String v1, String k2, String v2) {
    for (JsonNode r : prov.get(kind)) {
      if (r.path(k1).asText().equals(v1) && r.path(k2).asText().equals(v2)) {
        return;
      }
    }
    throw new AssertionError("no " + kind + " " + v1 + " → " + v2 + " in " + prov.get(kind));
  }

  static String sha256(Path file) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
  }
}
