package org.nimeta.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * NIMADS studysets: NiMARE's own {@code nidm_pain_studyset.json} (the 21 pain studies converted by
 * NiMARE from {@code nidm_pain_dset.json}) must give the same experiments as the dataset JSON.
 */
class NimadsReaderTest {
  private static final Path NIMADS = Path.of("src/test/resources/nimads");
  private static final Path STUDYSET = NIMADS.resolve("nidm_pain_studyset.json");
  private static final Path PAIN_JSON = Tsv.REFDATA.resolve("inputs/nidm_pain_dset.json");

  @TempDir Path dir;

  /** The rows sorted, so that foci listed in another order compare equal. */
  private static double[][] sortedRows(double[][] foci) {
    double[][] s = foci.clone();
    Arrays.sort(s, Comparator.<double[]>comparingDouble(f -> f[0]).thenComparingDouble(f -> f[1])
        .thenComparingDouble(f -> f[2]));
    return s;
  }

  @Test
  void painStudysetGivesTheSameExperimentsAsThePainDatasetJson() {
    LoadResult nimads = NimadsReader.read(STUDYSET, null);
    Dataset json = NimareJsonReader.read(PAIN_JSON, null).dataset();
    assertEquals(json.ids(), nimads.dataset().ids(), "`<study id>-<analysis id>`, in NiMARE's order");
    assertEquals(21, nimads.dataset().size());
    for (Experiment e : nimads.dataset().experiments()) {
      Experiment j = json.get(e.id()).orElseThrow();
      // NiMARE wrote the studyset's points in its DataFrame's order, not the JSON's
      assertArrayEquals(sortedRows(j.foci()), sortedRows(e.foci()), e.id());
      assertArrayEquals(j.sampleSizes(), e.sampleSizes(), e.id());
      assertEquals(j.studyId(), e.studyId());
      assertEquals(j.contrastId(), e.contrastId());
      assertEquals("MNI", e.space());
    }
    assertEquals(List.of(), nimads.warnings());
  }

