package org.nimeta.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code load(..., space = ...)}: files that state no space take the given one; contradictions fail. */
class LoadSpaceTest {
  private static final String EXPERIMENTS = """

      // Smith 2005: pain
      // Subjects=12
      40\t-22\t54
      -40\t-22\t54

      // Jones 2010: heat
      // Subjects=9
      0\t0\t0
      """;

  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text);
    return file;
  }

  private static LoadResult load(Path file, Format format, CoordinateSpace space) {
    return DatasetLoader.load(List.of(file), format, null, space, null);
  }

  @Test
  void sleuthWithoutReferenceGivenTalairachEqualsTheSameFileStatingTalairach() throws IOException {
    Path stated = write("stated.txt", "// Reference=Talairach" + EXPERIMENTS);
    Path bare = write("bare.txt", EXPERIMENTS.strip() + "\n");
    Dataset expected = load(stated, null, null).dataset();
    LoadResult given = load(bare, Format.SLEUTH, CoordinateSpace.TALAIRACH);
    assertEquals(expected, given.dataset(), "same ids, labels, foci (converted with tal2mni), sample sizes");
    assertArrayEquals(Spaces.tal2mni(40, -22, 54), given.dataset().get("Smith 2005-pain").orElseThrow().foci()[0]);
    assertEquals(List.of(), given.warnings());
  }

  @Test
  void sleuthWithoutReferenceIsDetectedAsSleuthAndGivenMniIsUsedAsIs() throws IOException {
    Path bare = write("bare.txt", EXPERIMENTS.strip() + "\n");
    Dataset d = load(bare, null, CoordinateSpace.MNI).dataset();
    assertArrayEquals(new double[][] {{40, -22, 54}, {-40, -22, 54}}, d.get("Smith 2005-pain").orElseThrow().foci());
    assertEquals("MNI", d.get("Smith 2005-pain").orElseThrow().space());
  }

  @Test
  void sleuthWithoutReferenceAndWithoutSpaceIsStillAnErrorThatNamesTheRemedy() throws IOException {
    Path bare = write("bare.txt", EXPERIMENTS.strip() + "\n");
    DataException e = assertThrows(DataException.class, () -> load(bare, Format.SLEUTH, null));
    assertEquals(2, e.line());
    assertEquals("Expected a `// Reference=MNI` or `// Reference=Talairach` line before the first experiment "
        + "(or give the space in the script: `load(\"file.txt\", space = talairach)`).", e.reason());
  }

  @Test
  void sleuthReferenceThatContradictsTheGivenSpaceIsAConflictAtItsLine() throws IOException {
    Path mni = write("mni.txt", "// a comment\n//Reference = MNI" + EXPERIMENTS);
    SpaceConflictException e = assertThrows(SpaceConflictException.class,
        () -> load(mni, null, CoordinateSpace.TALAIRACH));
    assertEquals(mni, e.path());
    assertEquals(2, e.line());
    assertEquals(15, e.column(), "the column of the label `MNI`");
    assertEquals(CoordinateSpace.TALAIRACH, e.given());
    assertEquals("The file states the space `MNI` (`//Reference = MNI`, line 2), but the script loads "
        + "`mni.txt` with `space = talairach`.", e.reason());
  }

  @Test
  void sleuthReferenceThatAgreesWithTheGivenSpaceIsFine() throws IOException {
    Path tal = write("tal.txt", "// Reference=TAL" + EXPERIMENTS);
    assertEquals(load(tal, null, null).dataset(), load(tal, null, CoordinateSpace.TALAIRACH).dataset());
  }

  private static final String JSON = """
      {"a": {"contrasts": {"1": {"coords": {"space": "UNKNOWN", "x": [1], "y": [2], "z": [3]}}}},
       "b": {"contrasts": {"1": {"coords": {"x": [4], "y": [5], "z": [6]}}}},
       "c": {"contrasts": {"1": {"coords": {"space": "TAL", "x": [7], "y": [8], "z": [9]}}}}}
      """;

  @Test
  void jsonExperimentsWithoutSpaceTakeTheGivenOneAndStatedOnesAreKept() throws IOException {
    Path json = write("d.json", JSON);
    LoadResult r = load(json, null, CoordinateSpace.TALAIRACH);
    assertArrayEquals(new double[][] {Spaces.tal2mni(1, 2, 3)}, r.dataset().get("a-1").orElseThrow().foci());
    assertArrayEquals(new double[][] {Spaces.tal2mni(4, 5, 6)}, r.dataset().get("b-1").orElseThrow().foci());
    assertArrayEquals(new double[][] {Spaces.tal2mni(7, 8, 9)}, r.dataset().get("c-1").orElseThrow().foci());
    assertEquals("Talairach", r.dataset().get("b-1").orElseThrow().space());
    assertEquals("TAL", r.dataset().get("c-1").orElseThrow().space());
    assertEquals(List.of(), r.warnings(), "no experiment is left in an unknown space");
  }

  @Test
  void jsonWithoutGivenSpaceKeepsTheOldWarning() throws IOException {
    Path json = write("d.json", JSON);
    LoadResult r = load(json, null, null);
    assertArrayEquals(new double[][] {{4, 5, 6}}, r.dataset().get("b-1").orElseThrow().foci());
    assertEquals(2, r.warnings().size());
    assertEquals(DataWarning.Kind.COORDINATE_SPACE, r.warnings().get(0).kind());
    assertEquals(List.of("a-1"), r.warnings().get(0).experimentIds());
    assertEquals(List.of("b-1"), r.warnings().get(1).experimentIds());
  }

  @Test
  void jsonExperimentStatingAnotherSpaceIsAConflictNamingIt() throws IOException {
    Path json = write("d.json", JSON);
    SpaceConflictException e = assertThrows(SpaceConflictException.class, () -> load(json, null, CoordinateSpace.MNI));
    assertEquals(3, e.line());
    assertEquals(48, e.column());
    assertEquals("Experiment `c-1` states the space `TAL` (`coords.space`, line 3), but the script loads "
        + "`d.json` with `space = mni`.", e.reason());
  }

  @Test
  void spaceCountsTellWhatWasConverted() throws IOException {
    Path json = write("d.json", JSON);
    List<SpaceCount> counts = SpaceCount.of(load(json, null, null).dataset());
    assertEquals(List.of(new SpaceCount(CoordinateSpace.TALAIRACH, null, 1),
        new SpaceCount(CoordinateSpace.UNKNOWN, "", 1), new SpaceCount(CoordinateSpace.UNKNOWN, "UNKNOWN", 1)), counts);
    assertEquals("talairach (1 experiment), converted to MNI with Lancaster tal2icbm", counts.get(0).describe());
    assertEquals("no stated space (1 experiment), used as MNI", counts.get(1).describe());
    assertEquals("space \"UNKNOWN\" (1 experiment), used as MNI", counts.get(2).describe());
    assertEquals(List.of(new SpaceCount(CoordinateSpace.TALAIRACH, null, 3)),
        SpaceCount.of(load(json, null, CoordinateSpace.TALAIRACH).dataset()));
  }
}
