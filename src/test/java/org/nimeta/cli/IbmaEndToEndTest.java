package org.nimeta.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nimeta.engine.ibma.MapComparison;
import org.nimeta.image.Mask;
import org.nimeta.image.Nifti;
import org.nimeta.image.NiftiDatatype;
import org.nimeta.image.NiftiImage;
import org.nimeta.run.Json;

/**
 * Image-based meta-analysis through {@link Main}: {@code examples/ibma-pain.meta}, and a script
 * with every closed-form estimator and the reference corrections, compared voxel by voxel with
 * NiMARE 0.2.1's maps (case {@code ibma}); a {@code transform} run end to end.
 */
class IbmaEndToEndTest {
  /** Our float64 maps and NiMARE's, both written as float32: one float32 rounding apart at most. */
  static final double REL = 1e-7;
  /** PyMARE's p = 1 − |0.5 − Φ(z)|·2 resolves p only to steps of 2^-52. */
  static final double P_RESOLUTION = 2 * Math.ulp(1.0);
  static final Path REFERENCE = ReferenceMaps.NIMARE.resolve("ibma");
  static final Path INPUTS = Path.of("src/test/resources/nimare/inputs");

  /** Every closed-form estimator, under the names of NiMARE's reference files. */
  private static final String ALL = """
      version 1
      space "data/test_pain_dataset/mask.nii.gz"
      dataset maps = load("data/test_pain_dataset.json", base = "data/test_pain_dataset")
      estimate fishers = Fishers(maps)
      estimate stouffers = Stouffers(maps)
      estimate stouffers_ss = Stouffers(maps, use_sample_size = true)
      estimate wls = WeightedLeastSquares(maps)
      estimate dsl = DerSimonianLaird(maps)
      estimate hedges = Hedges(maps)
      estimate permols = PermutedOLS(maps)
      correct stouffers with FWE(method = bonferroni)
      correct stouffers with FDR(method = indep)
      """;

  /** pain_21's z from its t, pain_20's varcope from its se: then every estimator uses all 21. */
  private static final String TRANSFORMED = """
      version 1
      space "data/test_pain_dataset/mask.nii.gz"
      dataset maps = load("data/test_pain_dataset.json", base = "data/test_pain_dataset")
      dataset full = transform(maps, to = [z, varcope])
      estimate st = Stouffers(full)
      estimate dsl = DerSimonianLaird(full)
      """;

  @TempDir static Path tmp;
  static Cli example;
  static Path exampleOut;
  static Cli all;
  static Cli transformed;
  static Mask mask;

  @BeforeAll
  static void runScripts() throws Exception {
    exampleOut = tmp.resolve("ibma-pain.out");
    example = Cli.run("run", "examples/ibma-pain.meta", "--out", exampleOut.toString(), "--quiet");
    all = Cli.run("run", script("all.meta", ALL).toString(), "--quiet");
    transformed = Cli.run("run", script("transformed.meta", TRANSFORMED).toString(), "--quiet");
    mask = Mask.fromImage(Nifti.read(INPUTS.resolve("test_pain_dataset/mask.nii.gz")));
  }

  /** The script in the temporary folder, its {@code data/} paths pointing at the test inputs. */
  private static Path script(String name, String text) throws Exception {
    String data = INPUTS.toAbsolutePath().toString().replace('\\', '/') + "/";
    return Files.writeString(tmp.resolve(name), text.replace("\"data/", "\"" + data));
  }

  private static void compare(Path dir, String ours, String theirs, double pAbs) {
    NiftiImage written = Nifti.read(dir.resolve(ours + ".nii.gz"));
    assertEquals(NiftiDatatype.FLOAT32, written.datatype());
    assertTrue(written.grid().sameSpaceAs(mask.grid()), "written on the analysis grid");
    double[] reference = mask.apply(Nifti.read(REFERENCE.resolve(theirs + ".nii.gz")).data());
    MapComparison.assertClose(theirs, mask.apply(written.data()), reference, REL,
        ours.equals("p") ? pAbs : Float.MIN_VALUE);
  }

  @Test
  void theExampleMatchesNimare() {
    assertEquals(0, example.exit(), example.err());
    for (String map : List.of("z", "p", "dof")) {
      compare(exampleOut.resolve("st"), map, "stouffers_ss_" + map, Float.MIN_VALUE);
    }
    for (String map : List.of("z", "p", "est", "se", "tau2", "dof")) {
      compare(exampleOut.resolve("dsl"), map, "dsl_" + map, P_RESOLUTION);
    }
    for (String map : List.of("t", "z", "dof")) {
      compare(exampleOut.resolve("ols"), map, "permols_" + map, Float.MIN_VALUE);
    }
    assertTrue(Files.isRegularFile(exampleOut.resolve("st/p_corr-FDR_method-indep.nii.gz")));
  }

  @Test
  void everyClosedFormEstimatorAndTheReferenceCorrectionsMatchNimare() throws Exception {
    assertEquals(0, all.exit(), all.err());
    Path out = tmp.resolve("all.out");
    Map<String, List<String>> maps = Map.of(
        "fishers", List.of("z", "p", "dof"),
        "stouffers", List.of("z", "p", "dof", "z_corr-FWE_method-bonferroni", "z_corr-FDR_method-indep"),
        "stouffers_ss", List.of("z", "p", "dof"),
        "wls", List.of("z", "p", "est", "se", "dof"),
        "dsl", List.of("z", "p", "est", "se", "tau2", "dof"),
        "hedges", List.of("z", "p", "est", "se", "tau2", "dof"),
        "permols", List.of("t", "z", "dof"));
    maps.forEach((estimate, names) -> {
      double pAbs = estimate.startsWith("fishers") || estimate.startsWith("stouffers") ? Float.MIN_VALUE : P_RESOLUTION;
      names.forEach(map -> compare(out.resolve(estimate), map, estimate + "_" + map, pAbs));
    });
    String inputs = Files.readString(out.resolve("dsl/inputs.tsv"));
    assertTrue(inputs.startsWith("id\tused\ttype\tfile\tresampled\treason\n"), inputs);
    assertTrue(inputs.contains("pain_20.nidm-1\tno\t\t\t\tno `varcope` image\n"), inputs);
    JsonNode prov = Json.parse(Files.readString(out.resolve("provenance.json")));
    assertTrue(prov.toString().contains("dsl/inputs.tsv"), "the inputs table is a recorded output");
  }

  @Test
  void transformedImagesLetEveryExperimentTakePart() throws Exception {
    assertEquals(0, transformed.exit(), transformed.err());
    Path out = tmp.resolve("transformed.out");
    for (String estimate : List.of("st", "dsl")) {
      List<String> rows = Files.readAllLines(out.resolve(estimate + "/inputs.tsv"));
      assertTrue(rows.stream().skip(1).allMatch(r -> r.split("\t")[1].equals("yes")), estimate + ": " + rows);
    }
    assertTrue(Files.readString(out.resolve("st/inputs.tsv")).contains("pain_21.nidm-1_z-from-t_"));
    assertTrue(Files.readString(out.resolve("dsl/inputs.tsv")).contains("pain_20.nidm-1_varcope-from-se_"));
    double[] dof = mask.apply(Nifti.read(out.resolve("dsl/dof.nii.gz")).data());
    assertEquals(20, dof[500], "21 experiments: dof 20");
    JsonNode plan = Json.parse(Files.readString(out.resolve("plan.json")));
    JsonNode step = plan.get("steps").get(1);
    assertEquals("transform", step.get("kind").asText());
    assertEquals("[\"z\",\"varcope\"]", step.get("targets").toString());
  }
}
