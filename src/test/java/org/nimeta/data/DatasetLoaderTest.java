package org.nimeta.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetLoaderTest {
  private static final Path PAIN_JSON = Tsv.REFDATA.resolve("inputs/nidm_pain_dset.json");
  private static final Path PAIN_SLEUTH = Path.of("src/test/resources/data/pain-subset-messy-crlf.txt");
  @TempDir Path dir;

  @Test
  void formatComesFromTheContentNotTheName() throws IOException {
    Path jsonNamedTxt = Files.copy(PAIN_JSON, dir.resolve("pain.txt"));
    Path sleuthNamedJson = Files.copy(PAIN_SLEUTH, dir.resolve("pain.json"));
    assertEquals(Format.NIMARE, DatasetLoader.detect(jsonNamedTxt));
    assertEquals(Format.SLEUTH, DatasetLoader.detect(sleuthNamedJson));
    assertEquals(21, DatasetLoader.load(jsonNamedTxt, null, null).dataset().size());
    assertEquals(3, DatasetLoader.load(sleuthNamedJson, null, null).dataset().size());
  }

  @Test
  void explicitFormatWins() {
    DataException e = assertThrows(DataException.class, () -> DatasetLoader.load(PAIN_SLEUTH, Format.NIMARE, null));
    assertEquals(PAIN_SLEUTH, e.path());
    assertEquals(1, e.line());
    assertEquals(1, e.column());
    assertEquals("The file is not valid JSON: unexpected `/` here.", e.reason());
  }

  @Test
  void imageBaseFolderIsPassedOn() {
    Path json = Tsv.REFDATA.resolve("inputs/test_pain_dataset.json");
    Path base = Tsv.REFDATA.resolve("inputs/test_pain_dataset");
    assertEquals(base.toAbsolutePath().resolve("pain_03_beta.nii.gz").normalize(),
        DatasetLoader.load(json, null, base).dataset().get("pain_03.nidm-1").orElseThrow().images().get("beta"));
  }

  @Test
  void neitherFormatIsAClearError() throws IOException {
    Path csv = Files.writeString(dir.resolve("foci.csv"), "x,y,z\n1,2,3\n");
    DataException e = assertThrows(DataException.class, () -> DatasetLoader.load(csv, null, null));
    assertEquals(csv, e.path());
    assertEquals("The file is neither a NiMARE dataset JSON or NIMADS studyset (a JSON object, starting with "
        + "`{`), a Sleuth text file (starting with `// Reference=MNI` or `// Reference=Talairach`) nor an image "
        + "table (a tab-separated header with the columns `id`, `type` and `path`).", e.reason());
    Path empty = Files.writeString(dir.resolve("empty.txt"), " \n");
    assertEquals("The file is empty; expected a NiMARE dataset JSON, a NIMADS studyset, a Sleuth text file or "
        + "an image table.",
        assertThrows(DataException.class, () -> DatasetLoader.load(empty, null, null)).reason());
  }

  @Test
  void missingFilesAndFoldersAreErrors() {
    Path missing = dir.resolve("nope.json");
    assertEquals("The file does not exist.",
        assertThrows(DataException.class, () -> DatasetLoader.load(missing, null, null)).reason());
    assertEquals("This is a folder without an `images.tsv` table; a folder of images needs one listing each "
        + "image's `id`, `type` and `path`.",
        assertThrows(DataException.class, () -> DatasetLoader.load(dir, null, null)).reason());
    DataException noTable = assertThrows(DataException.class, () -> DatasetLoader.load(dir, Format.IMAGES, null));
    assertEquals(dir.resolve("images.tsv"), noTable.path());
    assertEquals("The file does not exist.", noTable.reason());
  }

  @Test
  void mixedFormatsLoadTogetherAndDuplicatesNameBothFiles() throws IOException {
    Path other = Path.of("src/test/resources/data/mni-other.txt");
    LoadResult r = DatasetLoader.load(List.of(PAIN_JSON, other), null, null);
    assertEquals(23, r.dataset().size());
    assertEquals(List.of("Other 2012-left", "Other 2012-right"), r.dataset().ids().subList(0, 2));
    DataException e = assertThrows(DataException.class,
        () -> DatasetLoader.load(List.of(PAIN_JSON, PAIN_SLEUTH), null, null));
    assertEquals(PAIN_SLEUTH, e.path());
    assertEquals(4, e.line());
    assertEquals("Experiment `pain_01.nidm-1` is defined twice: first in `nidm_pain_dset.json` line 4, again "
        + "in `pain-subset-messy-crlf.txt` line 4.", e.reason());
  }
}
