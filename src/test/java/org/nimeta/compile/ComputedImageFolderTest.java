package org.nimeta.compile;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ComputedImageFolderTest {
  @TempDir Path temp;

  @Test
  void foldersOfKilledRunsAreRemovedAndLiveOnesKept() throws Exception {
    Process finished = new ProcessBuilder("true").start();
    assertTrue(finished.waitFor(30, TimeUnit.SECONDS));
    Path dead = Files.createDirectories(temp.resolve("nimeta-transform-" + finished.pid() + "-123"));
    Files.writeString(dead.resolve("z-abc.nii.gz"), "computed");
    Path live = Files.createDirectories(temp.resolve("nimeta-transform-" + ProcessHandle.current().pid() + "-9"));
    Path other = Files.createDirectories(temp.resolve("nimeta-transform-preview"));

    ComputedImageFolder.removeFoldersOfDeadRuns(temp);

    assertFalse(Files.exists(dead), "the killed run's folder is gone");
    assertTrue(Files.isDirectory(live), "a running process's folder stays");
    assertTrue(Files.isDirectory(other), "names that carry no process id are not ours to judge");
  }
}
