package org.nimeta.run.cache;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.nimeta.engine.MetaResult;
import org.nimeta.image.Mask;
import org.nimeta.lang.Diagnostic;
import org.nimeta.lang.ErrorCode;

/**
 * The content-addressed cache of step results and Monte Carlo checkpoints: by default
 * {@code .nimeta-cache/} beside the script. {@code results/<key>} holds a step's result,
 * {@code checkpoints/<key>} a Monte Carlo loop's finished iterations; a key is the SHA-256 of
 * everything the step's result depends on (run's {@code StepKeys}). Entries are immutable once
 * written and each is one file, so runs in parallel can share a cache.
 *
 * <p>The cache never decides a result: an entry that is missing, damaged or of another engine
 * version is computed again (a damaged one with a warning, {@link ErrorCode#CACHE_PROBLEM}), and a
 * cache that cannot be written to costs only the time saved. Thread-safe.
 */
public final class ResultCache {
  /**
   * The version of nimeta's numbers. Bump it with every change that can change a result (an
   * engine fix, a new default, another order of summation): it is part of every key, so entries
   * made before are not used (and {@code nimeta cache prune} removes them).
   */
  public static final int ENGINE_VERSION = 2;
  /** The cache folder's name beside a script. */
  public static final String FOLDER = ".nimeta-cache";
  static final String RESULTS = "results";
  static final String CHECKPOINTS = "checkpoints";

  /**
   * How often a Monte Carlo loop saves: after this many iterations or this much time since its
   * last save, whichever comes first.
   */
  public record Interval(int iterations, Duration time) {
    public static final Interval DEFAULT = new Interval(1000, Duration.ofSeconds(30));

    public Interval {
      if (iterations < 1) {
        throw new IllegalArgumentException("a checkpoint interval of " + iterations + " iterations");
      }
    }
  }

  private final Path dir;
  private final Interval interval;
  private final List<Diagnostic> warnings = new ArrayList<>();

  public ResultCache(Path dir, Interval interval) {
    this.dir = dir.toAbsolutePath().normalize();
    this.interval = interval;
  }

  /** The default cache of a script: {@code .nimeta-cache} in its folder. */
  public static Path besideScript(Path script) {
    return script.toAbsolutePath().normalize().resolveSibling(FOLDER);
  }

  public Path dir() {
    return dir;
  }

  /** Whether a result is stored under {@code key} (for {@code nimeta plan}; not checked). */
  public boolean has(String key) {
    return Files.isRegularFile(resultFile(key));
  }

  /** The result stored under {@code key}, read onto {@code mask}; empty when there is none or it is damaged. */
  public Optional<MetaResult> result(String key, Mask mask, String step) {
    Path file = resultFile(key);
    try {
      byte[] payload = CacheFile.read(file);
      if (payload == null) {
        return Optional.empty();
      }
      MetaResult result = ResultCodec.decode(payload, mask);
      touch(file);
      return Optional.of(result);
    } catch (CacheFile.Damaged | IOException | RuntimeException e) {
      warn("The cached result of `" + step + "` (" + file + ") cannot be used: " + reason(e)
          + "; it is computed again.");
      deleteQuietly(file);
      return Optional.empty();
    }
  }

  /** Stores {@code result} under {@code key}; a failure (a full disk) is a warning, not an error. */
  public void store(String key, MetaResult result, String step) {
    byte[] payload;
    try {
      payload = ResultCodec.encode(result);
    } catch (ResultCodec.Unsupported e) {
      return; // a result with a table of no byte form is simply computed each time
    }
    try {
      CacheFile.write(resultFile(key), payload);
    } catch (IOException e) {
      warn("The result of `" + step + "` cannot be saved in the cache `" + dir + "`: " + reason(e) + ".");
    }
  }

  /** The checkpoints of one step's Monte Carlo loops; {@code scope} names what they depend on. */
  public StepCheckpoints checkpoints(String scope, String step) {
    return new StepCheckpoints(this, scope, step, interval);
  }

  /** The warnings so far (a damaged entry, a cache that cannot be written), in the order met. */
  public synchronized List<Diagnostic> warnings() {
    return List.copyOf(warnings);
  }

  synchronized void warn(String message) {
    warnings.add(Diagnostic.warning(ErrorCode.CACHE_PROBLEM, null, message));
  }

  Path checkpointFile(String key) {
    return dir.resolve(CHECKPOINTS).resolve(key);
  }

  private Path resultFile(String key) {
    return dir.resolve(RESULTS).resolve(key);
  }

  /** Marks an entry as used now, so {@code cache prune} keeps what runs still read. */
  static void touch(Path file) {
    try {
      Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis()));
    } catch (IOException e) {
      // a read-only cache still serves its entries; prune then goes by when they were written
    }
  }

  static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // a read-only cache keeps its damaged entry; it is recomputed each time, with the warning
    }
  }

  static String reason(Exception e) {
    String m = e.getMessage();
    return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
  }
}
