package org.nimeta.engine.ibma.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nimeta.data.DataWarning;
import org.nimeta.data.Dataset;
import org.nimeta.data.Experiment;
import org.nimeta.image.Affine;
import org.nimeta.image.Grid;
import org.nimeta.image.Nifti;
import org.nimeta.image.NiftiDatatype;
import org.nimeta.image.NiftiImage;

class ImageTransformerTest {
  /** 3x3x3 grid, 2 mm voxels. */
  static final Grid GRID = new Grid(3, 3, 3, Affine.scaled(2, 2, 2, -2, -2, -2));

  @TempDir
  Path dir;

  private Path image(String name, Grid grid, double value) {
    double[] data = new double[grid.size()];
    for (int f = 0; f < data.length; f++) {
      data[f] = value + f;
    }
    Path file = dir.resolve(name);
    Nifti.write(file, new NiftiImage(grid, data, NiftiDatatype.FLOAT32));
    return file;
  }

  private static Experiment experiment(String id, Map<String, Path> images, double... sampleSizes) {
    return new Experiment(id, id, "1", "", new double[0][3], sampleSizes, Map.of(), images);
  }

  private Dataset dataset() {
    return new Dataset(List.of(
        experiment("a-1", Map.of("t", image("a_t.nii", GRID, 1), "se", image("a_se.nii", GRID, 0.5)), 16),
        experiment("b-1", Map.of("p", image("b_p.nii", GRID, 0.001)), new double[0]),
        experiment("c-1", Map.of("beta", image("c_beta.nii", GRID, 3), "z", image("c_z.nii", GRID, 2)))));
  }

  @Test
  void previewAddsWhatNimareCanMakeAndWarnsAboutTheRest() {
    ImageTransformer.Result r = ImageTransformer.preview(dataset(), List.of(MapType.Z, MapType.VARCOPE));
    Dataset d = r.dataset();
    assertEquals(List.of("a-1", "b-1", "c-1"), d.ids());
    assertTrue(d.experiments().get(0).images().keySet().containsAll(List.of("t", "se", "z", "varcope")));
    assertTrue(d.experiments().get(1).images().containsKey("z"));
    assertFalse(d.experiments().get(1).images().containsKey("varcope"));
    assertEquals(d.experiments().get(2).images().get("z"), dataset().experiments().get(2).images().get("z"),
        "an image the experiment has is kept");
    assertEquals(List.of("a-1 z T_TO_Z", "a-1 varcope SE_TO_VARCOPE", "b-1 z P_TO_Z"),
        r.computed().stream().map(c -> c.experiment() + " " + c.type().nimareName() + " " + c.derivation().formula()).toList());
    for (ImageTransformer.Computed c : r.computed()) {
      assertTrue(ImageTransformer.isPreview(c.file()));
      assertFalse(Files.exists(c.file()));
    }
    assertEquals(1, r.warnings().size());
    DataWarning w = r.warnings().get(0);
    assertEquals(List.of("b-1", "c-1"), w.experimentIds());
    assertTrue(w.message().startsWith("2 experiments get no `varcope` image: making one needs an `se` image"), w.message());
  }

  @Test
  void applyWritesTheComputedImagesOnTheAnalysisGrid() {
    Path out = dir.resolve("computed");
    out.toFile().mkdir();
    ImageTransformer.Result r = ImageTransformer.apply(dataset(), List.of(MapType.VARCOPE, MapType.BETA), GRID, out);
    Experiment a = r.dataset().experiments().get(0);
    NiftiImage varcope = Nifti.read(a.images().get("varcope"));
    NiftiImage beta = Nifti.read(a.images().get("beta"));
    assertTrue(a.images().get("beta").startsWith(out));
    assertTrue(varcope.grid().sameSpaceAs(GRID));
    for (int f = 0; f < GRID.size(); f++) {
      double se = 0.5 + f;
      double t = 1 + f;
      assertEquals((float) (se * se), varcope.data()[f]);
      assertEquals((float) (t * se), beta.data()[f], 1e-6 * t * se, "beta = t √(se²), from the varcope made first");
    }
    assertEquals(List.of("a-1_varcope-from-se_", "a-1_beta-from-t-varcope_"),
        r.computed().stream().map(c -> c.file().getFileName().toString().replaceAll("[0-9a-f]{12}\\.nii$", "")).toList());
    Path elsewhere = dir.resolve("again");
    elsewhere.toFile().mkdir();
    assertEquals(r.computed().stream().map(c -> c.file().getFileName()).toList(),
        ImageTransformer.apply(dataset(), List.of(MapType.VARCOPE, MapType.BETA), GRID, elsewhere).computed().stream()
            .map(c -> c.file().getFileName()).toList(), "the name depends on the content, not the folder");
  }

  @Test
  void sourcesOnAnotherGridAreResampledToTheAnalysisGrid() {
    Grid small = new Grid(3, 3, 2, Affine.scaled(2, 2, 2, -2, -2, -2));
    Dataset d = new Dataset(List.of(experiment("a-1", Map.of("se", image("small_se.nii", small, 1)))));
    Path out = dir.resolve("computed");
    out.toFile().mkdir();
    Experiment a = ImageTransformer.apply(d, List.of(MapType.VARCOPE), GRID, out).dataset().experiments().get(0);
    NiftiImage varcope = Nifti.read(a.images().get("varcope"));
    assertTrue(varcope.grid().sameSpaceAs(GRID));
    assertEquals(1, varcope.data()[0]);
    assertEquals(18 * 18, varcope.data()[17]);
    assertEquals(0, varcope.data()[18], "outside the source's field of view");
  }

  @Test
  void theSameImageComputedTwiceHasTheSameNameSoDatasetsStillCombine() {
    Dataset d = dataset();
    Dataset once = ImageTransformer.preview(d, List.of(MapType.Z)).dataset();
    Dataset again = ImageTransformer.preview(d, List.of(MapType.Z)).dataset();
    assertEquals(once, once.union(again));
  }
}
