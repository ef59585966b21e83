package org.nimeta.run.cache;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code nimeta cache prune}: removes from a cache folder every entry not used (read or written)
 * for longer than a given time, every entry of another engine version (no run can ask for it),
 * every damaged entry, and the temporary files of writes that were killed (older than an hour, so
 * a run writing now keeps its own). Results and checkpoints are pruned alike.
 */
public final class CachePrune {
  /** A write still under way is younger than this. */
  private static final Duration STALE_TEMPORARY = Duration.ofHours(1);

  private CachePrune() {}

  /** What pruning did, in entries and bytes. */
  public record Outcome(int removed, long removedBytes, int kept, long keptBytes) {}

  /** @param unusedFor entries last used longer ago than this are removed ({@code 0}: all) */
  public static Outcome prune(Path cacheDir, Duration unusedFor, Instant now) throws IOException {
    int removed = 0;
    int kept = 0;
    long removedBytes = 0;
    long keptBytes = 0;
    for (String folder : List.of(ResultCache.RESULTS, ResultCache.CHECKPOINTS)) {
      Path dir = cacheDir.resolve(folder);
      if (!Files.isDirectory(dir)) {
        continue;
      }
      List<Path> files;
      try (Stream<Path> s = Files.list(dir)) {
        files = s.filter(Files::isRegularFile).sorted().toList();
      }
      for (Path f : files) {
        long size = Files.size(f);
        Instant used = Files.getLastModifiedTime(f).toInstant();
        boolean remove = CacheFile.isTemporary(f)
            ? used.isBefore(now.minus(STALE_TEMPORARY))
            : !used.isAfter(now.minus(unusedFor)) || CacheFile.status(f) != CacheFile.Status.CURRENT;
        if (remove && Files.deleteIfExists(f)) {
          removed++;
          removedBytes += size;
        } else if (!remove) {
          kept++;
          keptBytes += size;
        }
      }
    }
    return new Outcome(removed, removedBytes, kept, keptBytes);
  }
}
