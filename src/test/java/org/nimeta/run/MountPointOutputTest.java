package org.nimeta.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An output directory that is a mount point (Docker's {@code -v host:/out --out /out}) cannot be
 * renamed; its contents are swapped inside it. Needs permission to mount (root, as in CI); skipped
 * elsewhere.
 */
class MountPointOutputTest {
  @TempDir Path tmp;
  Path out;

  @BeforeEach
  void mountATmpfsAtTheOutput() throws Exception {
    out = Files.createDirectories(tmp.resolve("out"));
    assumeTrue(command("mount", "-t", "tmpfs", "nimeta-test", out.toString()) == 0, "mounting needs root");
    assertTrue(MountPoints.isMountPoint(out));
    assertTrue(!MountPoints.isMountPoint(tmp), "the temporary folder itself is not a mount point");
  }

  @AfterEach
  void unmount() throws Exception {
    command("umount", out.toString());
  }

  @Test
  void aMountPointIsFilledAndReplacedInPlace() throws Exception {
    OutputDirectory.write(out, false, dir -> EarlierOutputs.nimetaOutput(dir).resolve("x"));
    Files.writeString(out.resolve("stale.txt"), "stale");
    OutputDirectory.write(out, true, dir -> Files.writeString(EarlierOutputs.nimetaOutput(dir).resolve("new.txt"), "new"));

    assertEquals(List.of("new.txt", Provenance.FILE_NAME), names(out));
    assertTrue(MountPoints.isMountPoint(out), "still mounted");
  }

  @Test
  void aRunKilledHalfwayThroughTheInPlaceSwapIsFinishedByRecovery() throws Exception {
    EarlierOutputs.nimetaOutput(out);
    Files.writeString(out.resolve("old.txt"), "old");
    Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), DiesMidSwap.class.getName(), out.toString())
        .redirectErrorStream(true).start();
    child.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
    assertTrue(child.waitFor(60, TimeUnit.SECONDS));
    assertEquals(137, child.exitValue());
    assertTrue(names(out).contains(InPlaceSwap.JOURNAL), names(out).toString());

    OutputDirectory.recover(out);

    assertEquals(List.of("new.txt"), names(out));
    assertEquals("new", Files.readString(out.resolve("new.txt")));
  }

  private static int command(String... words) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(words).redirectErrorStream(true).start();
    p.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
    return p.waitFor(30, TimeUnit.SECONDS) ? p.exitValue() : -1;
  }

  private static List<String> names(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
