package org.nimeta.review;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.nimeta.compile.Sha256;
import org.nimeta.image.NiftiException;
import org.nimeta.report.ReportWriter;
import org.nimeta.run.Provenance;

/**
 * Compares the output files of two runs: by SHA-256 first, then, for files whose bytes differ,
 * map by map (voxels that differ, largest difference, correlation) and table by table (rows
 * added, removed, changed). Used by {@code nimeta verify} and {@code nimeta diff}.
 */
public final class OutputComparison {
  private OutputComparison() {}

  /**
   * One run's outputs: where they are and the hash each should be compared by.
   *
   * @param hashes SHA-256 by path relative to {@code directory}; a file may be absent from the
   *               directory (a recorded output since deleted), then only its hash is compared
   */
  public record Side(Path directory, Map<String, String> hashes) {
    public Side {
      hashes = Map.copyOf(hashes);
    }

    /**
     * Every file under {@code directory} except {@code provenance.json} (its times always differ)
     * and {@code report.html} (a page about the other files, naming the script's path), hashed now.
     */
    public static Side onDisk(Path directory) throws IOException {
      Map<String, String> hashes = new TreeMap<>();
      try (Stream<Path> files = Files.walk(directory)) {
        for (Path f : files.filter(Files::isRegularFile).toList()) {
          String relative = directory.relativize(f).toString().replace('\\', '/');
          if (!relative.equals(Provenance.FILE_NAME) && !relative.equals(ReportWriter.FILE_NAME)) {
            hashes.put(relative, Sha256.of(f));
          }
        }
      }
      return new Side(directory, hashes);
    }
  }

  /** Every path of either side, in path order. */
  public static List<FileDifference> compare(Side first, Side second) {
    List<FileDifference> out = new ArrayList<>();
    TreeSet<String> paths = new TreeSet<>(first.hashes().keySet());
    paths.addAll(second.hashes().keySet());
    for (String path : paths) {
      String a = first.hashes().get(path);
      String b = second.hashes().get(path);
      if (a == null) {
        out.add(new FileDifference(path, FileDifference.Status.ONLY_SECOND, null, null, null));
      } else if (b == null) {
        out.add(new FileDifference(path, FileDifference.Status.ONLY_FIRST, null, null, null));
      } else if (a.equals(b)) {
        out.add(new FileDifference(path, FileDifference.Status.IDENTICAL, null, null, null));
      } else {
        out.add(differs(path, first.directory().resolve(path), second.directory().resolve(path)));
      }
    }
    return out;
  }

  /** A file whose bytes differ, compared as what it holds when both copies can be read. */
  static FileDifference differs(String path, Path a, Path b) {
    if (!Files.isRegularFile(a) || !Files.isRegularFile(b)) {
      Path gone = Files.isRegularFile(a) ? b : a;
      return new FileDifference(path, FileDifference.Status.DIFFERS, null, null,
          "`" + gone + "` no longer exists, so only the recorded hashes could be compared");
    }
    try {
      if (isMap(path)) {
        return new FileDifference(path, FileDifference.Status.DIFFERS, MapDifference.of(a, b), null, null);
      }
      if (path.endsWith(".tsv")) {
        return new FileDifference(path, FileDifference.Status.DIFFERS, null, TableDifference.of(a, b), null);
      }
    } catch (NiftiException e) {
      return new FileDifference(path, FileDifference.Status.DIFFERS, null, null, e.getMessage());
    } catch (IOException | UncheckedIOException e) {
      return new FileDifference(path, FileDifference.Status.DIFFERS, null, null, "it cannot be read: " + e.getMessage());
    }
    return new FileDifference(path, FileDifference.Status.DIFFERS, null, null, null);
  }

  static boolean isMap(String path) {
    return path.endsWith(".nii.gz") || path.endsWith(".nii") || path.endsWith(".jnii") || path.endsWith(".bnii");
  }
}
