package org.nimeta.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Data quoted in a message cannot drive the reader's terminal: its control characters are escaped. */
class ControlCharactersInDataTest {
  @TempDir Path tmp;

  @Test
  void anEscapeSequenceInASleuthLabelIsPrintedEscaped() throws Exception {
    Files.writeString(tmp.resolve("foci.txt"),
        "// Reference=MNI\n// Jones\u001b[31m 2012: heat\u009b2J\n30 10 -4\n");
    Path script = Files.writeString(tmp.resolve("s.meta"),
        "dataset foci = load(\"foci.txt\")\nestimate ale = ALE(foci)\n");
    Cli c = Cli.run("check", script.toString());
    assertEquals(1, c.exit(), c.err());
    assertTrue(c.err().contains("Jones\\x1b[31m 2012: heat\\x9b2J"), c.err());
    for (char control : new char[] {'\u001b', '\u009b'}) {
      assertFalse(c.err().indexOf(control) >= 0, "raw U+" + Integer.toHexString(control) + " in " + c.err());
    }
  }
}
