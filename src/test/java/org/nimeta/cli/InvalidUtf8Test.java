package org.nimeta.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No command turns bytes it cannot read into U+FFFD: `check`, `run`, `fmt` and an `import` refuse a
 * script that is not UTF-8 in the same words, at the first such byte (E0104).
 */
class InvalidUtf8Test {
  @TempDir Path tmp;

  /** A script whose line 3 holds `ü` as the Latin-1 byte 0xFC, at column 4. */
  private Path latin1Script(String name) throws Exception {
    byte[] head = "version 1\n# Müller\n".getBytes(StandardCharsets.UTF_8);
    byte[] latin1 = "# M\u00fcller 2010\nparam x = 1\n".getBytes(StandardCharsets.ISO_8859_1);
    byte[] bytes = new byte[head.length + latin1.length];
    System.arraycopy(head, 0, bytes, 0, head.length);
    System.arraycopy(latin1, 0, bytes, head.length, latin1.length);
    return Files.write(tmp.resolve(name), bytes);
  }

  private static void refused(Cli c, String location) {
    assertEquals(1, c.exit(), c.err());
    assertTrue(c.err().startsWith(location + ": error[E0104]: this line is not UTF-8: the byte `0xFC` is not text"),
        c.err());
    assertTrue(c.err().contains(" 3 | # M\uFFFDller 2010\n   |    ^\n"), c.err());
    assertTrue(c.noInternals(), c.err());
  }

  @Test
  void fmtRefusesAndLeavesTheFileAlone() throws Exception {
    Path script = latin1Script("latin1.meta");
    byte[] bytes = Files.readAllBytes(script);
    Cli c = Cli.run("fmt", script.toString());
    assertEquals("", c.out());
    refused(c, script + ":3:4");
    assertArrayEquals(bytes, Files.readAllBytes(script));
    refused(Cli.run("fmt", "--check", script.toString()), script + ":3:4");
  }

  @Test
  void checkAndRunRefuseLikeFmt() throws Exception {
    Path script = latin1Script("latin1.meta");
    refused(Cli.run("check", script.toString()), script + ":3:4");
    Path out = tmp.resolve("out");
    refused(Cli.run("run", script.toString(), "--out", out.toString()), script + ":3:4");
    assertFalse(Files.exists(out));
  }

  @Test
  void anImportedScriptIsRefusedAtItsOwnByte() throws Exception {
    latin1Script("protocol.meta");
    Path main = Files.writeString(tmp.resolve("main.meta"), "version 1\nimport \"protocol.meta\"\n");
    refused(Cli.run("check", main.toString()), tmp.resolve("protocol.meta") + ":3:4");
  }

  @Test
  void validUtf8IsFormattedAsBefore() throws Exception {
    Path script = Files.writeString(tmp.resolve("ok.meta"), "\uFEFFversion 1\n# Müller ☃\nparam x = 1\n");
    Cli c = Cli.run("fmt", script.toString());
    assertEquals(0, c.exit(), c.err());
    assertEquals("version 1\n# Müller ☃\nparam x = 1\n", c.out());
  }
}
