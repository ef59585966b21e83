package org.nimeta.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputDirectoryTest {
  @TempDir Path tmp;

  @Test
  void writesIntoANewDirectoryAndLeavesNoStagingBehind() throws Exception {
    Path out = tmp.resolve("nested/study.out");
    OutputDirectory.write(out, false, dir -> {
      Files.createDirectories(dir.resolve("ale"));
      Files.writeString(dir.resolve("ale/stat.txt"), "new");
    });
    assertEquals("new", Files.readString(out.resolve("ale/stat.txt")));
    assertEquals(List.of("study.out"), names(out.getParent()));
  }

  @Test
  void aFailureHalfwayKeepsTheOldContentsAndRemovesEverythingWritten() throws Exception {
    Path out = EarlierOutputs.nimetaOutput(tmp.resolve("study.out"));
    Files.createDirectories(out.resolve("ale"));
    Files.writeString(out.resolve("ale/stat.txt"), "old");
    IllegalStateException failure = new IllegalStateException("disk on fire");

    IllegalStateException thrown = assertThrows(IllegalStateException.class, () ->
        OutputDirectory.write(out, true, dir -> {
          Files.createDirectories(dir.resolve("ale"));
          Files.writeString(dir.resolve("ale/stat.txt"), "half");
          throw failure;
        }));

    assertSame(failure, thrown);
    assertEquals("old", Files.readString(out.resolve("ale/stat.txt")));
    assertEquals(List.of("ale", Provenance.FILE_NAME), names(out));
    assertEquals(List.of("study.out"), names(tmp), "no staging directory is left beside the output");
  }

  @Test
  void aFailureBeforeTheFirstRunLeavesNoDirectoryAtAll() throws IOException {
    Path out = tmp.resolve("study.out");
    assertThrows(IOException.class, () ->
        OutputDirectory.write(out, false, dir -> {
          Files.writeString(dir.resolve("plan.json"), "{}");
          throw new IOException("no space left on device");
        }));
    assertFalse(Files.exists(out));
    assertEquals(List.of(), names(tmp));
  }

  @Test
  void refusesANonEmptyDirectoryWithoutForceAndLeavesItAlone() throws Exception {
    Path out = tmp.resolve("study.out");
    Files.createDirectories(out);
    Files.writeString(out.resolve("notes.txt"), "mine");

    OutputRefusedException e = assertThrows(OutputRefusedException.class, () ->
        OutputDirectory.write(out, false, dir -> Files.writeString(dir.resolve("x"), "x")));

    assertTrue(e.getMessage().contains("`" + out + "` already exists and is not empty"), e.getMessage());
    assertTrue(e.getMessage().contains("`--force`"), e.getMessage());
    assertEquals(List.of("notes.txt"), names(out));
    assertEquals(List.of("study.out"), names(tmp));
  }

  @Test
  void forceReplacesTheWholeDirectoryNimetaWrote() throws Exception {
    Path out = EarlierOutputs.nimetaOutput(tmp.resolve("study.out"));
    Files.writeString(out.resolve("stale.txt"), "stale");

    OutputDirectory.write(out, true, dir -> Files.writeString(dir.resolve("fresh.txt"), "fresh"));

    assertEquals(List.of("fresh.txt"), names(out));
    assertEquals(List.of("study.out"), names(tmp), "the old copy is deleted");
  }

  @Test
  void forceRefusesADirectoryNimetaDidNotWrite() throws Exception {
    Path out = Files.createDirectories(tmp.resolve("study.out"));
    Files.writeString(out.resolve("thesis.tex"), "mine");
    Files.writeString(out.resolve(Provenance.FILE_NAME), "{\"agent\": {\"someone:else\": {}}}");

    OutputRefusedException e = assertThrows(OutputRefusedException.class, () ->
        OutputDirectory.write(out, true, dir -> Files.writeString(dir.resolve("x"), "x")));

    assertTrue(e.getMessage().contains("is not one nimeta wrote"), e.getMessage());
    assertEquals(List.of(Provenance.FILE_NAME, "thesis.tex"), names(out));
    assertEquals(List.of("study.out"), names(tmp));
  }

  @Test
  void anEmptyExistingDirectoryIsUsedWithoutForce() throws Exception {
    Path out = Files.createDirectories(tmp.resolve("study.out"));
    OutputDirectory.write(out, false, dir -> Files.writeString(dir.resolve("plan.json"), "{}"));
    assertEquals(List.of("plan.json"), names(out));
  }

  @Test
  void refusesAFileEvenWithForce() throws Exception {
    Path out = Files.writeString(tmp.resolve("study.out"), "a file");
    OutputRefusedException e = assertThrows(OutputRefusedException.class, () ->
        OutputDirectory.write(out, true, dir -> {}));
    assertTrue(e.getMessage().contains("is not a directory"), e.getMessage());
    assertEquals("a file", Files.readString(out));
  }

  private static List<String> names(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
