package org.nimeta.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `fmt` never turns bytes it cannot read into U+FFFD: it refuses, naming the line. */
class FmtInvalidUtf8Test {
  @TempDir Path tmp;

  @Test
  void aLatin1ByteIsRefusedWithItsLine() throws Exception {
    byte[] head = "version 1\n# Müller\n".getBytes(StandardCharsets.UTF_8);
    byte[] latin1 = "# M\u00fcller 2010\nparam x = 1\n".getBytes(StandardCharsets.ISO_8859_1);
    byte[] bytes = new byte[head.length + latin1.length];
    System.arraycopy(head, 0, bytes, 0, head.length);
    System.arraycopy(latin1, 0, bytes, head.length, latin1.length);
    Path script = Files.write(tmp.resolve("latin1.meta"), bytes);
    Cli c = Cli.run("fmt", script.toString());
    assertEquals(1, c.exit(), c.out());
    assertEquals("", c.out());
    assertTrue(c.err().startsWith(script + ":3: error: this line is not valid UTF-8"), c.err());
    assertArrayEquals(bytes, Files.readAllBytes(script));
    Cli check = Cli.run("fmt", "--check", script.toString());
    assertEquals(1, check.exit());
    assertTrue(check.err().contains(":3: error: this line is not valid UTF-8"), check.err());
  }

  @Test
  void validUtf8IsFormattedAsBefore() throws Exception {
    Path script = Files.writeString(tmp.resolve("ok.meta"), "version 1\n# Müller ☃\nparam x = 1\n");
    Cli c = Cli.run("fmt", script.toString());
    assertEquals(0, c.exit(), c.err());
    assertEquals("version 1\n# Müller ☃\nparam x = 1\n", c.out());
  }
}
