package org.nimeta.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nimeta.image.Nifti;
import org.nimeta.image.NiftiImage;
import org.nimeta.run.Json;

/**
 * ALE of the pain studies with a small Monte Carlo FWE and an FDR correction, written three ways:
 * everything, a selection of maps with thresholded maps and cluster tables, and thresholded maps
 * without small clusters. The thresholded maps are checked voxel by voxel against the corrected
 * maps the plain write holds, and the tables against the thresholded maps.
 */
class WriteOptionsEndToEndTest {
  /** 21 iterations: Monte Carlo p-values are k/21 or k/22, never exactly alpha. */
  private static final double ALPHA = 0.1;
  private static final int MIN_CLUSTER_SIZE = 20;
  /** The 2 mm template's voxels. */
  private static final double VOXEL_MM3 = 8;
  /** Corrected maps: each a p map (or −log10 p) and the name of its thresholded map. */
  private static final List<String[]> CORRECTED = List.of(
      new String[] {"logp_level-voxel_corr-FWE_method-montecarlo", "z_level-voxel_corr-FWE_method-montecarlo_alpha-0.1"},
      new String[] {"logp_desc-size_level-cluster_corr-FWE_method-montecarlo",
          "z_desc-size_level-cluster_corr-FWE_method-montecarlo_alpha-0.1"},
      new String[] {"logp_desc-mass_level-cluster_corr-FWE_method-montecarlo",
          "z_desc-mass_level-cluster_corr-FWE_method-montecarlo_alpha-0.1"},
      new String[] {"p_corr-FDR_method-indep", "z_corr-FDR_method-indep_alpha-0.1"});

  private static final String SCRIPT = """
      seed 3
      dataset pain = load("%s")
      estimate ale = ALE(pain)
      write ale to "all"
      write ale to "thresholded" (maps = ["z"], alpha = 0.1, clusters = true)
      write ale to "large" (alpha = 0.1, clusters = true, min_cluster_size = 20)
      correct ale with FWE(method = montecarlo, n_iters = 21)
      correct ale with FDR(method = indep)
      """;

  @TempDir static Path tmp;
  static Cli run;
  static Path out;

  @BeforeAll
  static void runIt() throws IOException {
    Path script = Files.writeString(tmp.resolve("w.meta"),
        SCRIPT.formatted(Path.of("examples/data/nidm_pain_dset.json").toAbsolutePath()));
    out = tmp.resolve("w.out");
    run = Cli.run("run", script.toString(), "--out", out.toString(), "--quiet");
  }

  @Test
  void onlyTheSelectedMapsTheThresholdedMapsAndTheirTablesAreWritten() throws IOException {
    assertEquals(0, run.exit(), run.err());
    Set<String> expected = new TreeSet<>(Set.of("z.nii.gz", "fwe_null.tsv", "studies.tsv"));
    for (String[] c : CORRECTED) {
      expected.add(c[1] + ".nii.gz");
      expected.add(c[1] + "_clusters.tsv");
      expected.add(c[1] + "_clusters.nii.gz");
    }
    assertEquals(expected, names(out.resolve("thresholded")));
    assertTrue(names(out.resolve("all")).contains("p_corr-FDR_method-indep.nii.gz"));
  }

  @Test
  void aThresholdedMapIsZWhereTheCorrectedPIsBelowAlphaAndZeroElsewhere() {
    assertEquals(0, run.exit(), run.err());
    double[] z = read(out.resolve("all/z.nii.gz"));
    for (String[] c : CORRECTED) {
      double[] corrected = read(out.resolve("all/" + c[0] + ".nii.gz"));
      double[] kept = read(out.resolve("thresholded/" + c[1] + ".nii.gz"));
      int significant = 0;
      for (int v = 0; v < z.length; v++) {
        double p = c[0].startsWith("logp") ? Math.pow(10, -corrected[v]) : corrected[v];
        int voxel = v;
        assertEquals(p < ALPHA ? z[v] : 0, kept[v], 0, () -> c[1] + " at voxel " + voxel);
        significant += p < ALPHA && z[v] != 0 ? 1 : 0;
      }
      assertTrue(significant > 0, c[1] + " keeps some voxels, else this test shows nothing");
    }
  }

