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

/** Malformed Sleuth files: every error names the file, the 1-based line and column, and what was expected. */
class SleuthReaderErrorsTest {
  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text);
    return file;
  }

  private static void assertFailsAt(Path file, int line, int column, String reason) {
    DataException e = assertThrows(DataException.class, () -> SleuthReader.read(file));
    assertEquals(file, e.path());
    assertEquals(line, e.line(), "line");
    assertEquals(column, e.column(), "column");
    assertEquals(reason, e.reason());
  }

  private static final String TWO_EXPERIMENTS = """
      // Reference=MNI
      // A: b
      // Subjects=10
      1 2 3

      // C: d
      // Subjects=12
      """;

  @Test
  void rowWithTwoNumbers() throws IOException {
    Path f = write("two.txt", TWO_EXPERIMENTS + "12 -4\n");
    assertFailsAt(f, 8, 1, "Expected three numbers `x y z`, found 2 values `12 -4`.");
    DataException e = assertThrows(DataException.class, () -> SleuthReader.read(f));
    assertEquals(f + ":8:1: Expected three numbers `x y z`, found 2 values `12 -4`.", e.getMessage());
  }

  @Test
  void rowWithAFourthColumnPointsAtIt() throws IOException {
    Path f = write("four.txt", TWO_EXPERIMENTS + "12\t-4\t8\t3.5\n");
    assertFailsAt(f, 8, 9, "Expected three numbers `x y z`, found 4 values `12\t-4\t8\t3.5`.");
  }

  @Test
  void wordInsteadOfANumber() throws IOException {
    Path f = write("word.txt", TWO_EXPERIMENTS + "  12   abc 5\n");
    assertFailsAt(f, 8, 8, "Expected a number for `y`, found `abc`.");
  }

  @Test
  void commaSeparatedRowIsOneValue() throws IOException {
    Path f = write("comma.txt", TWO_EXPERIMENTS + "12,-4,8\n");
    assertFailsAt(f, 8, 1, "Expected three numbers `x y z`, found 1 value `12,-4,8`.");
  }

  @Test
  void nonFiniteCoordinateNamesTheExperiment() throws IOException {
    Path f = write("nan.txt", TWO_EXPERIMENTS + "12 -4 8\n1 NaN 2\n");
    assertFailsAt(f, 9, 3, "Experiment `C-d` has a non-finite `y` coordinate (`NaN`); coordinates must be "
        + "finite numbers.");
    Path inf = write("inf.txt", TWO_EXPERIMENTS + "-inf 2 3\n");
    assertFailsAt(inf, 8, 1, "Experiment `C-d` has a non-finite `x` coordinate (`-inf`); coordinates must be "
        + "finite numbers.");
  }

  @Test
  void missingReferenceLine() throws IOException {
    Path f = write("noref.txt", "// A: b\n// Subjects=10\n1 2 3\n");
    assertFailsAt(f, 2, 1, "Expected a `// Reference=MNI` or `// Reference=Talairach` line before the first "
        + "experiment (or give the space in the script: `load(\"file.txt\", space = talairach)`).");
    Path rows = write("rows.txt", "\n1 2 3\n");
    assertFailsAt(rows, 2, 1, "Expected `// Reference=MNI` or `// Reference=Talairach` before the first "
        + "experiment, found `1 2 3`.");
  }

  @Test
  void unknownReferenceSpacePointsAtTheName() throws IOException {
    Path f = write("icbm.txt", "// Reference = ICBM\n// A: b\n// Subjects=10\n1 2 3\n");
    assertFailsAt(f, 1, 16, "Unknown reference space `ICBM`; expected `MNI`, `TAL` or `Talairach`.");
  }

  @Test
  void secondReferenceLine() throws IOException {
    Path f = write("again.txt", TWO_EXPERIMENTS + "1 2 3\n// Reference=Talairach\n");
    assertFailsAt(f, 9, 1, "A second `// Reference` line; the reference space is given once, at the top of "
        + "the file (use one file per space).");
  }

  @Test
  void subjectsMustBeAPositiveWholeNumber() throws IOException {
    Path f = write("half.txt", "// Reference=MNI\n// A: b\n// Subjects = 12.5\n1 2 3\n");
    assertFailsAt(f, 3, 15, "Expected a positive whole number of subjects after `Subjects=`, found `12.5`.");
    Path zero = write("zero.txt", "// Reference=MNI\n// A: b\n//Subjects=0\n1 2 3\n");
    assertFailsAt(zero, 3, 12, "Expected a positive whole number of subjects after `Subjects=`, found `0`.");
  }

  @Test
  void labelWithoutSubjectsBeforeCoordinates() throws IOException {
    Path f = write("nosubjects.txt", "// Reference=MNI\n// A: b\n1 2 3\n");
    assertFailsAt(f, 3, 1, "Expected a `// Subjects=N` line between the label `// A: b` (line 2) and the "
        + "coordinates.");
  }

  @Test
  void labelWithoutSubjectsAtTheEnd() throws IOException {
    Path f = write("end.txt", TWO_EXPERIMENTS + "1 2 3\n// E: f\n");
    assertFailsAt(f, 9, 1, "Expected a `// Subjects=N` line after the label `// E: f`; the file ends here.");
  }

  @Test
  void subjectsWithoutLabel() throws IOException {
    Path f = write("nolabel.txt", "// Reference=MNI\n// Subjects=10\n1 2 3\n");
    assertFailsAt(f, 2, 1, "Expected a label line `// Study: Contrast` before `// Subjects=10`.");
  }

  @Test
  void experimentWithoutCoordinates() throws IOException {
    Path f = write("empty.txt", "// Reference=MNI\n// A: b\n// Subjects=10\n\n// C: d\n// Subjects=12\n1 2 3\n");
    assertFailsAt(f, 3, 1, "Experiment `A-b` has no coordinates; expected lines `x y z` after `// Subjects=10`.");
    Path last = write("last.txt", TWO_EXPERIMENTS);
    assertFailsAt(last, 7, 1, "Experiment `C-d` has no coordinates; expected lines `x y z` after `// Subjects=12`.");
  }

  @Test
  void coordinatesBeforeAnyExperiment() throws IOException {
    Path f = write("early.txt", "// Reference=MNI\n1 2 3\n");
    assertFailsAt(f, 2, 1, "Coordinates before any experiment; expected `// Study: Contrast` and "
        + "`// Subjects=N` lines first, found `1 2 3`.");
  }

  @Test
  void emptyFileAndFileWithoutExperiments() throws IOException {
    Path empty = write("empty.txt", "\n  \n");
    assertFailsAt(empty, 0, 0, "The file is empty; expected `// Reference=MNI` or `// Reference=Talairach` "
        + "and experiments.");
    Path bare = write("bare.txt", "// Reference=MNI\n");
    assertFailsAt(bare, 1, 1, "The file has a `// Reference` line but no experiments.");
  }

  @Test
  void repeatedExperimentInOneFileNamesBothLines() throws IOException {
    Path f = write("dup.txt", TWO_EXPERIMENTS + "1 2 3\n// A: b\n// Subjects=5\n4 5 6\n");
    assertFailsAt(f, 9, 0, "Experiment `A-b` is defined twice: first in `dup.txt` line 2, again in "
        + "`dup.txt` line 9.");
  }

  @Test
  void repeatedExperimentAcrossFilesNamesBothFiles() throws IOException {
    Path a = write("first.txt", "// Reference=MNI\n// A: b\n// Subjects=10\n1 2 3\n");
    Path b = write("second.txt", "// Reference=Talairach\n\n// X: y\n// Subjects=3\n1 1 1\n// A: b\n// Subjects=10\n1 2 3\n");
    DataException e = assertThrows(DataException.class, () -> SleuthReader.read(List.of(a, b)));
    assertEquals(b, e.path());
    assertEquals(6, e.line());
    assertEquals("Experiment `A-b` is defined twice: first in `first.txt` line 2, again in `second.txt` line 6.",
        e.reason());
  }

  @Test
  void oldMacLineEndingsCountLines() throws IOException {
    Path f = write("cr.txt", "// Reference=MNI\r// A: b\r// Subjects=10\r1 2 3\r1 2\r");
    assertFailsAt(f, 5, 1, "Expected three numbers `x y z`, found 2 values `1 2`.");
  }

  @Test
  void leniencyCommentsIndentationAndCase() throws IOException {
    Path f = write("lenient.txt", """
        // made by hand for a test
        //   Reference = tal
          // Smith 2005: pain
            //subjects=7
        \t40 -22 54
        """);
    LoadResult r = SleuthReader.read(f);
    Experiment e = r.dataset().experiments().get(0);
    assertEquals("Smith 2005-pain", e.id());
    assertEquals("tal", e.space());
    assertArrayEquals(new double[][] {Spaces.tal2mni(40, -22, 54)}, e.foci());
    assertArrayEquals(new double[] {7}, e.sampleSizes());
    assertEquals(List.of(), r.warnings(), "NiMARE would reject this file, so nothing differs from its numbers");
  }
}