  @Test
  void detectedFromTheContentAndAnnotationLabelsBecomeMetadata() {
    LoadResult r = DatasetLoader.load(List.of(STUDYSET), null, null, null, NIMADS.resolve("pain_annotation.json"));
    Experiment first = r.dataset().get("pain_01.nidm-1").orElseThrow();
    assertEquals(Map.of("include", true, "stimulus", "heat", "sample_sizes", List.of(25L)), first.metadata());
    assertFalse(r.dataset().get("pain_02.nidm-1").orElseThrow().metadata().containsKey("include"));
    assertEquals(Format.NIMADS, DatasetLoader.detect(STUDYSET));
    assertEquals(Format.NIMARE, DatasetLoader.detect(PAIN_JSON));
  }

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text);
    return file;
  }

  private static String studyset(String analysis) {
    return "{\"id\": \"ss\", \"studies\": [{\"id\": \"s1\", \"metadata\": {\"sample_size\": 30, \"year\": 2001},\n"
        + " \"analyses\": [" + analysis + "]}]}";
  }

  @Test
  void sampleSizesSpacesAndMetadataFollowNimaresPrecedence() throws IOException {
    Path f = write("s.json", studyset("""
        {"id": "a1", "metadata": {"year": 2002},
         "points": [{"space": "TAL", "coordinates": [1, 2, 3]}, {"space": null, "coordinates": [4, 5, 6]}]},
        {"id": "a2", "points": []}"""));
    Dataset d = NimadsReader.read(f, null).dataset();
    Experiment a1 = d.get("s1-a1").orElseThrow();
    assertArrayEquals(new double[][] {Spaces.tal2mni(1, 2, 3), Spaces.tal2mni(4, 5, 6)}, a1.foci());
    assertEquals("TAL", a1.space());
    assertArrayEquals(new double[] {30}, a1.sampleSizes(), "the study's sample_size");
    assertEquals(2002L, a1.metadata().get("year"), "the analysis's metadata wins");
    assertEquals(0, d.get("s1-a2").orElseThrow().foci().length);
  }

  private DataException fails(Path file) {
    return assertThrows(DataException.class, () -> NimadsReader.read(file, null));
  }

  @Test
  void missingCoordinatesNameTheStudyAndAnalysis() throws IOException {
    Path f = write("s.json", studyset("{\"id\": \"a1\", \"points\": [{\"space\": \"MNI\"}]}"));
    DataException e = fails(f);
    assertEquals(f, e.path());
    assertEquals(2, e.line());
    assertEquals("Analysis `a1` of study `s1`: point 1 has no `coordinates`; expected "
        + "`\"coordinates\": [x, y, z]`.", e.reason());
  }

  @Test
  void nonNumericCoordinateIsRefused() throws IOException {
    Path f = write("s.json", studyset("{\"id\": \"a1\", \"points\": [{\"coordinates\": [1, \"two\", 3]}]}"));
    assertEquals("Analysis `a1` of study `s1`: point 1 has the string `two` as its `y` coordinate; expected "
        + "a number.", fails(f).reason());
    Path g = write("t.json", studyset("{\"id\": \"a1\", \"points\": [{\"coordinates\": [1, 3]}]}"));
    assertEquals("Analysis `a1` of study `s1`: point 1 has a list as its `coordinates` of 2 values; expected "
        + "three numbers `[x, y, z]`.", fails(g).reason());
  }

  @Test
  void unknownOrMixedSpacesAreRefused() throws IOException {
    Path f = write("s.json", studyset("{\"id\": \"a1\", \"points\": [{\"space\": \"MNI152\", \"coordinates\": [1, 2, 3]}]}"));
    assertEquals("Analysis `a1` of study `s1`: point 1 is in the unknown space `MNI152`; expected `MNI`, `TAL` "
        + "or `Talairach` (or no `space`, with `space =` given in the script).", fails(f).reason());
    Path g = write("t.json", studyset("""
        {"id": "a1", "points": [{"space": "MNI", "coordinates": [1, 2, 3]},
                                {"space": "TAL", "coordinates": [1, 2, 3]}]}"""));
    DataException e = fails(g);
    assertEquals(3, e.line());
    assertEquals("Analysis `a1` of study `s1`: point 2 is in the space `TAL` but an earlier point (line 2) is "
        + "in `MNI`; an analysis's points are in one space.", e.reason());
  }

  @Test
  void analysesWithoutSpaceTakeTheGivenOneOrAreWarnedAbout() throws IOException {
    Path f = write("s.json", studyset("{\"id\": \"a1\", \"points\": [{\"coordinates\": [1, 2, 3]}]}"));
    LoadResult given = DatasetLoader.load(List.of(f), Format.NIMADS, null, CoordinateSpace.TALAIRACH, null);
    assertArrayEquals(new double[][] {Spaces.tal2mni(1, 2, 3)}, given.dataset().get("s1-a1").orElseThrow().foci());
    assertEquals(List.of(), given.warnings());
    LoadResult unstated = NimadsReader.read(f, null);
    assertEquals(List.of("s1-a1"), unstated.warnings().get(0).experimentIds());
    Path mni = write("m.json", studyset("{\"id\": \"a1\", \"points\": [{\"space\": \"MNI\", \"coordinates\": [1, 2, 3]}]}"));
    SpaceConflictException e = assertThrows(SpaceConflictException.class,
        () -> DatasetLoader.load(List.of(mni), null, null, CoordinateSpace.TALAIRACH, null));
    assertEquals("Analysis `a1` of study `s1` states the space `MNI` (`points[].space`, line 2), but the script "
        + "loads `m.json` with `space = talairach`.", e.reason());
  }

  @Test
  void annotationNotesMustMatchAnalyses() throws IOException {
    Path f = write("s.json", studyset("{\"id\": \"a1\", \"points\": []}"));
    Path notes = write("n.json", "{\"notes\": [{\"analysis\": \"zz\", \"note\": {\"include\": true}}]}");
    DataException e = assertThrows(DataException.class, () -> NimadsReader.read(f, notes));
    assertEquals(notes, e.path());
    assertEquals(1, e.line(), "the note's line");
    assertEquals("The annotation has a note on analysis `zz`, which the studyset `s.json` does not have.", e.reason());
    Path sleuth = write("x.txt", "// Reference=MNI\n// a: b\n// Subjects=3\n1 2 3\n");
    assertEquals("An `annotation` goes with a NIMADS studyset, but this file is a Sleuth text file.",
        assertThrows(DataException.class, () -> DatasetLoader.load(List.of(sleuth), null, null, null, notes)).reason());
  }
}
