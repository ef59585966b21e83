package org.nimeta.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nimeta.image.Nifti;
import org.nimeta.image.NiftiImage;

class VerifyCommandTest {
  /** Monte Carlo FWE, whose iterations are shared among threads: the part a thread count could change. */
  static final String SCRIPT = "version 1\nseed 42\nparam iters = 40\n"
      + "dataset pain = load(\"pain.json\")\n"
      + "estimate ale = ALE(pain, null_method = approximate)\n"
      + "correct ale with FWE(method = montecarlo, n_iters = iters)\n";

  @TempDir Path tmp;

  /** Runs {@link #SCRIPT} on a copy of the pain data with {@code --param iters=30}; returns the output directory. */
  static Path run(Path tmp, int threads) throws Exception {
    Files.copy(Path.of("examples/data/nidm_pain_dset.json"), tmp.resolve("pain.json"));
    Files.writeString(tmp.resolve("fwe.meta"), SCRIPT);
    Path out = tmp.resolve("fwe.out");
    Cli c = Cli.run("run", tmp.resolve("fwe.meta").toString(), "--param", "iters=30", "--threads",
        String.valueOf(threads), "--out", out.toString(), "--quiet");
    assertEquals(0, c.exit(), c.err());
    return out;
  }

  @Test
  void anUntouchedRunVerifiesQuicklyAndByARerunWithAnotherThreadCount() throws Exception {
    Path out = run(tmp, 1);
    long outputs;
    try (var files = Files.walk(out)) {
      outputs = files.filter(Files::isRegularFile).count() - 2; // all but provenance.json and report.html
    }

    Cli quick = Cli.run("verify", "--quick", out.toString());
    assertEquals(0, quick.exit(), quick.out() + quick.err());
    assertEquals(outputs, quick.out().lines().filter(l -> l.startsWith("identical ")).count(), quick.out());
    assertTrue(quick.out().contains("verified: all " + outputs + " outputs are identical to the record."), quick.out());

    Cli full = Cli.run("verify", "--threads", "3", out.toString());
    assertEquals(0, full.exit(), full.out() + full.err());
    assertEquals(outputs, full.out().lines().filter(l -> l.startsWith("identical ")).count(), full.out());
    assertTrue(full.out().contains("identical  ale/fwe_null.tsv"), full.out());
    assertTrue(full.out().contains("verified: all " + outputs + " outputs are identical to a re-run."), full.out());
    assertEquals("", full.err());
  }

  @Test
  void anEditedMapFailsNamingTheMapAndHowManyVoxelsDiffer() throws Exception {
    Path out = run(tmp, 2);
    Path z = out.resolve("ale/z.nii.gz");
    NiftiImage image = Nifti.read(z);
    double[] data = image.data().clone();
    int voxel = 0;
    while (data[voxel] == 0) {
      voxel++;
    }
    data[voxel] += 1;
    Nifti.write(z, new NiftiImage(image.grid(), data, image.datatype()));

    Cli quick = Cli.run("verify", "--quick", out.toString());
    assertEquals(1, quick.exit(), quick.out());
    assertTrue(quick.out().contains("differs    ale/z.nii.gz: changed since the run"), quick.out());
    assertTrue(quick.out().contains("not verified: 1 of "), quick.out());

    Cli full = Cli.run("verify", out.toString());
    assertEquals(1, full.exit(), full.out() + full.err());
    assertTrue(full.out().contains("differs    ale/z.nii.gz: 1 of " + String.format(java.util.Locale.ROOT, "%,d", data.length)
        + " voxels differs, largest absolute difference 1.00000 (changed after the run"), full.out());
    assertEquals(1, full.out().lines().filter(l -> l.startsWith("differs ")).count(), full.out());
    assertTrue(full.out().contains("identical  ale/stat.nii.gz"), full.out());
  }

  @Test
  void aChangedOrMissingInputIsRefusedByNameAndNothingRuns() throws Exception {
    Path out = run(tmp, 2);
    Path data = tmp.resolve("pain.json");
    Files.writeString(data, "\n", StandardOpenOption.APPEND);

    Cli changed = Cli.run("verify", out.toString());
    assertEquals(1, changed.exit(), changed.err());
    assertTrue(changed.err().contains("The input `" + data + "` has changed since the run"), changed.err());
    assertTrue(changed.err().contains("nothing was run"), changed.err());
    assertEquals("", changed.out());
    Cli quick = Cli.run("verify", "--quick", out.toString());
    assertEquals(1, quick.exit());
    assertTrue(quick.err().contains("The input `" + data + "` has changed since the run"), quick.err());

    Files.delete(data);
    Cli missing = Cli.run("verify", out.toString());
    assertEquals(1, missing.exit());
    assertTrue(missing.err().contains("The input `" + data + "` is missing."), missing.err());
    assertFalse(missing.out().contains("identical"), missing.out());
  }

  @Test
  void aDirectoryWithoutProvenanceIsAUsageError() throws Exception {
    Cli c = Cli.run("verify", tmp.toString());
    assertEquals(2, c.exit());
    assertTrue(c.err().contains("holds no `provenance.json`: it is not the output directory of a nimeta run."), c.err());
    assertTrue(c.noInternals(), c.err());
  }
}
