package org.nimeta.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inputs that used to end in "internal error" (exit 70) get a clear message instead. */
class NoInternalErrorsTest {
  @TempDir Path tmp;

  @Test
  void absurdThreadCountsAreUsageErrorsWithTheLimit() {
    for (String command : new String[] {"run", "bench"}) {
      Cli c = command.equals("run")
          ? Cli.run("run", MainScriptTest.examplePain().toString(), "--threads", "2147483647")
          : Cli.run("bench", "--threads", "2147483647");
      assertEquals(Main.USAGE, c.exit(), c.err());
      assertTrue(c.err().contains("`--threads` must be at most " + ThreadCount.MAX + ", got 2147483647"), c.err());
      assertTrue(c.noInternals(), c.err());
    }
  }

  @Test
  void benchWithAnUnreadableDatasetSaysWhichFileAndWhy() throws Exception {
    Path bad = Files.writeString(tmp.resolve("bad.json"), "garbage");
    Cli c = Cli.run("bench", "--data", bad.toString(), "--only", "coordinates");
    assertEquals(Main.USAGE, c.exit(), c.err());
    assertTrue(c.err().contains("The `--data` file cannot be read: " + bad + ": The file is neither"), c.err());
    assertTrue(c.noInternals(), c.err());
  }

  @Test
  void runningOutOfMemoryIsNotReportedAsABug() {
    StringWriter err = new StringWriter();
    int exit = new InternalErrors(new PrintWriter(err), false).report(new OutOfMemoryError("Java heap space"));
    assertEquals(Main.SCRIPT_ERRORS, exit);
    assertTrue(err.toString().startsWith("nimeta: Java ran out of memory (it may use "), err.toString());
    assertTrue(err.toString().contains("`JAVA_TOOL_OPTIONS=-Xmx8g nimeta ...`"), err.toString());
    assertTrue(!err.toString().contains("internal error"), err.toString());
  }
}
