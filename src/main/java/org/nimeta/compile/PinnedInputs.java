package org.nimeta.compile;

import java.nio.file.Files;
import java.nio.file.Path;
import org.nimeta.data.ImageTableReader;

/**
 * What {@code load(..., sha256 = "…")} pins: the bytes of each file the load names, or, for an
 * image folder, of its {@code images.tsv}. The images a file lists are not pinned (a pinned table
 * or JSON still names them by path).
 */
public final class PinnedInputs {
  private PinnedInputs() {}

  /** The file whose SHA-256 pins the load path {@code loaded}. */
  public static Path hashedFile(Path loaded) {
    return Files.isDirectory(loaded) ? loaded.resolve(ImageTableReader.TABLE_NAME) : loaded;
  }
}
