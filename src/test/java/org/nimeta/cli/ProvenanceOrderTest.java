package org.nimeta.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nimeta.run.Json;

/**
 * The provenance graph of a run follows what really happened: a write that thresholds corrected
 * maps used the results of the estimate and of the correction, which were generated before the
 * write started, and every entity is generated within the activity that made it.
 */
class ProvenanceOrderTest {
  private static final String SCRIPT = """
      seed 3
      dataset pain = load("%s")
      estimate ale = ALE(pain)
      write ale to "thresholded" (alpha = 0.1, clusters = true)
      write ale to "uncorrected" (maps = ["z"], stat_threshold = 3.1)
      correct ale with FWE(method = montecarlo, n_iters = 21)
      correct ale with FDR(method = indep)
      """;

  @TempDir static Path tmp;
  static JsonNode prov;

  @BeforeAll
  static void runIt() throws IOException {
    Path script = Files.writeString(tmp.resolve("p.meta"),
        SCRIPT.formatted(Path.of("examples/data/nidm_pain_dset.json").toAbsolutePath()));
    Path out = tmp.resolve("p.out");
    Cli run = Cli.run("run", script.toString(), "--out", out.toString(), "--quiet");
    assertEquals(0, run.exit(), run.err());
    prov = Json.parse(Files.readString(out.resolve("provenance.json")));
  }

  @Test
  void everyEntityIsGeneratedAfterItsActivityStartedAndBeforeItEnded() {
    int generated = 0;
    for (JsonNode g : prov.get("wasGeneratedBy")) {
      JsonNode activity = activity(g.get("prov:activity").asText());
      assertNotNull(g.get("prov:time"), "every generation has its time: " + g);
      Instant at = Instant.parse(g.get("prov:time").asText());
      assertTrue(!at.isBefore(start(activity)), g + " before its activity started");
      assertTrue(!at.isAfter(end(activity)), g + " after its activity ended");
      generated++;
    }
    assertTrue(generated > 20, "maps, tables and results are generated: " + generated);
  }

  @Test
  void everyUsedEntityWasGeneratedByAnActivityThatEndedBeforeTheUserStarted() {
    Map<String, String> generator = new HashMap<>();
    prov.get("wasGeneratedBy").forEach(g -> generator.put(g.get("prov:entity").asText(), g.get("prov:activity").asText()));
    int fromSteps = 0;
    for (JsonNode u : prov.get("used")) {
      String by = generator.get(u.get("prov:entity").asText());
      if (by == null) {
        continue; // an input file or the template: made before the run
      }
      JsonNode user = activity(u.get("prov:activity").asText());
      assertTrue(!end(activity(by)).isAfter(start(user)), u + ": its entity was made by " + by + " after the use began");
      fromSteps++;
    }
    assertTrue(fromSteps >= 4, "each write uses results of steps: " + fromSteps);
  }

  @Test
  void aThresholdingWriteUsedAndWasInformedByEachCorrectionItThresholds() {
    String write = "nimeta:step/ale-%3Ethresholded";
    Set<String> used = new HashSet<>();
    prov.get("used").forEach(u -> {
      if (u.get("prov:activity").asText().equals(write)) {
        used.add(u.get("prov:entity").asText());
      }
    });
    assertEquals(Set.of("nimeta:result/ale", "nimeta:result/ale/FWE:montecarlo", "nimeta:result/ale/FDR:indep"), used);
    Set<String> informants = new HashSet<>();
    prov.get("wasInformedBy").forEach(i -> {
      if (i.get("prov:informed").asText().equals(write)) {
        informants.add(i.get("prov:informant").asText());
      }
    });
    assertEquals(Set.of("nimeta:step/ale", "nimeta:step/ale/FWE:montecarlo", "nimeta:step/ale/FDR:indep"), informants);

    Set<String> usedByUncorrected = new HashSet<>();
    prov.get("used").forEach(u -> {
      if (u.get("prov:activity").asText().equals("nimeta:step/ale-%3Euncorrected")) {
        usedByUncorrected.add(u.get("prov:entity").asText());
      }
    });
    assertEquals(Set.of("nimeta:result/ale"), usedByUncorrected, "a stat_threshold reads the estimate only");
  }

  @Test
  void theThresholdedMapsAndTablesAreGeneratedByTheWrite() {
    String table = "nimeta:output/thresholded/z_corr-FDR_method-indep_alpha-0.1_clusters.tsv";
    for (JsonNode g : prov.get("wasGeneratedBy")) {
      if (g.get("prov:entity").asText().equals(table)) {
        assertEquals("nimeta:step/ale-%3Ethresholded", g.get("prov:activity").asText());
        return;
      }
    }
    throw new AssertionError("no generation of " + table);
  }

  private static JsonNode activity(String id) {
    JsonNode a = prov.get("activity").get(id);
    assertNotNull(a, "no activity " + id);
    return a;
  }

  private static Instant start(JsonNode activity) {
    return Instant.parse(activity.get("prov:startTime").asText());
  }

  private static Instant end(JsonNode activity) {
    return Instant.parse(activity.get("prov:endTime").asText());
  }
}
