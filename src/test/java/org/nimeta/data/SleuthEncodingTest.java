package org.nimeta.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sleuth files exported on Windows are Windows-1252, not UTF-8: they are read, with a warning. */
class SleuthEncodingTest {
  @TempDir Path tmp;

  private static final String TEXT = "// Reference=MNI\n// Müller et al., 2010: pain > rest\n// Subjects=12\n"
      + "10\t20\t30\n\n// Señor, 2011: heat\n// Subjects=9\n-4\t2\t8\n";

  @Test
  void aWindows1252FileIsReadWithAWarningNamingItsFirstNonUtf8Line() throws Exception {
    Path file = Files.write(tmp.resolve("export.txt"), TEXT.getBytes(Charset.forName("windows-1252")));

    LoadResult read = SleuthReader.read(file);

    assertEquals(2, read.dataset().experiments().size());
    assertTrue(read.dataset().experiments().get(0).id().startsWith("Müller et al., 2010"),
        "the author's name is decoded, not mangled");
    DataWarning w = read.warnings().get(0);
    assertEquals(DataWarning.Kind.OTHER, w.kind());
    assertTrue(w.message().startsWith("`export.txt` line 2 is not UTF-8, so the file was read as Windows-1252"),
        w.message());
  }

  @Test
  void aUtf8FileGivesNoWarningAndTheSameExperiments() throws Exception {
    Path file = Files.writeString(tmp.resolve("export.txt"), TEXT, StandardCharsets.UTF_8);
    LoadResult read = SleuthReader.read(file);
    assertEquals(2, read.dataset().experiments().size());
    assertTrue(read.warnings().isEmpty(), read.warnings().toString());
  }

  @Test
  void theFirstBadLineIsFoundAfterGoodOnes() {
    byte[] bytes = "ok\nstill ok é\nbad \u00e9".getBytes(StandardCharsets.UTF_8);
    bytes[bytes.length - 1] = (byte) 0xE9; // a lone Latin-1 é: not UTF-8
    bytes[bytes.length - 2] = (byte) ' ';
    assertEquals(3, TextFiles.firstLineNotUtf8(bytes));
  }
}
