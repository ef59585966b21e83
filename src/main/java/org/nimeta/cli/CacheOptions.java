package org.nimeta.cli;

import java.nio.file.Path;
import org.nimeta.run.cache.ResultCache;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/**
 * {@code --cache DIR} and {@code --no-cache}, shared by {@code run} and {@code plan}. Without
 * either, the cache is {@code .nimeta-cache} beside the script, unless the Java system property
 * {@code nimeta.cache} says otherwise ({@code off}, or a folder): nimeta's own tests run with it
 * {@code off}, so that no test reads another's results.
 */
final class CacheOptions {
  static final String PROPERTY = "nimeta.cache";

  @ArgGroup(exclusive = true, multiplicity = "0..1")
  Choice choice;

  static final class Choice {
    @Option(names = "--cache", paramLabel = "DIR",
        description = "Keep step results and Monte Carlo checkpoints in DIR (default: `.nimeta-cache/` beside the script).")
    Path dir;

    @Option(names = "--no-cache", description = "Compute every step; read and write no cache.")
    boolean off;
  }

  /** The cache folder for {@code script}, or null for none. */
  Path dir(Path script) {
    if (choice != null) {
      return choice.off ? null : choice.dir;
    }
    String property = System.getProperty(PROPERTY, "");
    if (property.equals("off")) {
      return null;
    }
    return property.isEmpty() ? ResultCache.besideScript(script) : Path.of(property);
  }

  /** The cache for {@code script}, saving Monte Carlo checkpoints at {@code interval}; null for none. */
  ResultCache open(Path script, ResultCache.Interval interval) {
    Path dir = dir(script);
    return dir == null ? null : new ResultCache(dir, interval);
  }
}
