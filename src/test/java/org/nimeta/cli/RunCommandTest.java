package org.nimeta.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunCommandTest {
  @TempDir Path tmp;

  @Test
  void theDefaultOutputDirectoryIsBesideTheScript() {
    assertEquals(Path.of("/data/pain-ale.out"), RunCommand.defaultOut(Path.of("/data/pain-ale.meta")));
    assertEquals(Path.of("/data/notes.txt.out"), RunCommand.defaultOut(Path.of("/data/notes.txt")));
  }

  @Test
  void aNonEmptyOutputDirectoryIsRefusedBeforeAnythingRuns() throws Exception {
    Path out = Files.createDirectories(tmp.resolve("out"));
    Files.writeString(out.resolve("keep.txt"), "mine");
    Cli c = Cli.run("run", MainScriptTest.examplePain().toString(), "--out", out.toString());
    assertEquals(2, c.exit(), c.err());
    assertTrue(c.err().contains("The output directory `" + out + "` already exists and is not empty; pass `--force`"),
        c.err());
    assertEquals("mine", Files.readString(out.resolve("keep.txt")));
    assertEquals(1, Files.list(out).count());
    assertEquals(1, Files.list(tmp).count(), "no staging directory was made");
    assertEquals("", c.out());
  }
}
