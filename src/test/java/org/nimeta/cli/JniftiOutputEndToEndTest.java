package org.nimeta.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nimeta.image.Nifti;
import org.nimeta.image.NiftiImage;

/**
 * {@code write ... (format = [nifti, jnifti, bnii])} writes every map, thresholded ones too, in the
 * three formats side by side, each reading back as the same image; and a {@code .jnii} mask serves
 * as {@code space "..."} as a NIfTI mask would.
 */
class JniftiOutputEndToEndTest {
  private static final String SCRIPT = """
      dataset pain = load("%s")
      estimate ale = ALE(pain)
      correct ale with FDR(method = indep)
      write ale to "nifti"
      write ale to "all" (format = [nifti, jnifti, bnii], alpha = 0.05)
      write ale to "text" (maps = ["z"], format = jnifti)
      """;

  @TempDir static Path tmp;
  static Cli run;
  static Path out;

  @BeforeAll
  static void runIt() throws IOException {
    Path script = Files.writeString(tmp.resolve("j.meta"),
        SCRIPT.formatted(Path.of("examples/data/nidm_pain_dset.json").toAbsolutePath()));
    out = tmp.resolve("j.out");
    run = Cli.run("run", script.toString(), "--out", out.toString(), "--quiet");
  }

  @Test
  void everyMapIsWrittenInEachFormatAndReadsBackTheSame() throws IOException {
    assertEquals(0, run.exit(), run.err());
    Set<String> nifti = names(out.resolve("nifti"), ".nii.gz");
    assertTrue(nifti.contains("z") && nifti.contains("p_corr-FDR_method-indep"), nifti.toString());
    Set<String> expectedAll = new TreeSet<>(nifti);
    expectedAll.add("z_corr-FDR_method-indep_alpha-0.05");
    for (String suffix : new String[] {".nii.gz", ".jnii", ".bnii"}) {
      assertEquals(expectedAll, names(out.resolve("all"), suffix), suffix);
    }
    assertEquals(Set.of("z"), names(out.resolve("text"), ".jnii"));
    assertEquals(Set.of(), names(out.resolve("text"), ".nii.gz"));
    for (String map : expectedAll) {
      NiftiImage reference = Nifti.read(out.resolve("all/" + map + ".nii.gz"));
      for (String suffix : new String[] {".jnii", ".bnii"}) {
        NiftiImage back = Nifti.read(out.resolve("all/" + map + suffix));
        assertEquals(reference.grid().affine(), back.grid().affine(), map + suffix);
        assertArrayEquals(reference.data(), back.data(), map + suffix);
      }
    }
    String provenance = Files.readString(out.resolve("provenance.json"));
    assertTrue(provenance.contains("all/z.jnii") && provenance.contains("all/z_corr-FDR_method-indep_alpha-0.05.bnii"));
  }

  @Test
  void aJniftiMaskIsTheAnalysisSpaceAsItsNiftiWouldBe() throws IOException {
    assertEquals(0, run.exit(), run.err());
    NiftiImage z = Nifti.read(out.resolve("nifti/z.nii.gz"));
    Path mask = tmp.resolve("mask.jnii");
    double[] inside = z.data().clone();
    for (int i = 0; i < inside.length; i++) {
      inside[i] = inside[i] != 0 ? 1 : 0;
    }
    Nifti.write(mask, new NiftiImage(z.grid(), inside, org.nimeta.image.NiftiDatatype.UINT8));
    Path script = Files.writeString(tmp.resolve("masked.meta"), "space \"mask.jnii\"\n"
        + SCRIPT.formatted(Path.of("examples/data/nidm_pain_dset.json").toAbsolutePath()).lines().findFirst().get()
        + "\nestimate ale = ALE(pain)\n");
    Cli plan = Cli.run("plan", script.toString());
    assertEquals(0, plan.exit(), plan.err());
    assertTrue(plan.out().contains("space \"mask.jnii\""), plan.out());
  }

  private static Set<String> names(Path folder, String suffix) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      Set<String> out = new TreeSet<>();
      files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(suffix))
          .forEach(n -> out.add(n.substring(0, n.length() - suffix.length())));
      return out;
    }
  }
}
