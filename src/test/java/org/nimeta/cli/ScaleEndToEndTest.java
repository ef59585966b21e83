package org.nimeta.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code examples/scale.meta} at NiMARE's reference size (50 iterations, seed 0, NiMARE's own
 * draws): stat and logp equal NiMARE 0.2.1's {@code SCALE} maps. (z differs only where p is
 * exactly 1/2, where NiMARE's running sum lands an ulp below; the engine test covers that case.)
 */
class ScaleEndToEndTest {
  static final double STAT_RELATIVE = 1e-5;
  static final double FLOAT32_ULPS = 1;

  @TempDir Path tmp;

  @Test
  void statAndLogpEqualNimares() {
    Path out = tmp.resolve("scale.out");
    Cli run = Cli.run("run", "examples/scale.meta", "--out", out.toString(), "--quiet", "--param", "n_iters=50");
    assertEquals(0, run.exit(), run.err());
    ReferenceMaps.assertMatches(out.resolve("scale/stat.nii.gz"), ReferenceMaps.NIMARE.resolve("scale/stat.nii.gz"),
        STAT_RELATIVE, 0);
    ReferenceMaps.assertMatches(out.resolve("scale/logp.nii.gz"), ReferenceMaps.NIMARE.resolve("scale/logp.nii.gz"),
        0, FLOAT32_ULPS);
  }

  /** With a dataset as the base pool the null changes but the statistic (plain ALE) does not. */
  @Test
  void aDatasetCanBeTheBasePool() throws Exception {
    java.nio.file.Path script = tmp.resolve("base.meta");
    java.nio.file.Files.writeString(script, "seed 3\n"
        + "dataset pain = load(\"" + Path.of("examples/data/nidm_pain_dset.json").toAbsolutePath() + "\")\n"
        + "dataset few = pain where study in [\"pain_01.nidm\", \"pain_02.nidm\", \"pain_03.nidm\"]\n"
        + "estimate onmask = SCALE(few, n_iters = 5)\n"
        + "estimate onpain = SCALE(few, base = pain, n_iters = 5)\n");
    Path out = tmp.resolve("base.out");
    Cli run = Cli.run("run", script.toString(), "--out", out.toString(), "--quiet");
    assertEquals(0, run.exit(), run.err());
    org.junit.jupiter.api.Assertions.assertArrayEquals(
        org.nimeta.image.Nifti.read(out.resolve("onmask/stat.nii.gz")).data(),
        org.nimeta.image.Nifti.read(out.resolve("onpain/stat.nii.gz")).data());
    org.junit.jupiter.api.Assertions.assertFalse(java.util.Arrays.equals(
        org.nimeta.image.Nifti.read(out.resolve("onmask/logp.nii.gz")).data(),
        org.nimeta.image.Nifti.read(out.resolve("onpain/logp.nii.gz")).data()), "the base pool must matter");
  }
}
