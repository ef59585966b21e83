package org.nimeta.run;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A child process for {@link OutputSwapFaultTest}: replaces {@code args[0]} with a directory
 * holding {@code new.txt}, and dies like {@code kill -9} (no shutdown hooks, no cleanup) between
 * the swap's two renames.
 */
final class DiesMidSwap {
  private DiesMidSwap() {}

  public static void main(String[] args) throws Exception {
    Path target = Path.of(args[0]);
    OutputDirectory.write(target, true, dir -> Files.writeString(dir.resolve("new.txt"), "new"),
        () -> Runtime.getRuntime().halt(137));
  }
}
