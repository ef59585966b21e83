package org.nimeta.engine.ibma;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nimeta.data.Dataset;
import org.nimeta.data.Experiment;
import org.nimeta.image.Mask;
import org.nimeta.image.Nifti;

class IbmaImagesTest {
  @TempDir
  Path dir;

  private Mask mask() {
    float[] ones = new float[27];
    Arrays.fill(ones, 1);
    return Mask.fromImage(Nifti.read(TestNifti.write(dir.resolve("mask.nii"), 3, 3, 3, ones)));
  }

  private static float[] filled(float value) {
    float[] v = new float[27];
    Arrays.fill(v, value);
    return v;
  }

  private Experiment experiment(String id, Map<String, Path> images) {
    return new Experiment(id, id, "1", "MNI", new double[0][3], new double[] {12, 14}, Map.of(), images);
  }

  private IbmaInputException rejected(String kind, Path file) {
    Path good = TestNifti.write(dir.resolve("good.nii"), 3, 3, 3, filled(1));
    Map<String, Path> images = new LinkedHashMap<>();
    images.put("beta", good);
    images.put("varcope", good);
    images.put(kind, file);
    Dataset dataset = new Dataset(List.of(experiment("ok-1", Map.of("beta", good)), experiment("bad-1", images)));
    IbmaInputException e = assertThrows(IbmaInputException.class,
        () -> IbmaImages.load(dataset, mask(), EnumSet.of(ImageKind.BETA, ImageKind.VARCOPE)));
    assertTrue(e.getMessage().contains("experiment `bad-1`"), e.getMessage());
    assertTrue(e.getMessage().contains(file.getFileName().toString()), e.getMessage());
    assertTrue(e.getMessage().contains("`" + kind + "`"), e.getMessage());
    assertEquals("bad-1", e.experimentId());
    assertEquals(file, e.file());
    return e;
  }

  @Test
  void loadsMaskedFloat32ValuesAndSampleSizes() {
    float[] values = new float[27];
    for (int i = 0; i < 27; i++) {
      values[i] = i + 0.1f;
    }
    Path beta = TestNifti.write(dir.resolve("beta.nii"), 3, 3, 3, values);
    IbmaData data = IbmaImages.load(new Dataset(List.of(experiment("a-1", Map.of("beta", beta)))), mask(),
        EnumSet.of(ImageKind.BETA, ImageKind.VARCOPE));
    IbmaStudy study = data.studies().get(0);
    assertTrue(study.has(ImageKind.BETA));
    assertTrue(!study.has(ImageKind.VARCOPE), "a missing image is simply absent");
    assertEquals(13, study.sampleSize());
    assertEquals(5.1f, study.image(ImageKind.BETA)[5]);
  }

  @Test
  void rejectsAnImageThatIsZeroEverywhere() {
    assertTrue(rejected("beta", TestNifti.write(dir.resolve("zero.nii"), 3, 3, 3, filled(0)))
        .getMessage().contains("no non-zero value"));
  }

  @Test
  void rejectsAnImageThatIsNanEverywhere() {
    assertTrue(rejected("beta", TestNifti.write(dir.resolve("nan.nii"), 3, 3, 3, filled(Float.NaN)))
        .getMessage().contains("no non-zero value"));
  }

  @Test
  void rejectsInfiniteValues() {
    float[] v = filled(1);
    v[4] = Float.POSITIVE_INFINITY;
    v[5] = Float.NEGATIVE_INFINITY;
    assertTrue(rejected("beta", TestNifti.write(dir.resolve("inf.nii"), 3, 3, 3, v))
        .getMessage().contains("2 infinite value(s)"));
  }

  @Test
  void rejectsNegativeVarcopes() {
    float[] v = filled(1);
    v[0] = -0.5f;
    assertTrue(rejected("varcope", TestNifti.write(dir.resolve("negvar.nii"), 3, 3, 3, v))
        .getMessage().contains("1 negative value(s)"));
  }

  @Test
  void rejectsAnotherGrid() {
    assertTrue(rejected("beta", TestNifti.write(dir.resolve("small.nii"), 3, 3, 2, new float[18]))
        .getMessage().contains("resample the image to the mask"));
  }

  @Test
  void rejectsAFileThatIsNotNifti() throws IOException {
    Path junk = Files.writeString(dir.resolve("junk.nii"), "not an image");
    assertTrue(rejected("varcope", junk).getMessage().contains("cannot be read"));
  }
}
