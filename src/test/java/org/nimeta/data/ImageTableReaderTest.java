package org.nimeta.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageTableReaderTest {
  @TempDir Path dir;

  private Path table(String name, String... lines) throws IOException {
    return Files.writeString(dir.resolve(name), String.join("\n", lines) + "\n");
  }

  private DataException fails(String... lines) throws IOException {
    Path t = table("bad.tsv", lines);
    DataException e = assertThrows(DataException.class, () -> ImageTableReader.read(t, null));
    assertEquals(t, e.path());
    return e;
  }

  @Test
  void oneRowPerImageGathersExperiments() throws IOException {
    Path t = table("images.tsv",
        "id\ttype\tpath\tsample_size\tgroup",
        "s2-1\tz\tmaps/s2_z.nii.gz\t20\tpatients",
        "",
        "s1-1\tz\ts1_z.nii.gz\t\tcontrols",
        "s1-1\tvarcope\t/abs/s1_varcope.nii\t12\t");
    LoadResult r = ImageTableReader.read(t, null);
    assertEquals(List.of("s1-1", "s2-1"), r.dataset().ids(), "NiMARE's order: ids sorted");
    Experiment s1 = r.dataset().experiments().get(0);
    assertEquals(Map.of("z", dir.resolve("s1_z.nii.gz"), "varcope", Path.of("/abs/s1_varcope.nii")), s1.images());
    assertArrayEquals(new double[] {12}, s1.sampleSizes(), "given on one row only");
    assertEquals("s1-1", s1.studyId());
    assertEquals("", s1.contrastId());
    assertEquals(Map.of("group", "controls"), s1.metadata());
    assertEquals(0, s1.fociCount());
    Experiment s2 = r.dataset().experiments().get(1);
    assertEquals(dir.resolve("maps/s2_z.nii.gz"), s2.images().get("z"));
    assertArrayEquals(new double[] {20}, s2.sampleSizes());
    assertEquals(List.of(), r.warnings());
  }

  @Test
  void baseFolderStudyContrastAndNumericMetadata() throws IOException {
    Path base = dir.resolve("elsewhere");
    Path t = table("images.tsv", "contrast\tpath\ttype\tid\tstudy\tage", "2\tz.nii\tz\tx\tS\t31.5");
    Experiment e = ImageTableReader.read(t, base).dataset().experiments().get(0);
    assertEquals(base.resolve("z.nii"), e.images().get("z"));
    assertEquals("S", e.studyId());
    assertEquals("2", e.contrastId());
    assertEquals(Map.of("age", 31.5), e.metadata());
  }

  @Test
  void aFolderIsReadThroughItsTableAndDetected() throws IOException {
    table("images.tsv", "id\ttype\tpath", "a\tbeta\ta_beta.nii");
    assertEquals(Format.IMAGES, DatasetLoader.detect(dir));
    assertEquals(Format.IMAGES, DatasetLoader.detect(dir.resolve("images.tsv")));
    assertEquals(dir.resolve("a_beta.nii"),
        DatasetLoader.load(dir, null, null).dataset().experiments().get(0).images().get("beta"));
  }

  @Test
  void headerProblems() throws IOException {
    DataException e = fails("id\tkind\tpath", "a\tz\tz.nii");
    assertEquals(1, e.line());
    assertEquals("The header has no `type` column; an image table needs `id`, `type` and `path` "
        + "(tab-separated), found `id`, `kind`, `path`.", e.reason());
    assertEquals("The column `id` appears twice in the header.", fails("id\ttype\tpath\tid").reason());
    assertEquals("The table is empty; expected a header line with the columns `id`, `type` and `path` "
        + "(tab-separated), then one line per image.", fails("", " ").reason());
  }

  @Test
  void rowProblemsNameLineAndColumn() throws IOException {
    DataException e = fails("id\ttype\tpath", "a\tvarcop\tv.nii");
    assertEquals(2, e.line());
    assertEquals(3, e.column());
    assertEquals("Unknown image type `varcop` for experiment `a`; the types are `z`, `t`, `p`, `beta`, "
        + "`varcope`, `se`, `sd`, `samplevar_dataset`.", e.reason());
    e = fails("id\ttype\tpath", "a\tz\tz.nii", "a\tz\tz2.nii");
    assertEquals(3, e.line());
    assertEquals("Experiment `a` has a second `z` image; the first is on line 2.", e.reason());
    assertEquals("This line has 2 tab-separated cells, but the header has 3 columns.",
        fails("id\ttype\tpath", "a\tz").reason());
    e = fails("id\ttype\tpath", "a\t\tz.nii");
    assertEquals(3, e.column());
    assertEquals("The `type` cell is empty.", e.reason());
  }

  @Test
  void sampleSizesAndMetadataMustAgree() throws IOException {
    DataException e = fails("id\ttype\tpath\tsample_size", "a\tz\tz.nii\t20", "a\tbeta\tb.nii\t21");
    assertEquals(3, e.line());
    assertEquals(14, e.column());
    assertEquals("Experiment `a` has `sample_size` `21` here but `20` on an earlier line; an experiment's "
        + "rows must agree.", e.reason());
    assertEquals("Experiment `a`: the sample size must be a positive number, found `0`.",
        fails("id\ttype\tpath\tsample_size", "a\tz\tz.nii\t0").reason());
    assertEquals("Experiment `a` has `site` `B` here but `A` on an earlier line; an experiment's rows must agree.",
        fails("id\ttype\tpath\tsite", "a\tz\tz.nii\tA", "a\tt\tt.nii\tB").reason());
  }
}
