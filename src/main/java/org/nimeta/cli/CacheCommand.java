package org.nimeta.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.nimeta.run.cache.CachePrune;
import org.nimeta.run.cache.ResultCache;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code nimeta cache prune}: keeps a cache folder from growing without end. */
@Command(name = "cache", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = "Manages the cache of step results and Monte Carlo checkpoints (see docs/caching.md).")
final class CacheCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  public Integer call() {
    throw new ParameterException(spec.commandLine(), "Missing subcommand: use `cache prune`.");
  }

  @Command(name = "prune", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
      description = {"Removes the entries not used (read or written) for more than --older-than days, the entries "
          + "of other nimeta engine versions, damaged entries and the leftovers of killed writes.",
          "What a run still reads stays: reading an entry counts as using it."})
  static final class Prune implements Callable<Integer> {
    private final Session session;

    @Spec CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "PATH",
        description = "A cache folder, or a script (its `.nimeta-cache/`); default `.nimeta-cache` here.")
    Path path;

    @Option(names = "--older-than", paramLabel = "DAYS",
        description = "Remove entries unused for more than DAYS days; 0 removes every entry (default: ${DEFAULT-VALUE}).")
    int days = 30;

    Prune(Session session) {
      this.session = session;
    }

    public Integer call() {
      if (days < 0) {
        throw new ParameterException(spec.commandLine(), "`--older-than` must be 0 or more days, not " + days + ".");
      }
      Path dir = path == null ? Path.of(ResultCache.FOLDER)
          : Files.isRegularFile(path) ? ResultCache.besideScript(path) : path;
      if (!Files.isDirectory(dir)) {
        throw new ParameterException(spec.commandLine(), "There is no cache folder `" + dir + "`.");
      }
      CachePrune.Outcome o;
      try {
        o = CachePrune.prune(dir, Duration.ofDays(days), Instant.now());
      } catch (IOException e) {
        session.err().println("nimeta: the cache `" + dir + "` cannot be pruned: " + e.getMessage());
        return Main.SCRIPT_ERRORS;
      }
      session.out().println(String.format(Locale.ROOT, "%s: removed %d entries (%s), kept %d (%s)",
          DisplayPaths.shown(dir), o.removed(), size(o.removedBytes()), o.kept(), size(o.keptBytes())));
      return Main.OK;
    }

    private static String size(long bytes) {
      return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
    }
  }
}
