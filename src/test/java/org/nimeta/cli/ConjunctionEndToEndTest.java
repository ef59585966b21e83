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
        + "correct b with FDR()\n");
    Path out = tmp.resolve("out");
    Cli run = Cli.run("run", script.toString(), "--out", out.toString(), "--quiet");
    assertEquals(0, run.exit(), run.err());

    assertIsMinimumStatistic(out.resolve("both/z.nii.gz"),
        out.resolve("a/z.nii.gz"), out.resolve("b/z.nii.gz"), out.resolve("c/z.nii.gz"));
    assertIsMinimumStatistic(out.resolve("fdr/z_corr-FDR_method-indep.nii.gz"),
        out.resolve("a/z_corr-FDR_method-indep.nii.gz"), out.resolve("b/z_corr-FDR_method-indep.nii.gz"));
    String provenance = Files.readString(out.resolve("provenance.json"));
    assertTrue(provenance.contains("\"nimeta:function\": \"conjunction\""), provenance);
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
