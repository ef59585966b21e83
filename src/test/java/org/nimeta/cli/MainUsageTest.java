package org.nimeta.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exit code 2 and a plain message for every kind of command-line mistake. */
class MainUsageTest {
  @TempDir Path tmp;

  @Test
  void versionPrintsNimetaAndItsMavenVersion() {
    Cli c = Cli.run("--version");
    assertEquals(0, c.exit());
    assertTrue(c.out().matches("nimeta \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\R"), c.out());
    assertEquals("", c.err());
    for (String command : new String[] {"check", "plan", "run"}) {
      assertEquals(c.out(), Cli.run(command, "--version").out(), command);
    }
  }

  @Test
  void noCommandIsAUsageError() {
    Cli c = Cli.run();
    assertEquals(2, c.exit());
    assertTrue(c.err().contains("nimeta: Missing command: use `check`, `plan`, `run`, `fmt`, `pin`, `verify`, `diff`, `cache` or `bench`."), c.err());
  }

  @Test
  void unknownOptionsAndCommandsAreUsageErrors() throws Exception {
    Path script = Files.writeString(tmp.resolve("a.meta"), "version 1\n");
    Cli unknownOption = Cli.run("run", script.toString(), "--bogus");
    assertEquals(2, unknownOption.exit());
    assertTrue(unknownOption.err().contains("Unknown option: '--bogus'"), unknownOption.err());

    Cli unknownCommand = Cli.run("rnu", script.toString());
    assertEquals(2, unknownCommand.exit());
    assertEquals("nimeta: Unknown command `rnu`: use `check`, `plan`, `run`, `fmt`, `pin`, `verify`, `diff`, `cache` or `bench`.\nRun `nimeta --help` for usage.\n",
        unknownCommand.err());
  }

  @Test
  void aMissingScriptIsAUsageErrorNamingIt() {
    for (String command : new String[] {"check", "plan", "run"}) {
      Cli c = Cli.run(command, tmp.resolve("nope.meta").toString());
      assertEquals(2, c.exit(), command);
      assertTrue(c.err().startsWith("nimeta: The script `" + tmp.resolve("nope.meta") + "` does not exist.\n"), c.err());
      assertTrue(c.noInternals(), c.err());
    }
  }

  @Test
  void aDirectoryIsNotAScript() {
    Cli c = Cli.run("check", tmp.toString());
    assertEquals(2, c.exit());
    assertTrue(c.err().contains("`" + tmp + "` is a directory, not a script."), c.err());
  }

  @Test
  void aMissingFileArgumentIsAUsageError() {
    Cli c = Cli.run("check");
    assertEquals(2, c.exit());
    assertTrue(c.err().contains("Missing required parameter: 'FILE'"), c.err());
  }

  @Test
  void paramOverridesNeedNameEqualsValueOnce() throws Exception {
    Path script = Files.writeString(tmp.resolve("a.meta"), "version 1\nparam fwhm = 10mm\n");
    Cli noEquals = Cli.run("check", script.toString(), "--param", "fwhm");
    assertEquals(2, noEquals.exit());
    assertTrue(noEquals.err().contains("`--param fwhm` must have the form NAME=VALUE, e.g. `--param fwhm=12mm`."),
        noEquals.err());

    Cli noName = Cli.run("check", script.toString(), "--param", "=12mm");
    assertEquals(2, noName.exit());

    Cli twice = Cli.run("plan", script.toString(), "--param", "fwhm=12mm", "--param", "fwhm=8mm");
    assertEquals(2, twice.exit());
    assertTrue(twice.err().contains("`--param fwhm` is given twice."), twice.err());
  }

  @Test
  void threadsMustBeAPositiveWholeNumber() throws Exception {
    Path script = Files.writeString(tmp.resolve("a.meta"), "version 1\n");
    Cli zero = Cli.run("run", script.toString(), "--threads", "0");
    assertEquals(2, zero.exit());
    assertTrue(zero.err().contains("`--threads` must be at least 1, got 0."), zero.err());

    Cli word = Cli.run("run", script.toString(), "--threads", "many");
    assertEquals(2, word.exit());
    assertTrue(word.err().contains("'many' is not an int"), word.err());
  }

  @Test
  void helpIsShownAndExitsZero() {
    Cli c = Cli.run("run", "--help");
    assertEquals(0, c.exit());
    assertTrue(c.out().contains("--force"), c.out());
    assertTrue(c.out().contains("--threads"), c.out());
  }
}
