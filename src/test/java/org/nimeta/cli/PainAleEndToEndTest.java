package org.nimeta.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nimeta.run.Json;

/**
 * The README's first command, {@code nimeta run examples/pain-ale.meta}, through {@link Main}:
 * its maps equal NiMARE 0.2.1's {@code ALE(null_method="approximate")} maps voxel by voxel, and its
 * provenance names every input and output with the right hashes.
 */
class PainAleEndToEndTest {
  /** NiMARE's stat is float64 cast to float32, as ours: a few float32 ulps of relative difference. */
  static final double STAT_RELATIVE = 1e-5;
  /** p and z: equal once both are rounded to float32 (the same histogram bin gives the same value). */
  static final double P_Z_FLOAT32_ULPS = 1;

  private static final Path REFERENCE = ReferenceMaps.NIMARE.resolve("ale_approx");

  @TempDir static Path tmp;
  static Cli run;
  static Path out;

  @BeforeAll
  static void runTheExample() {
    out = tmp.resolve("pain-ale.out");
    run = Cli.run("run", MainScriptTest.examplePain().toString(), "--out", out.toString(), "--threads", "2");
  }

  @Test
  void printsWhereTheMapsWent() {
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.err().lines().filter(l -> l.matches("\\S+:\\d+:\\d+: .*")).allMatch(l -> l.contains(": warning[")),
        "only warnings (the compiler's data checks) on stderr: " + run.err());
    String shown = DisplayPaths.shown(out);
    String fwe = "level-voxel_corr-FWE_method-montecarlo";
    String size = "desc-size_level-cluster_corr-FWE_method-montecarlo";
    String mass = "desc-mass_level-cluster_corr-FWE_method-montecarlo";
    List<String> lines = run.out().lines().toList();
    assertEquals("ale: " + shown + "/ale/ (stat.nii.gz, p.nii.gz, z.nii.gz, logp_" + fwe + ".nii.gz, z_" + fwe
        + ".nii.gz, logp_" + size + ".nii.gz, z_" + size + ".nii.gz, logp_" + mass + ".nii.gz, z_" + mass
        + ".nii.gz, z_" + fwe + "_alpha-0.05.nii.gz, z_" + size + "_alpha-0.05.nii.gz, z_" + mass
        + "_alpha-0.05.nii.gz)", lines.get(0), run.out());
    assertEquals("  pain: 21 of 21 experiments used (267 foci)", lines.get(1), run.out());
    assertEquals("provenance: " + shown + "/provenance.json", lines.get(lines.size() - 1), run.out());
  }

  @Test
  void statEqualsNimare() {
    compare("stat", STAT_RELATIVE, 0);
  }

  @Test
  void pEqualsNimare() {
    compare("p", 0, P_Z_FLOAT32_ULPS);
  }

  @Test
  void zEqualsNimare() {
    compare("z", 0, P_Z_FLOAT32_ULPS);
  }

  @Test
  void writesExactlyTheOutputsOfTheExample() throws Exception {
    String fwe = "level-voxel_corr-FWE_method-montecarlo";
    String size = "desc-size_level-cluster_corr-FWE_method-montecarlo";
    String mass = "desc-mass_level-cluster_corr-FWE_method-montecarlo";
    Set<String> expected = new TreeSet<>(Set.of("ale/stat.nii.gz", "ale/p.nii.gz", "ale/z.nii.gz", "ale/fwe_null.tsv",
        "ale/ale_contributions.tsv", "ale/label_" + size + "_tail-positive.nii.gz",
        "ale/z_" + size + "_tab-clust.tsv", "ale/z_" + size + "_diag-Jackknife_tab-counts_tail-positive.tsv",
        "ale/z_" + size + "_diag-FocusCounter_tab-counts_tail-positive.tsv", "ale/studies.tsv", "plan.json",
        "provenance.json", "methods.md", "references.bib", "report.html"));
    for (String m : List.of(fwe, size, mass)) {
      expected.addAll(List.of("ale/logp_" + m + ".nii.gz", "ale/z_" + m + ".nii.gz", "ale/z_" + m + "_alpha-0.05.nii.gz",
          "ale/z_" + m + "_alpha-0.05_clusters.tsv", "ale/z_" + m + "_alpha-0.05_clusters.nii.gz"));
    }
    assertEquals(expected, new TreeSet<>(files(out)));
    assertEquals(List.of(".", "pain-ale.out"), names(tmp), "nothing else beside the output directory");
  }

  @Test
  void provenanceNamesEveryInputAndOutputWithItsHash() throws Exception {
    JsonNode prov = Json.parse(Files.readString(out.resolve("provenance.json")));
    Set<String> outputs = new TreeSet<>();
    Set<String> inputs = new TreeSet<>();
    for (var it = prov.get("entity").fields(); it.hasNext(); ) {
      var e = it.next();
      JsonNode v = e.getValue();
      if (e.getKey().startsWith("nimeta:output/")) {
        Path file = out.resolve(v.get("nimeta:path").asText());
        assertEquals(sha256(file), v.get("nimeta:sha256").asText(), e.getKey());
        outputs.add(v.get("nimeta:path").asText());
      } else if (v.has("nimeta:resource")) { // the bundled template: its mask file as shipped
        byte[] shipped = getClass().getClassLoader().getResourceAsStream(v.get("nimeta:resource").asText()).readAllBytes();
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(shipped)),
            v.get("nimeta:sha256").asText(), e.getKey());
        inputs.add(v.get("prov:label").asText());
      } else if (v.has("nimeta:sha256")) {
        Path file = Path.of(v.get("nimeta:path").asText());
        assertEquals(sha256(file), v.get("nimeta:sha256").asText(), e.getKey());
        inputs.add(out.getFileSystem().getPath(v.get("nimeta:path").asText()).getFileName().toString());
      }
    }
    Set<String> written = files(out);
    written.remove("provenance.json");
    written.remove("report.html"); // a page about the outputs, written after provenance.json (docs/cli.md)
    assertEquals(written, outputs);
    assertEquals(Set.of("pain-ale.meta", "nidm_pain_dset.json", "mni152_2mm"), inputs);

    JsonNode ale = prov.at("/activity/nimeta:step~1ale");
    assertEquals("approximate", ale.get("param:null_method").asText());
    assertEquals("none", ale.get("kernel:fwhm").asText());
    assertEquals(42, ale.get("nimeta:seed").asLong());
    assertTrue(ale.get("prov:startTime").asText().compareTo(ale.get("prov:endTime").asText()) <= 0);
    assertEquals(21, prov.at("/activity/nimeta:step~1pain/nimeta:experiments").asInt());
    assertEquals(267, prov.at("/activity/nimeta:step~1pain/nimeta:foci").asInt());
  }

  @Test
  void theMapsDoNotDependOnTheThreadCount() throws Exception {
    Path single = tmp.resolve("single");
    Cli one = Cli.run("run", MainScriptTest.examplePain().toString(), "--out", single.toString(), "--threads", "1",
        "--quiet");
    assertEquals(0, one.exit(), one.err());
    assertEquals("", one.out(), "--quiet prints nothing");
    for (String map : List.of("stat", "p", "z")) {
      assertArrayEquals(Files.readAllBytes(out.resolve("ale/" + map + ".nii.gz")),
          Files.readAllBytes(single.resolve("ale/" + map + ".nii.gz")), map);
    }
  }

  @Test
  void theContributionsTableHoldsBothDiagnosticsAndTheClusterTablesPeaksAndLabels() throws Exception {
    String target = "z_desc-size_level-cluster_corr-FWE_method-montecarlo";
    List<List<String>> contributions = tsv(out.resolve("ale/ale_contributions.tsv"));
    List<List<String>> jackknife = tsv(out.resolve("ale/" + target + "_diag-Jackknife_tab-counts_tail-positive.tsv"));
    List<List<String>> foci = tsv(out.resolve("ale/" + target + "_diag-FocusCounter_tab-counts_tail-positive.tsv"));
    List<List<String>> clusters = tsv(out.resolve("ale/" + target + "_tab-clust.tsv"));
    List<String> header = contributions.get(0);
    List<String> clusterHeader = clusters.get(0);
    int labelAt = header.indexOf("Label (Harvard-Oxford)");
    assertTrue(labelAt > 0, "a label column: " + header);
    assertEquals(clusters.size() - 1, contributions.size() - 1, "one row per cluster (the target's clusters are flat: no sub-peaks)");
    assertTrue(contributions.size() > 2, "clusters to check: " + contributions.size());
    for (List<String> row : contributions.subList(1, contributions.size())) {
      String cluster = row.get(0);
      List<String> peak = clusters.stream().filter(r -> r.get(0).equals(cluster)).findFirst().orElseThrow();
      for (String column : List.of("X", "Y", "Z", "Cluster Size (voxels)", "Cluster Size (mm3)", "Label (Harvard-Oxford)")) {
        assertEquals(peak.get(clusterHeader.indexOf(column)), row.get(header.indexOf(column)), cluster + " " + column);
      }
      for (List<String> experiment : jackknife.subList(1, jackknife.size())) {
        String id = experiment.get(0);
        assertEquals(Double.parseDouble(experiment.get(jackknife.get(0).indexOf(cluster))),
            Double.parseDouble(row.get(header.indexOf(id + " jackknife"))), id + " in " + cluster);
      }
      for (List<String> experiment : foci.subList(1, foci.size())) {
        String id = experiment.get(0);
        assertEquals(experiment.get(foci.get(0).indexOf(cluster)), row.get(header.indexOf(id + " foci")), id + " in " + cluster);
      }
    }
  }

  private static List<List<String>> tsv(Path file) throws Exception {
    return Files.readAllLines(file).stream().map(l -> List.of(l.split("\t", -1))).toList();
  }

  private static void compare(String map, double relative, double float32Ulps) {
    assertEquals(0, run.exit(), run.err());
    ReferenceMaps.assertMatches(out.resolve("ale/" + map + ".nii.gz"), REFERENCE.resolve(map + ".nii.gz"),
        relative, float32Ulps);
  }

  private static Set<String> files(Path dir) throws Exception {
    try (Stream<Path> s = Files.walk(dir)) {
      return new TreeSet<>(s.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString()).toList());
    }
  }

  private static List<String> names(Path dir) throws Exception {
    try (Stream<Path> s = Files.list(dir)) {
      List<String> n = new ArrayList<>(List.of("."));
      s.map(p -> p.getFileName().toString()).filter(x -> !x.equals("single")).sorted().forEach(n::add);
      return n;
    }
  }

  private static String sha256(Path file) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
  }
}
