package org.nimeta.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nimeta.run.Json;

/**
 * An estimate with two corrections and a {@code write} statement: the corrections' maps land in
 * the estimate's folder and equal NiMARE's {@code FDRCorrector} maps (reference case {@code ale_fdr}).
 */
class CorrectionsEndToEndTest {
  /** NiMARE's maps are float64 cast to float32, as ours: equal at float32 precision. */
  static final double FLOAT32_ULPS = 1;

  private static final String SCRIPT = """
      version 1
      dataset pain = load("data/nidm_pain_dset.json")
      estimate ale = ALE(pain, null_method = approximate)
      correct ale with FDR(method = indep, alpha = 0.05)
      correct ale with FDR(method = negcorr, alpha = 0.05)
      write ale to "maps/ale"
      """;

  @TempDir static Path tmp;
  static Cli run;
  static Path maps;

  @BeforeAll
  static void runIt() throws Exception {
    Files.createDirectories(tmp.resolve("data"));
    Files.copy(Path.of("examples/data/nidm_pain_dset.json"), tmp.resolve("data/nidm_pain_dset.json"));
    Path script = Files.writeString(tmp.resolve("fdr.meta"), SCRIPT);
    run = Cli.run("run", script.toString(), "--quiet");
    maps = tmp.resolve("fdr.out/maps/ale");
  }

  @Test
  void correctedMapsEqualNimaresFdrMaps() {
    assertEquals(0, run.exit(), run.err());
    for (String map : List.of("p_corr-FDR_method-indep", "z_corr-FDR_method-indep",
        "p_corr-FDR_method-negcorr", "z_corr-FDR_method-negcorr")) {
      ReferenceMaps.assertMatches(maps.resolve(map + ".nii.gz"),
          ReferenceMaps.NIMARE.resolve("ale_fdr/" + map + ".nii.gz"), 0, FLOAT32_ULPS);
    }
  }

  @Test
  void eachCorrectionIsItsOwnActivityThatGeneratedItsMaps() throws Exception {
    assertEquals(0, run.exit(), run.err());
    JsonNode prov = Json.parse(Files.readString(tmp.resolve("fdr.out/provenance.json")));
    JsonNode indep = prov.at("/activity/nimeta:step~1ale~1FDR:indep");
    assertEquals("nimeta:Correct", indep.get("prov:type").asText());
    assertEquals("FDR", indep.get("nimeta:corrector").asText());
    assertEquals("indep", indep.get("param:method").asText());
    assertEquals(0.05, indep.get("param:alpha").asDouble());
    boolean found = false;
    for (JsonNode g : prov.get("wasGeneratedBy")) {
      if (g.get("prov:entity").asText().equals("nimeta:output/maps/ale/z_corr-FDR_method-negcorr.nii.gz")) {
        assertEquals("nimeta:step/ale/FDR:negcorr", g.get("prov:activity").asText());
        found = true;
      }
    }
    assertTrue(found, "the negcorr z map names the step that made it");
  }
}
