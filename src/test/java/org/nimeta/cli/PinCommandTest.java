package org.nimeta.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code nimeta pin}: {@code src/test/resources/pin/protocol.meta} pinned is exactly
 * {@code protocol.pinned.meta} (only the hashes change; comments and layout stay), and the pinned
 * script then refuses data that changed.
 */
class PinCommandTest {
  private static final Path GOLDEN = Path.of("src/test/resources/pin");
  private static final Path DATA = Path.of("src/test/resources/scripts/ok/data");

  @TempDir Path tmp;
  private Path script;

  @BeforeEach
  void copyTheProtocolAndItsData() throws Exception {
    Files.createDirectories(tmp.resolve("data"));
    Files.copy(DATA.resolve("nidm_pain_dset.json"), tmp.resolve("data/pain.json"));
    Files.copy(DATA.resolve("foci.txt"), tmp.resolve("data/foci.txt"));
    script = Files.copy(GOLDEN.resolve("protocol.meta"), tmp.resolve("protocol.meta"));
  }

  @Test
  void pinsEveryLoadAndKeepsCommentsAndLayout() throws Exception {
    Cli pin = Cli.run("pin", script.toString());

    assertEquals(Main.OK, pin.exit(), pin.err());
    assertEquals(Files.readString(GOLDEN.resolve("protocol.pinned.meta")), Files.readString(script));
    assertTrue(pin.out().contains(script + ":7: pinned `data/pain.json` (1a06e716b779…)."), pin.out());
    assertTrue(pin.out().contains(script + ":12: updated the pin of `data/pain.json` (now 1a06e716b779…, was "
        + "000000000000…)."), pin.out());
    assertTrue(pin.out().endsWith(script + ": 4 loads pinned, 3 changed.\n"), pin.out());
    assertEquals(Main.OK, Cli.run("fmt", "--check", script.toString()).exit(), "a formatted script stays formatted");
  }

  @Test
  void pinningTwiceChangesNothingAndCheckThenPasses() throws Exception {
    Cli.run("pin", script.toString());
    String pinned = Files.readString(script);

    Cli again = Cli.run("pin", script.toString());
    Cli check = Cli.run("pin", "--check", script.toString());

    assertEquals(pinned, Files.readString(script));
    assertTrue(again.out().endsWith(": 4 loads pinned, 0 changed.\n"), again.out());
    assertEquals(Main.OK, check.exit(), check.err());
    assertEquals("", check.out() + check.err());
  }

  @Test
  void checkReportsEachMissingOrStalePinAndChangesNothing() throws Exception {
    String before = Files.readString(script);

    Cli check = Cli.run("pin", "--check", script.toString());

    assertEquals(Main.SCRIPT_ERRORS, check.exit());
    assertEquals(before, Files.readString(script));
    assertTrue(check.err().contains(script + ":8: `data/foci.txt` is not pinned."), check.err());
    assertTrue(check.err().contains(script + ":12: `data/pain.json` changed since it was pinned (now 1a06e716b779…, "
        + "pinned 000000000000…)."), check.err());
  }

  @Test
  void aPinnedScriptRefusesDataThatChangedShowingBothHashes() throws Exception {
    Cli.run("pin", script.toString());
    Files.writeString(tmp.resolve("data/foci.txt"), "// Reference=MNI\n// Subjects=10\n0 0 0\n");

    Cli check = Cli.run("check", script.toString());

    assertEquals(Main.SCRIPT_ERRORS, check.exit());
    assertTrue(check.err().contains("error[E0408]: `data/foci.txt` has the SHA-256 `"), check.err());
    assertTrue(check.err().contains("but this `load` pins `b890a8b6903fcc14e9d8e63812fbc4945cfb2fd16a870e97eb6ba3eaed2ea702`"),
        check.err());
  }

  @Test
  void aParamOverrideIsRefusedBecauseThePinIsOfTheScriptsOwnFiles() {
    Cli pin = Cli.run("pin", script.toString(), "--param", "studies=other.json");
    assertEquals(Main.USAGE, pin.exit());
    assertTrue(pin.err().contains("`--param` does not apply"), pin.err());
  }
}
