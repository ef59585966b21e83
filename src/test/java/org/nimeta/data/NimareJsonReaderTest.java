package org.nimeta.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nimeta.image.Affine;

/** The NiMARE JSON reader against NiMARE 0.2.1's own view of the same files. */
class NimareJsonReaderTest {
  private static final Path INPUTS = Tsv.REFDATA.resolve("inputs");
  private static final Path PAIN = INPUTS.resolve("nidm_pain_dset.json");
  private static final Affine MNI_2MM_INVERSE = Affine.scaled(2, 2, 2, -90, -126, -72).inverse();

  @Test
  void painIdsAreInNimareOrder() {
    Dataset pain = NimareJsonReader.read(PAIN, null).dataset();
    Tsv metadata = Tsv.read(Tsv.REFDATA.resolve("public/dataset_coords/metadata.tsv"));
    List<String> expected = metadata.rows().stream().map(r -> r[0]).toList();
    assertEquals(expected, pain.ids());
    assertEquals(21, pain.size());
    assertEquals(267, pain.fociCount());
  }

  /**
   * Every focus and its voxel equal NiMARE's, exactly. The experiments come in the same blocks and
   * order; within an experiment NiMARE's rows are in the order pandas' unstable quicksort by id
   * left them, so foci are compared per experiment as sorted lists.
   */
  @Test
  void painFociAndVoxelsEqualNimares() {
    LoadResult result = NimareJsonReader.read(PAIN, null);
    Tsv coords = Tsv.read(Tsv.REFDATA.resolve("public/dataset_coords/coordinates_after_load.tsv"));
    Map<String, List<double[]>> expected = new LinkedHashMap<>();
    for (int r = 0; r < coords.rows().size(); r++) {
      expected.computeIfAbsent(coords.text(r, "id"), k -> new ArrayList<>()).add(new double[] {
          coords.number(r, "x"), coords.number(r, "y"), coords.number(r, "z"),
          coords.number(r, "i"), coords.number(r, "j"), coords.number(r, "k")});
    }
    Dataset pain = result.dataset();
    assertEquals(List.copyOf(expected.keySet()), pain.ids());
    for (Experiment e : pain.experiments()) {
      List<double[]> ours = new ArrayList<>();
      for (double[] f : e.foci()) {
        int[] ijk = VoxelCoordinates.mm2vox(MNI_2MM_INVERSE, f[0], f[1], f[2]);
        ours.add(new double[] {f[0], f[1], f[2], ijk[0], ijk[1], ijk[2]});
      }
      assertArrayEquals(sorted(expected.get(e.id())), sorted(ours), e.id());
      assertEquals("MNI", e.space());
    }
    assertEquals(List.of(), result.warnings());
  }

  @Test
  void painSampleSizesEqualNimares() {
    Dataset pain = NimareJsonReader.read(PAIN, null).dataset();
    Tsv metadata = Tsv.read(Tsv.REFDATA.resolve("public/dataset_coords/metadata.tsv"));
    for (int r = 0; r < metadata.rows().size(); r++) {
      Experiment e = pain.get(metadata.text(r, "id")).orElseThrow();
      String list = metadata.text(r, "sample_sizes"); // e.g. "[25]"
      double expected = Double.parseDouble(list.substring(1, list.length() - 1));
      assertArrayEquals(new double[] {expected}, e.sampleSizes(), e.id());
      assertEquals(expected, e.sampleSize().orElseThrow());
    }
    assertEquals(List.of(), pain.missingSampleSizes());
  }

  @Test
  void painImagesResolveAgainstTheJsonFolderAndNullsAreAbsent() {
    Experiment first = NimareJsonReader.read(PAIN, null).dataset().experiments().get(0);
    Path folder = PAIN.toAbsolutePath().getParent();
    assertEquals(folder.resolve("pain_01.nidm/Contrast.nii.gz").normalize(), first.images().get("beta"));
    assertEquals(folder.resolve("pain_01.nidm/TStatistic.nii.gz").normalize(), first.images().get("t"));
    assertFalse(first.images().containsKey("z"), "`z: null` is no image");
    assertEquals(3, first.images().size());
  }

