package org.nimeta.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nimeta.compile.Plan;

/** The summary reads the tables a run wrote by their headers, whatever columns were added to them. */
class ResultSummaryTest {
  @TempDir Path tmp;

  @Test
  void aLabelColumnIsFoundByItsNameWhereverItStandsAndSubPeaksAreNoClusters() throws Exception {
    Path file = Files.writeString(tmp.resolve("z_clusters.tsv"), String.join("\n",
        "Cluster ID\tX\tY\tZ\tPeak Stat\tCluster Size (mm3)\tLabel Distance (mm)\tLabel (Harvard-Oxford)\tSize (voxels)",
        "1\t38.0\t4.0\t2.0\t4.5\t800\t0\tInsular Cortex\t100",
        "1a\t40.0\t-2.0\t4.0\t4.1\t\t2\tCentral Opercular Cortex\t",
        "2\t-34.0\t14.0\t0.0\t3.9\t400\t\t—\t50",
        "3\t54.0\t-28.0\t20.0\t-6.2\t64\t0\tParietal Operculum Cortex\t8",
        "4\t0.0\t0.0\t0.0\t3.2\t8\t1\tCingulate Gyrus, anterior division\t1") + "\n");
    ClusterTableFile table = ClusterTableFile.read(file).orElseThrow();
    assertEquals(4, table.clusters());
    List<ClusterTableFile.Peak> top = table.strongest(3);
    assertEquals(List.of("3", "1", "2"), top.stream().map(ClusterTableFile.Peak::clusterId).toList(),
        "by |peak|: a negative cluster's peak is as strong as its size");
    assertEquals("Parietal Operculum Cortex", top.get(0).label());
    assertEquals(-6.2, top.get(0).value());
    assertEquals(54.0, top.get(0).x());
    assertEquals("—", top.get(2).label());
  }

  @Test
  void nilearnsColumnsAloneGiveNoLabelsAndATableWithoutThemIsNoClusterTable() throws Exception {
    assertEquals(2, ClusterTableFile.labelColumn(List.of("Cluster ID", "Label Distance (mm)", "Harvard-Oxford label")));
    Path plain = Files.writeString(tmp.resolve("a.tsv"),
        "Label\tCluster ID\tX\tY\tZ\tPeak Stat\tCluster Size (mm3)\nInsula\t1\t1.0\t2.0\t3.0\t4.0\t8\n");
    assertEquals("Insula", ClusterTableFile.read(plain).orElseThrow().peaks().get(0).label(), "first column works too");
    Path nilearn = Files.writeString(tmp.resolve("b.tsv"),
        "Cluster ID\tX\tY\tZ\tPeak Stat\tCluster Size (mm3)\n1\t1.0\t2.0\t3.0\t4.0\t8\n");
    assertNull(ClusterTableFile.read(nilearn).orElseThrow().peaks().get(0).label());
    Path counts = Files.writeString(tmp.resolve("c.tsv"), "id\tPositiveTail 1\nx-1\t0.5\n");
    assertFalse(ClusterTableFile.read(counts).isPresent());
  }

  @Test
  void aDiagnosticsClusterTableInTheFolderIsSummarisedUnderItsMapsName() throws Exception {
    Plan plan = PlanFixtures.painPlan(tmp);
    Path folder = Files.createDirectories(tmp.resolve("out/maps/ale"));
    // NiMARE 0.2.1's table of the pain ALE z map (refdata diagnostics/diag_ale), its first rows.
    Files.writeString(folder.resolve("z_desc-size_level-cluster_corr-FWE_method-montecarlo_tab-clust.tsv"), """
        Cluster ID\tX\tY\tZ\tPeak Stat\tCluster Size (mm3)
        PositiveTail 1\t38.0\t4.0\t2.0\t6.74098875148674\t6480
        PositiveTail 1a\t38.0\t14.0\t-6.0\t5.753608345370536\t
        PositiveTail 1b\t34.0\t20.0\t0.0\t5.529195021151252\t
        PositiveTail 2\t54.0\t-28.0\t20.0\t5.93\t3000
        """);
    Files.writeString(folder.resolve("z_desc-size_level-cluster_corr-FWE_method-montecarlo_diag-Jackknife"
        + "_tab-counts_tail-positive.tsv"), "id\tPositiveTail 1\npain_01.nidm-1\t1.0\n");
    ResultSummary summary = ResultSummary.of(plan, tmp.resolve("out"), folder, () -> {
      throw new AssertionError("no map to count clusters in");
    });
    assertEquals(1, summary.maps().size(), summary.toString());
    ResultSummary.MapClusters m = summary.maps().get(0);
    assertEquals("z_desc-size_level-cluster_corr-FWE_method-montecarlo", m.map());
    assertEquals(2, m.clusters(), "sub-peaks have no size");
    assertTrue(m.table());
    assertEquals(List.of("PositiveTail 1", "PositiveTail 2"), m.peaks().stream().map(ClusterTableFile.Peak::clusterId).toList());
    assertTrue(summary.datasets().isEmpty(), "no studies.tsv in this folder");
  }
}
