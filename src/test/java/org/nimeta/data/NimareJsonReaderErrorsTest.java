package org.nimeta.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Malformed and unusual NiMARE JSON: each error names the file, line, column and what was expected. */
class NimareJsonReaderErrorsTest {
  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text);
    return file;
  }

  private DataException fails(Path file) {
    return assertThrows(DataException.class, () -> NimareJsonReader.read(file, null));
  }

  private static void assertAt(DataException e, Path file, int line, int column, String reason) {
    assertEquals(file, e.path());
    assertEquals(line, e.line(), "line");
    assertEquals(column, e.column(), "column");
    assertEquals(reason, e.reason());
    assertEquals(file + ":" + line + (column > 0 ? ":" + column : "") + ": " + reason, e.getMessage());
  }

  @Test
  void invalidJsonPointsAtTheBadCharacter() throws IOException {
    Path f = write("bad.json", """
        {"s": {"contrasts": {"1": {}}},
         "t": [1, 2,}
        """);
    assertAt(fails(f), f, 2, 13, "The file is not valid JSON: unexpected `}` here.");
  }

  @Test
  void truncatedJsonSaysWhatIsMissing() throws IOException {
    Path f = write("short.json", "{\"s\": {\"contrasts\": {}}");
    assertAt(fails(f), f, 1, 24, "The JSON ends too early: a closing `}` or `]` is missing.");
  }

  @Test
  void topLevelMustBeAnObject() throws IOException {
    Path f = write("list.json", "\n  [1, 2]\n");
    assertAt(fails(f), f, 2, 3, "Expected a JSON object of studies (`{\"study\": {\"contrasts\": {...}}}`), "
        + "found a list.");
  }

  @Test
  void studyNeedsContrasts() throws IOException {
    Path f = write("nocontrasts.json", """
        {
          "s1": {"metadata": {}}
        }
        """);
    assertAt(fails(f), f, 2, 9, "Study `s1` must be an object with a `contrasts` object, found an object.");
  }

  @Test
  void coordinateListsMustHaveEqualLengths() throws IOException {
    Path f = write("lengths.json", """
        {"s1": {"contrasts": {"c": {
          "coords": {"space": "MNI", "x": [1, 2], "y": [3], "z": [4, 5]}}}}}
        """);
    assertAt(fails(f), f, 2, 13, "Experiment `s1-c`: `coords.x`, `coords.y` and `coords.z` must have the "
        + "same length, found 2, 1 and 2.");
  }

  @Test
  void nonFiniteCoordinateNamesTheExperimentAndTheValue() throws IOException {
    Path f = write("nan.json", """
        {"s1": {"contrasts": {"c": {
          "coords": {"space": "MNI", "x": [1, 2], "y": [3, NaN], "z": [4, 5]}}}}}
        """);
    assertAt(fails(f), f, 2, 52, "Experiment `s1-c`: Focus 2 has a non-finite `y` coordinate (`NaN`); "
        + "coordinates must be finite numbers.");
  }

  @Test
  void nonNumericCoordinateIsRefused() throws IOException {
    Path f = write("text.json", """
        {"s1": {"contrasts": {"c": {
          "coords": {"space": "MNI", "x": [1, "left"], "y": [3, 4], "z": [4, 5]}}}}}
        """);
    assertAt(fails(f), f, 2, 39, "Experiment `s1-c`: Focus 2 has the string `left` as its `x` coordinate; "
        + "expected a number.");
  }

  @Test
  void missingAxisIsRefused() throws IOException {
    Path f = write("noz.json", """
        {"s1": {"contrasts": {"c": {"coords": {"space": "MNI", "x": [1], "y": [3]}}}}}
        """);
    assertAt(fails(f), f, 1, 39, "Experiment `s1-c`: `coords` has no `z` list.");
  }

  @Test
  void sampleSizesMustBePositiveNumbers() throws IOException {
    Path f = write("n.json", """
        {"s1": {"contrasts": {"c": {"metadata": {"sample_sizes": [12, -3]}}}}}
        """);
    assertAt(fails(f), f, 1, 63, "Experiment `s1-c`: `metadata.sample_sizes` must be a positive number or a "
        + "list of positive numbers, found `-3`.");
  }

  @Test
  void imagesMustBePathsOrNull() throws IOException {
    Path f = write("img.json", """
        {"s1": {"contrasts": {"c": {"images": {"z": 3}}}}}
        """);
    assertAt(fails(f), f, 1, 45, "Experiment `s1-c`: Image `z` must be a file path or null, found `3`.");
  }

  @Test
  void collidingIdsNameBothPlaces() throws IOException {
    Path f = write("dup.json", """
        {"a-b": {"contrasts": {"1": {}}},
         "a": {"contrasts": {"b-1": {}}}}
        """);
    assertAt(fails(f), f, 2, 0, "Experiment `a-b-1` is defined twice: first in `dup.json` line 1, again in "
        + "`dup.json` line 2.");
  }

  @Test
  void sampleSizeFormsAndNumericStringsAreAccepted() throws IOException {
    Path f = write("forms.json", """
        {"s1": {"contrasts": {
           "scalar": {"metadata": {"sample_sizes": 20}},
           "list": {"metadata": {"sample_sizes": [10, 20]}, "coords": {"space": "MNI", "x": ["1.5"], "y": [2], "z": [3]}},
           "fallback": {"metadata": {"sample_size": 7}},
           "empty": {"metadata": {"sample_sizes": []}},
           "none": {"metadata": {"sample_sizes": null, "note": null}}}}}
        """);
    Dataset d = NimareJsonReader.read(f, null).dataset();
    assertArrayEquals(new double[] {20}, d.get("s1-scalar").orElseThrow().sampleSizes());
    assertEquals(15.0, d.get("s1-list").orElseThrow().sampleSize().orElseThrow(), "NiMARE's mean");
    assertArrayEquals(new double[] {1.5, 2, 3}, d.get("s1-list").orElseThrow().foci()[0]);
    assertArrayEquals(new double[] {7}, d.get("s1-fallback").orElseThrow().sampleSizes());
    assertEquals(List.of("s1-empty", "s1-none"), d.missingSampleSizes());
    assertEquals(List.of("s1-empty", "s1-fallback", "s1-list", "s1-none", "s1-scalar"), d.ids());
  }

  @Test
  void lowerCaseTalairachIsConvertedWithAWarningThatNimareWouldNot() throws IOException {
    Path f = write("tal.json", """
        {"s1": {"contrasts": {"c": {"coords": {"space": "tal", "x": [40], "y": [-22], "z": [54]}}}},
         "s2": {"contrasts": {"c": {"coords": {"x": [1], "y": [2], "z": [3]}}}}}
        """);
    LoadResult r = NimareJsonReader.read(f, null);
    assertArrayEquals(Spaces.tal2mni(40, -22, 54), r.dataset().get("s1-c").orElseThrow().foci()[0]);
    assertArrayEquals(new double[] {1, 2, 3}, r.dataset().get("s2-c").orElseThrow().foci()[0]);
    assertEquals("", r.dataset().get("s2-c").orElseThrow().space());
    assertEquals(2, r.warnings().size());
    assertEquals(new DataWarning(DataWarning.Kind.COORDINATE_SPACE, "1 experiment in `tal.json` gives no coordinate space; its coordinates are "
        + "used as they are (as MNI), as NiMARE does: `s2-c`.", List.of("s2-c")), r.warnings().get(0));
    assertEquals(new DataWarning(DataWarning.Kind.COORDINATE_SPACE, "1 experiment in `tal.json` gives the space `tal`, read here as Talairach and "
        + "converted to MNI; NiMARE 0.2.1 only recognises `TAL` and `Talairach` and would use these "
        + "coordinates untransformed: `s1-c`.", List.of("s1-c")), r.warnings().get(1));
  }

  @Test
  void repeatedKeyKeepsTheLaterValueWithAWarning() throws IOException {
    Path f = write("repeat.json", """
        {"s1": {"contrasts": {"c": {"metadata": {"sample_sizes": [10]}}}},
         "s1": {"contrasts": {"c": {"metadata": {"sample_sizes": [30]}}}}}
        """);
    LoadResult r = NimareJsonReader.read(f, null);
    assertArrayEquals(new double[] {30}, r.dataset().get("s1-c").orElseThrow().sampleSizes());
    assertEquals(List.of(new DataWarning(DataWarning.Kind.OTHER, "`repeat.json` line 2: the key `s1` appears twice in the same object; "
        + "the later value is used, as NiMARE does.", List.of())), r.warnings());
  }

  @Test
  void absoluteImagePathsStayAsTheyAre() throws IOException {
    Path image = dir.resolve("elsewhere/z.nii.gz").toAbsolutePath();
    Path f = write("abs.json", "{\"s\": {\"contrasts\": {\"c\": {\"images\": {\"z\": \""
        + image.toString().replace("\\", "\\\\") + "\"}}}}}");
    assertEquals(image, NimareJsonReader.read(f, Path.of("/somewhere/else")).dataset()
        .get("s-c").orElseThrow().images().get("z"));
  }
}