  @Test
  void lairdTalairachFociAreConvertedAndUnknownOnesKeptWithOneWarning() throws IOException {
    Path laird = INPUTS.resolve("neurosynth_laird_studies.json");
    LoadResult result = NimareJsonReader.read(laird, null);
    Dataset d = result.dataset();
    assertEquals(17, d.size());
    assertEquals(1117, d.fociCount());

    JsonNode raw = new ObjectMapper().readTree(laird.toFile());
    List<String> unknown = new ArrayList<>();
    int talairach = 0;
    for (Experiment e : d.experiments()) {
      JsonNode c = raw.get(e.studyId()).get("contrasts").get(e.contrastId()).get("coords");
      String space = c.get("space").asText();
      assertEquals(space, e.space());
      for (int n = 0; n < e.foci().length; n++) {
        double x = c.get("x").get(n).asDouble();
        double y = c.get("y").get(n).asDouble();
        double z = c.get("z").get(n).asDouble();
        double[] expected = space.equals("TAL") ? Spaces.tal2mni(x, y, z) : new double[] {x, y, z};
        assertArrayEquals(expected, e.foci()[n], 0.0, e.id() + " focus " + n);
      }
      if (space.equals("UNKNOWN")) {
        unknown.add(e.id());
      } else if (space.equals("TAL")) {
        talairach++;
        assertTrue(Math.abs(e.foci()[0][0] - c.get("x").get(0).asDouble()) > 0.01, "converted");
      }
    }
    assertEquals(2, talairach);
    assertEquals(List.of("20197097-1", "23042731-1", "25662104-1"), unknown);
    assertEquals(1, result.warnings().size());
    DataWarning w = result.warnings().get(0);
    assertEquals(unknown, w.experimentIds());
    assertEquals("3 experiments in `neurosynth_laird_studies.json` give the unrecognised coordinate space "
        + "`UNKNOWN`; their coordinates are used as they are (as MNI), as NiMARE does: `20197097-1`, "
        + "`23042731-1`, `25662104-1`.", w.message());
    assertEquals(d.ids(), d.missingSampleSizes(), "this file has no sample sizes");
    assertEquals("Psychiatry research", d.get("17029760-1").orElseThrow().metadata().get("journal"));
    assertEquals(2006L, d.get("17029760-1").orElseThrow().metadata().get("year"));
  }

  @Test
  void ibmaImagesResolveAgainstTheGivenBaseFolder() {
    Path json = INPUTS.resolve("test_pain_dataset.json");
    Path base = INPUTS.resolve("test_pain_dataset");
    Dataset d = NimareJsonReader.read(json, base).dataset();
    assertEquals(21, d.size());
    for (Experiment e : d.experiments()) {
      for (Path image : e.images().values()) {
        assertTrue(image.isAbsolute(), image.toString());
        assertTrue(Files.isRegularFile(image), image + " exists");
        assertEquals(base.toAbsolutePath().normalize(), image.getParent());
      }
    }
    assertEquals(base.toAbsolutePath().resolve("pain_01_z.nii.gz").normalize(),
        d.get("pain_01.nidm-1").orElseThrow().images().get("z"));
    assertFalse(d.get("pain_20.nidm-1").orElseThrow().images().containsKey("varcope"));
    assertFalse(d.get("pain_21.nidm-1").orElseThrow().images().containsKey("z"));
    assertEquals(5, d.get("pain_19.nidm-1").orElseThrow().images().size());
    assertEquals(0, d.get("pain_01.nidm-1").orElseThrow().fociCount(), "no coords: zero foci");

    Dataset unbased = NimareJsonReader.read(json, null).dataset();
    assertEquals(json.toAbsolutePath().getParent().resolve("pain_01_z.nii.gz").normalize(),
        unbased.get("pain_01.nidm-1").orElseThrow().images().get("z"));
  }

  private static double[][] sorted(List<double[]> rows) {
    List<double[]> copy = new ArrayList<>(rows);
    copy.sort(Comparator.<double[]>comparingDouble(r -> r[0]).thenComparingDouble(r -> r[1])
        .thenComparingDouble(r -> r[2]));
    return copy.toArray(new double[0][]);
  }
}