  @Test
  void eachTableDescribesItsThresholdedMap() throws IOException {
    assertEquals(0, run.exit(), run.err());
    for (String[] c : CORRECTED) {
      NiftiImage image = Nifti.read(out.resolve("thresholded/" + c[1] + ".nii.gz"));
      List<String[]> rows = table(out.resolve("thresholded/" + c[1] + "_clusters.tsv"));
      double max = 0;
      int nonZero = 0;
      for (double v : image.data()) {
        max = Math.max(max, v);
        nonZero += v != 0 ? 1 : 0;
      }
      assertEquals("1", rows.get(0)[0], c[1]);
      assertEquals((float) max, (float) Double.parseDouble(rows.get(0)[4]), 0, "the first peak is the map's maximum");
      double[] ijk = image.grid().affine().inverse().apply(Double.parseDouble(rows.get(0)[1]),
          Double.parseDouble(rows.get(0)[2]), Double.parseDouble(rows.get(0)[3]));
      int flat = image.grid().flatIndex((int) Math.round(ijk[0]), (int) Math.round(ijk[1]), (int) Math.round(ijk[2]));
      assertEquals(max, image.data()[flat], 0, "the first peak's X, Y, Z are where the maximum is");
      assertEquals(nonZero * VOXEL_MM3, sizes(rows), 0, c[1] + ": the clusters cover every kept voxel");
    }
  }

  @Test
  void theClusterLabelImageNumbersTheVoxelsOfEachTableRow() throws IOException {
    assertEquals(0, run.exit(), run.err());
    for (String[] c : CORRECTED) {
      double[] kept = read(out.resolve("thresholded/" + c[1] + ".nii.gz"));
      NiftiImage labels = Nifti.read(out.resolve("thresholded/" + c[1] + "_clusters.nii.gz"));
      List<String[]> rows = table(out.resolve("thresholded/" + c[1] + "_clusters.tsv"));
      java.util.Map<Integer, Integer> voxels = new java.util.TreeMap<>();
      for (int v = 0; v < kept.length; v++) {
        int id = (int) labels.data()[v];
        assertEquals(kept[v] != 0, id != 0, c[1] + ": labelled exactly where the map is kept, voxel " + v);
        if (id != 0) {
          voxels.merge(id, 1, Integer::sum);
        }
      }
      java.util.Map<Integer, Integer> tabled = new java.util.TreeMap<>();
      for (String[] r : rows) {
        if (!r[5].isEmpty()) {
          tabled.put(Integer.parseInt(r[0]), Integer.parseInt(r[6]));
          assertEquals(Integer.parseInt(r[6]) * VOXEL_MM3, Double.parseDouble(r[5]), 0, "voxels and mm³ of " + r[0]);
        }
        double[] ijk = labels.grid().affine().inverse().apply(Double.parseDouble(r[1]), Double.parseDouble(r[2]),
            Double.parseDouble(r[3]));
        int peak = labels.grid().flatIndex((int) Math.round(ijk[0]), (int) Math.round(ijk[1]), (int) Math.round(ijk[2]));
        assertEquals(Integer.parseInt(r[0].replaceAll("[a-z]", "")), (int) labels.data()[peak], "row " + r[0] + "'s voxel");
      }
      assertEquals(tabled, voxels, c[1] + ": one label per cluster row, of its size");
      assertTrue(tabled.size() > 1, c[1] + " has clusters to number, else this test shows nothing");
    }
  }

  @Test
  void theTableNamesThePeaksAndGivesTheClusterLevelP() throws IOException {
    assertEquals(0, run.exit(), run.err());
    List<String[]> rows = table(out.resolve("thresholded/z_desc-size_level-cluster_corr-FWE_method-montecarlo_alpha-0.1_clusters.tsv"));
    double[] stat = read(out.resolve("all/stat.nii.gz"));
    double[] logp = read(out.resolve("all/logp_desc-size_level-cluster_corr-FWE_method-montecarlo.nii.gz"));
    NiftiImage grid = Nifti.read(out.resolve("all/stat.nii.gz"));
    for (String[] r : rows) {
      double[] ijk = grid.grid().affine().inverse().apply(Double.parseDouble(r[1]), Double.parseDouble(r[2]),
          Double.parseDouble(r[3]));
      int v = grid.grid().flatIndex((int) Math.round(ijk[0]), (int) Math.round(ijk[1]), (int) Math.round(ijk[2]));
      assertEquals((float) stat[v], (float) Double.parseDouble(r[10]), 0, "the ALE value at " + r[0]);
      if (r[5].isEmpty()) {
        assertTrue(r[11].isEmpty(), "no cluster p on sub-peak row " + r[0]);
      } else {
        double p = Double.parseDouble(r[11]);
        assertEquals(Math.pow(10, -logp[v]), p, 1e-6, "the cluster's p at " + r[0]);
        assertTrue(p < ALPHA, "a cluster kept at alpha " + ALPHA + " has p below it: " + r[0]);
      }
      assertTrue(!r[12].isEmpty(), "every peak has a label cell: " + r[0]);
    }
  }

