package org.nimeta.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code correct ale with FWE(method = montecarlo)} through {@code nimeta run}: NiMARE's six
 * corrected maps, the null as {@code fwe_null.tsv}, and the same bytes for any thread count.
 * (Agreement with NiMARE's own nulls is tested in the engine, with more iterations.)
 */
class MonteCarloEndToEndTest {
  private static final int ITERATIONS = 12;
  private static final List<String> MAPS = List.of(
      "logp_level-voxel_corr-FWE_method-montecarlo", "z_level-voxel_corr-FWE_method-montecarlo",
      "logp_desc-size_level-cluster_corr-FWE_method-montecarlo", "z_desc-size_level-cluster_corr-FWE_method-montecarlo",
      "logp_desc-mass_level-cluster_corr-FWE_method-montecarlo", "z_desc-mass_level-cluster_corr-FWE_method-montecarlo");

  @TempDir Path tmp;

  @Test
  void writesNimaresMapsAndTheNullIdenticallyForAnyThreadCount() throws Exception {
    Path script = tmp.resolve("fwe.meta");
    Files.writeString(script, "seed 5\n"
        + "dataset pain = load(\"" + Path.of("examples/data/nidm_pain_dset.json").toAbsolutePath() + "\")\n"
        + "estimate ale = ALE(pain)\n"
        + "correct ale with FWE(method = montecarlo, n_iters = " + ITERATIONS + ")\n");
    Path one = tmp.resolve("one");
    Path two = tmp.resolve("two");
    Cli a = Cli.run("run", script.toString(), "--out", one.toString(), "--threads", "1", "--quiet");
    Cli b = Cli.run("run", script.toString(), "--out", two.toString(), "--threads", "2", "--quiet");
    assertEquals(0, a.exit(), a.err());
    assertEquals(0, b.exit(), b.err());
    for (String map : MAPS) {
      Path file = one.resolve("ale").resolve(map + ".nii.gz");
      assertTrue(Files.isRegularFile(file), map);
      assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(two.resolve("ale").resolve(map + ".nii.gz")), map);
    }
    List<String> rows = Files.readAllLines(one.resolve("ale/fwe_null.tsv"));
    assertEquals("iteration\tmax_stat\tmax_cluster_size\tmax_cluster_mass", rows.get(0));
    assertEquals(ITERATIONS + 1, rows.size());
    assertEquals(rows, Files.readAllLines(two.resolve("ale/fwe_null.tsv")));
    for (String row : rows.subList(1, rows.size())) {
      double maxStat = Double.parseDouble(row.split("\t")[1]);
      assertTrue(maxStat > 0 && maxStat < 1, "an ALE maximum is a probability: " + row);
    }
  }

  @Test
  void montecarloNullGivesPValuesAndIsThreadInvariant() throws Exception {
    Path script = tmp.resolve("null.meta");
    Files.writeString(script, "seed 9\n"
        + "dataset pain = load(\"" + Path.of("examples/data/nidm_pain_dset.json").toAbsolutePath() + "\")\n"
        + "estimate kda = KDA(pain, null_method = montecarlo, n_iters = 4)\n");
    Path one = tmp.resolve("null-one");
    Path two = tmp.resolve("null-two");
    assertEquals(0, Cli.run("run", script.toString(), "--out", one.toString(), "--threads", "1", "--quiet").exit());
    assertEquals(0, Cli.run("run", script.toString(), "--out", two.toString(), "--threads", "2", "--quiet").exit());
    for (String map : List.of("stat", "p", "z")) {
      assertArrayEquals(Files.readAllBytes(one.resolve("kda/" + map + ".nii.gz")),
          Files.readAllBytes(two.resolve("kda/" + map + ".nii.gz")), map);
    }
    double[] p = org.nimeta.image.Nifti.read(one.resolve("kda/p.nii.gz")).data();
    double min = 1;
    for (double v : p) {
      assertTrue(v >= 0 && v <= 1, "p out of range: " + v);
      min = v > 0 ? Math.min(min, v) : min;
    }
    assertTrue(min < 0.01, "the densest voxels are unlikely under a random null: smallest p " + min);
  }
}
