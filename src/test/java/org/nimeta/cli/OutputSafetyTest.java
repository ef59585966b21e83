package org.nimeta.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nimeta.run.OutputLock;

/**
 * `--out` and `--force` can never destroy the user's own files: a project folder with a script, its
 * data and unrelated notes, and every way of pointing the output at them.
 */
class OutputSafetyTest {
  @TempDir Path project;
  Path script;

  @BeforeEach
  void aProjectWithItsDataAndNotes() throws IOException {
    Files.createDirectories(project.resolve("data"));
    Files.copy(Path.of("examples/data/nidm_pain_dset.json"), project.resolve("data/pain.json"));
    Files.writeString(project.resolve("notes.txt"), "my notes");
    script = Files.writeString(project.resolve("base.meta"), """
        version 1
        dataset pain = load("data/pain.json")
        estimate ale = ALE(pain, null_method = approximate)
        """);
  }

  @Test
  void forceNeverReplacesAFolderHoldingTheScriptOrItsData() throws IOException {
    List<String> before = tree(project);
    for (String out : List.of(project.toString(), project.resolve("data").toString(),
        project.resolve("data/..").toString(), project.getParent().toString(), "/", "")) {
      Cli c = Cli.run("run", script.toString(), "--out", out, "--force", "--quiet");
      assertEquals(2, c.exit(), out + ": " + c.err());
      assertTrue(c.err().contains("give `--out` a new folder of its own")
          || c.err().contains("The output directory is empty"), out + ": " + c.err());
      assertTrue(c.noInternals(), c.err());
      assertEquals(before, tree(project), "nothing of the project changed for --out " + out);
    }
  }

  @Test
  void theRefusalSaysWhatTheFolderHolds() {
    Cli c = Cli.run("run", script.toString(), "--out", project.resolve("data").toString(), "--force");
    assertTrue(c.err().contains("holds the input file `" + project.resolve("data/pain.json") + "`"), c.err());
    Cli here = Cli.run("run", script.toString(), "--out", Path.of("").toAbsolutePath().toString(), "--force");
    assertTrue(here.err().contains("is the current directory"), here.err());
    Cli up = Cli.run("run", script.toString(), "--out", "..", "--force");
    assertTrue(up.err().contains("holds the current directory"), up.err());
  }

  @Test
  void forceRefusesAFolderNimetaDidNotWriteAndReplacesOneItDid() throws IOException {
    Path theirs = Files.createDirectories(project.resolve("results"));
    Files.writeString(theirs.resolve("figure.png"), "not nimeta's");
    Cli refused = Cli.run("run", script.toString(), "--out", theirs.toString(), "--force", "--quiet");
    assertEquals(2, refused.exit(), refused.err());
    assertTrue(refused.err().contains("is not one nimeta wrote"), refused.err());
    assertEquals("not nimeta's", Files.readString(theirs.resolve("figure.png")));

    Path ours = project.resolve("base.out");
    assertEquals(0, Cli.run("run", script.toString(), "--out", ours.toString(), "--quiet").exit());
    Files.writeString(ours.resolve("ale/stat.nii.gz"), "edited by hand");
    Cli again = Cli.run("run", script.toString(), "--out", ours.toString(), "--force", "--quiet");
    assertEquals(0, again.exit(), again.err());
    assertTrue(Files.size(ours.resolve("ale/stat.nii.gz")) > 1000, "the map was written anew");
  }

  @Test
  void aSecondRunToTheSameOutputIsRefusedAtOnceNamingTheFirst() throws Exception {
    Path out = project.resolve("base.out");
    try (OutputLock first = OutputLock.acquire(out.toAbsolutePath(), "`first.meta`")) {
      Cli second = Cli.run("run", script.toString(), "--out", out.toString(), "--quiet");
      assertEquals(2, second.exit(), second.err());
      assertTrue(second.err().contains("Another nimeta run is writing `" + out + "`"), second.err());
      assertTrue(second.err().contains("`first.meta`"), second.err());
      assertTrue(second.err().contains("process " + ProcessHandle.current().pid()), second.err());
    }
    assertEquals(0, Cli.run("run", script.toString(), "--out", out.toString(), "--quiet").exit(),
        "once the first run is done the directory is free");
  }

  @Test
  void leftoversOfKilledRunsAreRemovedByTheNextRun() throws IOException {
    Path out = project.resolve("base.out");
    Path staging = Files.createDirectories(project.resolve(".base.out.tmp-dead1"));
    Files.writeString(staging.resolve("plan.json"), "{");
    Files.createDirectories(project.resolve(".base.out.old-dead2"));
    Path unrelated = Files.createDirectories(project.resolve(".other.out.tmp-live"));
    assertEquals(0, Cli.run("run", script.toString(), "--out", out.toString(), "--quiet").exit());
    assertTrue(Files.notExists(staging));
    assertTrue(Files.notExists(project.resolve(".base.out.old-dead2")));
    assertTrue(Files.isDirectory(unrelated), "another output's staging is not ours to delete");
  }

  private static List<String> tree(Path root) throws IOException {
    try (Stream<Path> all = Files.walk(root)) {
      return all.map(p -> root.relativize(p).toString()).sorted().toList();
    }
  }
}
