package org.nimeta.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A data path as a {@code param}: the script's own path is relative to the script, a
 * {@code --param} path to the working directory (the tests run in the project folder), so one
 * protocol runs on several datasets.
 */
class ParamPathTest {
  private static final String PAIN = "src/test/resources/scripts/ok/data/nidm_pain_dset.json";
  private static final String SLEUTH = "src/test/resources/scripts/ok/data/foci.txt";

  @TempDir Path tmp;
  private Path script;

  @BeforeEach
  void protocolWithItsOwnDataset() throws Exception {
    Files.createDirectories(tmp.resolve("data"));
    Files.copy(Path.of(PAIN), tmp.resolve("data/pain.json"));
    script = Files.writeString(tmp.resolve("protocol.meta"), """
        param studies = "data/pain.json"
        dataset d = load(studies)
        estimate ale = ALE(d)
        """);
  }

  @Test
  void theDeclaredPathIsRelativeToTheScript() {
    Cli plan = Cli.run("plan", script.toString());
    assertEquals(Main.OK, plan.exit(), plan.err());
    assertTrue(plan.out().contains("dataset d = load(\"data/pain.json\""), plan.out());
  }

  @Test
  void aParamOverrideIsAPathRelativeToTheWorkingDirectoryWithoutQuotes() {
    Cli plan = Cli.run("plan", script.toString(), "--param", "studies=" + SLEUTH);
    assertEquals(Main.OK, plan.exit(), plan.err());
    assertTrue(plan.out().contains("param studies = \"" + SLEUTH + "\"    # from --param"), plan.out());
    assertTrue(plan.out().contains("/scripts/ok/data/foci.txt\", format = detect)    # 2 experiments, 5 foci; foci in MNI (2 experiments)"),
        plan.out());
  }

  @Test
  void anOverrideNamingNoFileIsRefusedAtTheUseNamingTheOverride() {
    Cli check = Cli.run("check", script.toString(), "--param", "studies=nope.json");
    assertEquals(Main.SCRIPT_ERRORS, check.exit());
    assertTrue(check.err().contains("error[E0401]: file `nope.json` (from `--param studies=nope.json`) does not exist."),
        check.err());
    assertTrue(check.err().contains("relative to the working directory: it is `" + Path.of("nope.json").toAbsolutePath()),
        check.err());
  }

  @Test
  void anOverriddenPathReplacesThePinOfTheFileTheScriptNames() throws Exception {
    Files.writeString(script, """
        param studies = "data/pain.json"
        dataset d = load(studies, sha256 = "1a06e716b77975b081f36387b85f1ddb87b76768f2e9dd54d245a720a71c33bf")
        estimate ale = ALE(d)
        """);
    assertEquals(Main.OK, Cli.run("check", script.toString()).exit());
    Cli other = Cli.run("check", script.toString(), "--param", "studies=" + SLEUTH);
    assertEquals(Main.OK, other.exit(), other.err());
  }
}
