package org.nimeta.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A Sleuth reading reports every problem it finds, each once, not only the first. */
class SleuthAllErrorsTest {
  @TempDir Path tmp;

  @Test
  void threeBadLinesOfOneFileAreThreeProblems() throws Exception {
    Path file = Files.writeString(tmp.resolve("a.txt"), """
        // Reference=MNI
        // A: one
        // Subjects=10
        1 2 x
        3 4 5
        6 7
        // B: two
        // Subjects=8
        1 2 3 4
        """);
    DataException e = assertThrows(DataException.class, () -> SleuthReader.read(file));
    assertEquals(List.of("a.txt:4:5", "a.txt:6:1", "a.txt:9:7"), locations(e));
  }

  @Test
  void aBrokenSubjectsLineIsOneProblemNotOnePerCoordinate() throws Exception {
    Path file = Files.writeString(tmp.resolve("a.txt"), """
        // Reference=MNI
        // A: one
        // Subjects=ten
        1 2 3
        4 5 6
        // B: two
        // Subjects=8
        1 2 y
        """);
    DataException e = assertThrows(DataException.class, () -> SleuthReader.read(file));
    assertEquals(List.of("a.txt:3:13", "a.txt:8:5"), locations(e));
  }

  @Test
  void everyBrokenFileOfOneLoadIsReported() throws Exception {
    Path a = Files.writeString(tmp.resolve("a.txt"), "// Reference=MNI\n// A: x\n// Subjects=5\n1 2 z\n");
    Path b = Files.writeString(tmp.resolve("b.txt"), "no reference line\n");
    Path c = Files.writeString(tmp.resolve("c.txt"), "// Reference=MNI\n// C: y\n// Subjects=0\n1 2 3\n");
    DataException e = assertThrows(DataException.class, () -> SleuthReader.read(List.of(a, b, c)));
    assertEquals(List.of("a.txt:4:5", "b.txt:1:1", "c.txt:3:13"), locations(e));
  }

  private static List<String> locations(DataException e) {
    return e.all().stream()
        .map(p -> p.path().getFileName() + ":" + p.line() + ":" + p.column()).toList();
  }
}
