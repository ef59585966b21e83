package org.nimeta.compile;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Temporary folders of killed runs (transform images, verify re-runs) are removed by the next run. */
class ProcessTempFoldersTest {
  @TempDir Path temp;

  @Test
  void foldersOfKilledRunsAreRemovedAndLiveOnesKept() throws Exception {
    Process finished = new ProcessBuilder("true").start();
    assertTrue(finished.waitFor(30, TimeUnit.SECONDS));
    Path dead = Files.createDirectories(temp.resolve("nimeta-transform-" + finished.pid() + "-123"));
    Files.writeString(dead.resolve("z-abc.nii.gz"), "computed");
    Path live = Files.createDirectories(temp.resolve("nimeta-transform-" + ProcessHandle.current().pid() + "-9"));
    Path other = Files.createDirectories(temp.resolve("nimeta-transform-preview"));

    ProcessTempFolders.removeFoldersOfDeadRuns(temp, ComputedImageFolder.PREFIX);

    assertFalse(Files.exists(dead), "the killed run's folder is gone");
    assertTrue(Files.isDirectory(live), "a running process's folder stays");
    assertTrue(Files.isDirectory(other), "names that carry no process id are not ours to judge");
  }

  @Test
  void aMadeFolderCarriesThePidAndClearsDeadRunsOfItsPrefixOnly() throws Exception {
    Process finished = new ProcessBuilder("true").start();
    assertTrue(finished.waitFor(30, TimeUnit.SECONDS));
    Path system = Path.of(System.getProperty("java.io.tmpdir"));
    Path deadVerify = Files.createDirectories(system.resolve("nimeta-verify-" + finished.pid() + "-1"));
    Path deadOther = Files.createDirectories(system.resolve("nimeta-test-other-" + finished.pid() + "-1"));
    try {
      Path made = ProcessTempFolders.make("nimeta-verify-");
      assertTrue(made.getFileName().toString().startsWith("nimeta-verify-" + ProcessHandle.current().pid() + "-"));
      assertFalse(Files.exists(deadVerify), "a killed verify's scratch folder is gone");
      assertTrue(Files.isDirectory(deadOther), "another prefix is left alone");
      ProcessTempFolders.delete(made);
      assertFalse(Files.exists(made));
    } finally {
      ProcessTempFolders.delete(deadOther);
    }
  }
}
