package org.nimeta.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run killed in the middle of replacing its output directory loses nothing. */
class OutputSwapFaultTest {
  @TempDir Path tmp;

  @Test
  void aRunKilledBetweenTheTwoRenamesIsFinishedByTheNextRecovery() throws Exception {
    Path out = nimetaOutput("old");
    assertEquals(137, runChildThatDiesMidSwap(out));
    assertFalse(Files.exists(out), "the kill came after the old copy was moved away");
    assertTrue(names(tmp).contains(".study.out.swap"), names(tmp).toString());

    OutputDirectory.recover(out);

    assertEquals("new", Files.readString(out.resolve("new.txt")), "the complete new copy took its place");
    assertEquals(List.of("study.out"), names(tmp), "no journal, staging or old copy is left");
  }

  @Test
  void withTheNewCopyGoneTheOldOneIsPutBack() throws Exception {
    Path out = nimetaOutput("old");
    assertEquals(137, runChildThatDiesMidSwap(out));
    try (Stream<Path> s = Files.list(tmp)) {
      for (Path staging : s.filter(p -> p.getFileName().toString().startsWith(".study.out.tmp-")).toList()) {
        OutputDirectory.deleteTree(staging);
      }
    }

    OutputDirectory.recover(out);

    assertEquals("old", Files.readString(out.resolve("old.txt")));
    assertEquals(List.of("study.out"), names(tmp));
  }

  @Test
  void aJournalCannotMoveFoldersThatAreNotOutputCopies() throws Exception {
    Path mine = Files.createDirectories(tmp.resolve("mine"));
    Files.writeString(tmp.resolve(".study.out.swap"), "mine\n../mine\n");

    OutputDirectory.recover(tmp.resolve("study.out"));

    assertTrue(Files.isDirectory(mine));
    assertFalse(Files.exists(tmp.resolve("study.out")));
    assertEquals(List.of("mine"), names(tmp));
  }

  private Path nimetaOutput(String content) throws IOException {
    Path out = EarlierOutputs.nimetaOutput(tmp.resolve("study.out"));
    Files.writeString(out.resolve(content + ".txt"), content);
    return out;
  }

  private static int runChildThatDiesMidSwap(Path out) throws Exception {
    Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), DiesMidSwap.class.getName(), out.toString())
        .redirectErrorStream(true).start();
    child.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
    assertTrue(child.waitFor(60, TimeUnit.SECONDS), "the child finished");
    return child.exitValue();
  }

  private static List<String> names(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
