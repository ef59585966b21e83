package org.nimeta.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nimeta.run.Json;

class DiffCommandTest {
  private static final String HEAD = "version 1\nseed 42\ndataset pain = load(\"pain.json\")\n";

  @TempDir Path tmp;

  private Path script(String name, String body) throws Exception {
    if (!Files.exists(tmp.resolve("pain.json"))) {
      Files.copy(Path.of("examples/data/nidm_pain_dset.json"), tmp.resolve("pain.json"));
    }
    return Files.writeString(tmp.resolve(name), HEAD + body);
  }

  @Test
  void aChangedIterationCountIsShownOnItsStepWithDefaultsResolved() throws Exception {
    // `ALE(pain)` and `ALE(pain, n_iters = 10000)` are the same analysis: 10000 is the default.
    Path old = script("old.meta", "estimate ale = ALE(pain)\ncorrect ale with FWE(method = montecarlo, n_iters = 5000)\n");
    Path now = script("new.meta", "estimate ale = ALE(pain, n_iters = 10000)\ncorrect ale with FWE(method = montecarlo, n_iters = 10000)\n");

    Cli c = Cli.run("diff", old.toString(), now.toString());
    assertEquals(0, c.exit(), c.err());
    assertTrue(c.out().contains("step ale (estimate): unchanged\n"), c.out());
    assertTrue(c.out().contains("step ale/FWE:montecarlo (correct): n_iters 5000 → 10000\n"), c.out());
    assertTrue(c.out().contains("Outputs that will change: ale/ (ale/FWE:montecarlo)."), c.out());

    JsonNode json = Json.parse(Cli.run("diff", "--json", old.toString(), now.toString()).out());
    JsonNode correct = json.at("/steps/2");
    assertEquals("changed", correct.get("status").asText());
    assertEquals("n_iters", correct.at("/changes/0/field").asText());
    assertEquals("5000", correct.at("/changes/0/before").asText());
    assertEquals("10000", correct.at("/changes/0/after").asText());
    assertEquals("same", json.at("/steps/1/status").asText());
  }

  @Test
  void aChangedSelectionNamesTheExperimentsGainedAndWhatFollowsFromThem() throws Exception {
    Path old = script("old.meta", "dataset early = pain where study ~ \"pain_0[1-5]\"\nestimate ale = ALE(early)\n");
    Path now = script("new.meta", "dataset early = pain where study ~ \"pain_0[1-6]\"\nestimate ale = ALE(early)\n");

    Cli c = Cli.run("diff", old.toString(), now.toString());
    assertEquals(0, c.exit(), c.err());
    assertTrue(c.out().contains("step early (select): where study ~ \"pain_0[1-5]\" → study ~ \"pain_0[1-6]\"; "
        + "gains 1 experiment: pain_06.nidm-1\n"), c.out());
    assertTrue(c.out().contains("step ale (estimate): unchanged itself, but it reads a step that changes\n"), c.out());
    assertTrue(c.out().contains("Outputs that will change: ale/ (ale)."), c.out());

    JsonNode json = Json.parse(Cli.run("diff", "--json", old.toString(), now.toString()).out());
    assertEquals("pain_06.nidm-1", json.at("/steps/1/experiments_gained/0").asText());
    assertEquals(0, json.at("/steps/1/experiments_lost").size());
  }

  @Test
  void aScriptIsComparedWithAnEarlierCommitOfItself() throws Exception {
    Path s = script("pain.meta", "dataset early = pain where study ~ \"pain_0[1-5]\"\nestimate ale = ALE(early)\n");
    git("init", "-q");
    git("add", ".");
    git("-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-q", "-m", "first");
    Files.writeString(s, Files.readString(s).replace("[1-5]", "[2-5]"));

    Cli c = Cli.run("diff", s + "@HEAD", s.toString());
    assertEquals(0, c.exit(), c.err());
    assertTrue(c.out().contains("loses 1 experiment: pain_01.nidm-1"), c.out());

    Cli bad = Cli.run("diff", s + "@no-such-revision", s.toString());
    assertEquals(2, bad.exit());
    assertTrue(bad.err().contains("git cannot show `" + s + "` at revision `no-such-revision`"), bad.err());
  }

  @Test
  void twoRunsShowTheirPlansThenTheMapsAndTablesThatDiffer() throws Exception {
    Path a = VerifyCommandTest.run(Files.createDirectories(tmp.resolve("a")), 2);
    Files.copy(Path.of("examples/data/nidm_pain_dset.json"), Files.createDirectories(tmp.resolve("b")).resolve("pain.json"));
    Files.writeString(tmp.resolve("b/fwe.meta"), VerifyCommandTest.SCRIPT);
    Path b = tmp.resolve("b/fwe.out");
    assertEquals(0, Cli.run("run", tmp.resolve("b/fwe.meta").toString(), "--out", b.toString(), "--quiet").exit());

    Cli c = Cli.run("diff", a.toString(), b.toString());
    assertEquals(0, c.exit(), c.err());
    assertTrue(c.out().contains("param iters: 30 → 40\n"), c.out());
    assertTrue(c.out().contains("step ale/FWE:montecarlo (correct): n_iters 30 → 40\n"), c.out());
    assertTrue(c.out().contains("identical  ale/stat.nii.gz\n"), c.out());
    assertTrue(c.out().contains("identical  ale/z.nii.gz\n"), c.out());
    List<String> differing = new ArrayList<>(c.out().lines().filter(l -> l.startsWith("  differs ")).toList());
    assertTrue(differing.stream().anyMatch(l -> l.matches(
        "  differs    ale/logp_level-voxel_corr-FWE_method-montecarlo\\.nii\\.gz: [0-9,]+ of [0-9,]+ voxels differ, "
            + "largest absolute difference [0-9.e+-]+, correlation [0-9.-]+")), c.out());
    assertTrue(differing.stream().anyMatch(l -> l.startsWith("  differs    ale/fwe_null.tsv: ") && l.contains("10 rows added")),
        c.out());

    JsonNode json = Json.parse(Cli.run("diff", "--json", a.toString(), b.toString()).out());
    int maps = 0;
    for (JsonNode f : json.get("files")) {
      if (f.has("map")) {
        maps++;
        assertTrue(f.at("/map/differing_voxels").asInt() > 0, f.toString());
        assertTrue(f.at("/map/correlation").asDouble() <= 1, f.toString());
      }
    }
    assertTrue(maps >= 3, json.toString());
    assertEquals("n_iters", json.at("/plan/steps/2/changes/0/field").asText(), json.toString());
  }

  @Test
  void aScriptAndADirectoryDoNotCompare() throws Exception {
    Path s = script("s.meta", "estimate ale = ALE(pain)\n");
    Cli c = Cli.run("diff", s.toString(), tmp.toString());
    assertEquals(2, c.exit());
    assertTrue(c.err().contains("compare two scripts or two output directories"), c.err());
  }

  private void git(String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("git"));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).directory(tmp.toFile()).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes());
    assertEquals(0, p.waitFor(), output);
  }
}