  @Test
  void minClusterSizeDropsSmallClustersFromMapsAndTables() throws IOException {
    assertEquals(0, run.exit(), run.err());
    for (String[] c : CORRECTED) {
      double[] all = read(out.resolve("thresholded/" + c[1] + ".nii.gz"));
      double[] large = read(out.resolve("large/" + c[1] + ".nii.gz"));
      int nonZero = 0;
      for (int v = 0; v < all.length; v++) {
        int voxel = v;
        assertTrue(large[v] == 0 || large[v] == all[v], () -> c[1] + " keeps values or drops them, at voxel " + voxel);
        nonZero += large[v] != 0 ? 1 : 0;
      }
      List<String[]> rows = table(out.resolve("large/" + c[1] + "_clusters.tsv"));
      assertEquals(nonZero * VOXEL_MM3, sizes(rows), 0, c[1]);
      for (String[] r : rows) {
        assertTrue(r[5].isEmpty() || Double.parseDouble(r[5]) >= MIN_CLUSTER_SIZE * VOXEL_MM3, String.join(" ", r));
      }
    }
    assertTrue(table(out.resolve("large/z_corr-FDR_method-indep_alpha-0.1_clusters.tsv")).size()
        < table(out.resolve("thresholded/z_corr-FDR_method-indep_alpha-0.1_clusters.tsv")).size(),
        "some FDR cluster is smaller than " + MIN_CLUSTER_SIZE + " voxels, else this test shows nothing");
  }

  @Test
  void provenanceRecordsTheWriteOptionsAndWhatTheWriteMade() throws IOException {
    assertEquals(0, run.exit(), run.err());
    JsonNode prov = Json.parse(Files.readString(out.resolve("provenance.json")));
    // the step `ale->large`, percent-encoded as URIs are; its options as JSON text, a PROV-JSON literal
    JsonNode options = Json.parse(prov.at("/activity/nimeta:step~1ale-%3Elarge/nimeta:options").asText());
    assertEquals(ALPHA, options.get("alpha").asDouble());
    assertEquals(MIN_CLUSTER_SIZE, options.get("min_cluster_size").asInt());
    String table = "nimeta:output/large/z_corr-FDR_method-indep_alpha-0.1_clusters.tsv";
    boolean found = false;
    for (JsonNode g : prov.get("wasGeneratedBy")) {
      if (g.get("prov:entity").asText().equals(table)) {
        assertEquals("nimeta:step/ale-%3Elarge", g.get("prov:activity").asText());
        found = true;
      }
    }
    assertTrue(found, "the cluster table is an output of the write step");
  }

  private static double[] read(Path file) {
    return Nifti.read(file).data();
  }

  private static Set<String> names(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return new TreeSet<>(files.map(f -> f.getFileName().toString()).toList());
    }
  }

  /** The rows of a cluster table, after checking its header. */
  private static List<String[]> table(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file);
    assertEquals("Cluster ID\tX\tY\tZ\tPeak Stat\tCluster Size (mm3)\tCluster Size (voxels)\tX (Talairach)\t"
        + "Y (Talairach)\tZ (Talairach)\tPeak Estimator Stat\tCluster p (FWE, size)\tLabel (Harvard-Oxford)\t"
        + "Label Distance (mm)", lines.get(0));
    return lines.subList(1, lines.size()).stream().map(l -> l.split("\t", -1)).toList();
  }

  /** The sum of the cluster sizes (sub-peak rows have none). */
  private static double sizes(List<String[]> rows) {
    return rows.stream().filter(r -> !r[5].isEmpty()).mapToDouble(r -> Double.parseDouble(r[5])).sum();
  }
}
