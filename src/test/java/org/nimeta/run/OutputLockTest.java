package org.nimeta.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputLockTest {
  @TempDir Path tmp;

  @Test
  void anotherProcessHoldingTheOutputIsNamedAndItsDeathFreesIt() throws Exception {
    Path out = tmp.resolve("study.out");
    Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), HoldsOutputLock.class.getName(), out.toString())
        .redirectErrorStream(true).start();
    try {
      BufferedReader said = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
      assertEquals("held", said.readLine());

      OutputRefusedException e = assertThrows(OutputRefusedException.class, () -> OutputLock.acquire(out, "`me`"));
      assertTrue(e.getMessage().contains("Another nimeta run is writing `" + out + "`"), e.getMessage());
      assertTrue(e.getMessage().contains("process " + child.pid() + ", `child.meta`, started "), e.getMessage());
    } finally {
      child.destroyForcibly(); // SIGKILL: no chance to release anything itself
      assertTrue(child.waitFor(30, TimeUnit.SECONDS));
    }
    try (OutputLock mine = OutputLock.acquire(out, "`me`")) {
      assertTrue(Files.exists(OutputLock.lockFile(out)));
    }
    assertTrue(Files.notExists(OutputLock.lockFile(out)), "a released lock leaves no file");
  }

  @Test
  void twoRunsInOneProcessExcludeEachOther() throws Exception {
    Path out = tmp.resolve("study.out");
    try (OutputLock first = OutputLock.acquire(out, "`a.meta`")) {
      OutputRefusedException e = assertThrows(OutputRefusedException.class, () -> OutputLock.acquire(out, "`b.meta`"));
      assertTrue(e.getMessage().contains("`a.meta`"), e.getMessage());
    }
  }
}
