package org.nimeta.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An {@code --out} that no directory can be named (a NUL byte in it) is a usage error, not exit 70. */
class OutPathTest {
  @TempDir Path tmp;

  @Test
  void nulInOutIsAUsageError() throws Exception {
    Path script = tmp.resolve("s.meta");
    Files.writeString(script, "dataset d = load(\"" + Path.of("src/test/resources/scripts/ok/data/nidm_pain_dset.json")
        .toAbsolutePath() + "\")\nestimate ale = ALE(d)\nwrite ale to \"ale\"\n");
    Cli c = Cli.run("run", script.toString(), "--out", tmp.resolve("o").toString() + "\0x");
    assertEquals(2, c.exit(), c.err());
    assertTrue(c.err().contains("`--out`") && c.err().contains("NUL"), c.err());
    assertTrue(c.noInternals(), c.err());
  }
}
