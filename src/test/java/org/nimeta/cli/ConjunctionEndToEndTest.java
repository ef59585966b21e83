package org.nimeta.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nimeta.image.Nifti;

/**
 * {@code conjunction(...)} through {@code nimeta run}: the written map is, voxel by voxel, NiMARE's
 * minimum statistic of the maps its inputs wrote (within float32, the file type of every map).
 */
class ConjunctionEndToEndTest {
  @TempDir Path tmp;

  @Test
  void theConjunctionMapIsTheMinimumStatisticOfTheWrittenInputs() throws Exception {
    Path script = tmp.resolve("conj.meta");
    Files.writeString(script, "seed 3\n"
        + "dataset pain = load(\"" + Path.of("examples/data/nidm_pain_dset.json").toAbsolutePath() + "\")\n"
        + "dataset few = pain where study in [\"pain_01.nidm\", \"pain_02.nidm\", \"pain_03.nidm\", \"pain_04.nidm\"]\n"
        + "dataset rest = pain - few\n"
        + "estimate a = ALE(few)\n"
        + "estimate b = ALE(rest)\n"
        + "estimate c = MKDADensity(pain)\n"
        + "contrast both = conjunction(a, b, c)\n"
        // declared before the corrections whose maps it conjoins: the plan orders the steps
        + "contrast fdr = conjunction(a, b, map = \"z_corr-FDR_method-indep\")\n"
        + "correct a with FDR()\n"
        + "correct b with FDR()\n"
        + "write both to \"both-z2\" (stat_threshold = 2, clusters = true)\n"
        + "write both to \"both\"\n");
    Path out = tmp.resolve("out");
    Cli run = Cli.run("run", script.toString(), "--out", out.toString(), "--quiet");
    assertEquals(0, run.exit(), run.err());

    assertIsMinimumStatistic(out.resolve("both/z.nii.gz"),
        out.resolve("a/z.nii.gz"), out.resolve("b/z.nii.gz"), out.resolve("c/z.nii.gz"));
    assertIsMinimumStatistic(out.resolve("fdr/z_corr-FDR_method-indep.nii.gz"),
        out.resolve("a/z_corr-FDR_method-indep.nii.gz"), out.resolve("b/z_corr-FDR_method-indep.nii.gz"));
    assertThresholdedWithClusters(out.resolve("both/z.nii.gz"), out.resolve("both-z2/z_thresh-2.nii.gz"),
        out.resolve("both-z2/z_thresh-2_clusters.tsv"), 2);
    String provenance = Files.readString(out.resolve("provenance.json"));
    assertTrue(provenance.contains("\"nimeta:function\": \"conjunction\""), provenance);
  }

  /**
   * The thresholded map is the conjunction where |value| > threshold and 0 elsewhere; the table's
   * first row is its maximum, and the cluster sizes add up to its non-zero voxels (2 mm voxels: 8 mm³
   * each). ({@code min_cluster_size} is covered by {@code WriteOptionsEndToEndTest}.)
   */
  private static void assertThresholdedWithClusters(Path map, Path thresholded, Path table, double threshold)
      throws Exception {
    double[] all = Nifti.read(map).data();
    double[] kept = Nifti.read(thresholded).data();
    int nonZero = 0;
    double max = Double.NEGATIVE_INFINITY;
    for (int v = 0; v < all.length; v++) {
      if (kept[v] != 0) {
        assertEquals((float) all[v], (float) kept[v], 0.0, "kept voxel " + v);
        assertTrue(Math.abs(all[v]) > threshold, "voxel " + v + " is beyond the threshold");
        nonZero++;
        max = Math.max(max, kept[v]);
      } else {
        assertTrue(!(Math.abs(all[v]) > threshold), "voxel " + v + " beyond the threshold is missing");
      }
    }
    assertTrue(nonZero > 0, "something passes");
    java.util.List<String> rows = Files.readAllLines(table);
    assertEquals("Cluster ID\tX\tY\tZ\tPeak Stat\tCluster Size (mm3)\tCluster Size (voxels)\tX (Talairach)\t"
        + "Y (Talairach)\tZ (Talairach)\tPeak Estimator Stat\tCluster p (FWE, size)\tLabel (Harvard-Oxford)\t"
        + "Label Distance (mm)", rows.get(0));
    assertEquals((float) max, Float.parseFloat(rows.get(1).split("\t")[4]), 1e-6f, "the first row is the peak");
    int volume = 0;
    for (String row : rows.subList(1, rows.size())) {
      String[] cells = row.split("\t", -1);
      if (!cells[5].isEmpty()) {
        volume += Integer.parseInt(cells[5]);
      }
    }
    assertEquals(nonZero * 8, volume, "cluster sizes add up to the kept voxels");
  }

  private static void assertIsMinimumStatistic(Path conjunction, Path... inputs) throws Exception {
    double[] got = Nifti.read(conjunction).data();
    double[][] maps = new double[inputs.length][];
    for (int i = 0; i < inputs.length; i++) {
      maps[i] = Nifti.read(inputs[i]).data();
    }
    int kept = 0;
    for (int v = 0; v < got.length; v++) {
      double product = 1;
      double min = Double.POSITIVE_INFINITY;
      for (double[] m : maps) {
        product *= m[v];
        min = Math.min(min, m[v]);
      }
      double expected = product > 0 ? min : 0;
      assertEquals((float) expected, (float) got[v], 0.0, "voxel " + v + " of " + conjunction.getFileName());
      kept += expected != 0 ? 1 : 0;
    }
    assertTrue(kept > 1000, "a conjunction of real maps keeps voxels: " + kept);
  }
}
