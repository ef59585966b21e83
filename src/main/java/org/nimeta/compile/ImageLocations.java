package org.nimeta.compile;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where the images a dataset lists, but that do not exist where its paths point, would be with
 * another base: the usual mistake is a NiMARE JSON whose images sit in a folder beside it (named
 * like the file) while the script gives no {@code base}. Only the dataset file's folder and its
 * subfolders a few levels down are looked at, a bounded number of them, so a dataset in a home or
 * root folder never starts a walk of the disk.
 */
final class ImageLocations {
  /** How deep below the dataset file's folder candidate bases are looked for. */
  static final int DEPTH = 2;
  /** How many folders are looked at, at most, whatever the tree below holds. */
  static final int FOLDERS_LOOKED_AT = 200;
  /** A folder none of whose first few tries exists is given up on, so large trees stay cheap. */
  private static final int TRIES_BEFORE_GIVING_UP = 8;

  private ImageLocations() {}

  /**
   * A base under which some of the missing images exist.
   *
   * @param folder the base
   * @param moved  each missing image found there, to the file that exists, in the given order
   */
  record Found(Path folder, Map<Path, Path> moved) {}

  /**
   * The folder that holds the most of {@code missing} when used as their base, preferring one named
   * like the dataset file, then the shallower; empty when none holds any. A folder as base must
   * also hold the images that exist now, or the advice would lose them.
   *
   * @param datasetFile the dataset's file, absolute
   * @param lookedIn    the base its image paths were resolved against, absolute and normalised
   * @param missing     absolute normalised image paths that do not exist; those outside {@code
   *                    lookedIn} (absolute in the data) are not looked for
   * @param present     absolute normalised image paths that exist
   */
  static Optional<Found> search(Path datasetFile, Path lookedIn, List<Path> missing, List<Path> present) {
    List<Path> relative = underBase(lookedIn, missing);
    List<Path> kept = underBase(lookedIn, present);
    Path root = datasetFile.getParent();
    if (relative.isEmpty() || root == null) {
      return Optional.empty();
    }
    String stem = stem(datasetFile.getFileName().toString());
    Found best = null;
    boolean bestNamedLikeFile = false;
    for (Path folder : candidates(root)) {
      if (folder.equals(lookedIn)) {
        continue;
      }
      Map<Path, Path> moved = found(folder, lookedIn, relative);
      if (!moved.isEmpty() && !kept.stream().allMatch(p -> Files.isRegularFile(folder.resolve(p)))) {
        continue;
      }
      boolean namedLikeFile = folder.getFileName() != null && folder.getFileName().toString().equals(stem);
      // Candidates come shallow first, so a tie already goes to the shallower folder.
      if (!moved.isEmpty() && (best == null || moved.size() > best.moved().size()
          || moved.size() == best.moved().size() && namedLikeFile && !bestNamedLikeFile)) {
        best = new Found(folder, moved);
        bestNamedLikeFile = namedLikeFile;
      }
    }
    return Optional.ofNullable(best);
  }

  /** The paths under {@code base}, relative to it; the others would not move with another base. */
  private static List<Path> underBase(Path base, List<Path> paths) {
    List<Path> relative = new ArrayList<>();
    for (Path p : paths) {
      if (p.startsWith(base)) {
        relative.add(base.relativize(p));
      }
    }
    return relative;
  }

  /** The missing images that exist under {@code folder}, keyed by where they were looked for. */
  private static Map<Path, Path> found(Path folder, Path lookedIn, List<Path> relative) {
    Map<Path, Path> moved = new LinkedHashMap<>();
    for (int i = 0; i < relative.size(); i++) {
      Path there = folder.resolve(relative.get(i));
      if (Files.isRegularFile(there)) {
        moved.put(lookedIn.resolve(relative.get(i)), there);
      } else if (moved.isEmpty() && i + 1 >= TRIES_BEFORE_GIVING_UP) {
        break;
      }
    }
    return moved;
  }

  /** {@code root} and its subfolders down to {@link #DEPTH}, breadth first, sorted by name, hidden ones left out. */
  private static List<Path> candidates(Path root) {
    List<Path> folders = new ArrayList<>();
    Deque<Path> level = new ArrayDeque<>(List.of(root));
    for (int depth = 0; depth <= DEPTH && !level.isEmpty(); depth++) {
      Deque<Path> next = new ArrayDeque<>();
      for (Path folder : level) {
        if (folders.size() >= FOLDERS_LOOKED_AT) {
          return folders;
        }
        folders.add(folder);
        if (depth < DEPTH) {
          next.addAll(subfolders(folder));
        }
      }
      level = next;
    }
    return folders;
  }

  private static List<Path> subfolders(Path folder) {
    List<Path> subfolders = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder,
        p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) && !p.getFileName().toString().startsWith("."))) {
      entries.forEach(subfolders::add);
    } catch (IOException | SecurityException unreadable) {
      return List.of(); // a folder we may not list holds no candidate we could offer
    }
    subfolders.sort(null);
    return subfolders;
  }

  /** {@code test_pain_dataset} of {@code test_pain_dataset.json}. */
  private static String stem(String fileName) {
    int dot = fileName.indexOf('.');
    return dot > 0 ? fileName.substring(0, dot) : fileName;
  }
}
