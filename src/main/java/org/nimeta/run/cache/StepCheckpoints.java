package org.nimeta.run.cache;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.nimeta.compile.Sha256;
import org.nimeta.engine.montecarlo.Checkpoints;

/**
 * The Monte Carlo checkpoints of one step, in a {@link ResultCache}: an entry per loop, keyed by
 * the step's scope (what the loop depends on that the engine does not state: the estimate, the
 * seed) and the loop's stream (what it does state). Counts how many iterations were taken from a
 * checkpoint and how many were run, for provenance.
 */
public final class StepCheckpoints implements Checkpoints {
  private final ResultCache cache;
  private final String scope;
  private final String step;
  private final ResultCache.Interval interval;
  private long lastSave = System.nanoTime();
  private int resumed;
  private int total;
  private boolean used;

  StepCheckpoints(ResultCache cache, String scope, String step, ResultCache.Interval interval) {
    this.cache = cache;
    this.scope = scope;
    this.step = step;
    this.interval = interval;
  }

  public Checkpoint restore(String stream, int iterations) {
    Checkpoint found = read(stream);
    synchronized (this) {
      used = true;
      total += iterations;
      if (found == null) {
        return null;
      }
      if (found.iterations() > iterations && found.totals()) {
        return null; // totals over more iterations than this run has cannot be taken apart
      }
      Checkpoint usable = found.iterations() > iterations ? found.first(iterations) : found;
      resumed += usable.iterations();
      lastSave = System.nanoTime();
      return usable;
    }
  }

  public void save(String stream, Checkpoint checkpoint) {
    Checkpoint before = read(stream);
    if (before != null && before.iterations() >= checkpoint.iterations()) {
      return; // a longer run's checkpoint holds these iterations and more
    }
    try {
      CacheFile.write(file(stream), ResultCodec.encode(stream, checkpoint));
    } catch (IOException e) {
      cache.warn("The Monte Carlo iterations of `" + step + "` cannot be saved in the cache `" + cache.dir() + "`: "
          + ResultCache.reason(e) + ".");
    }
    synchronized (this) {
      lastSave = System.nanoTime();
    }
  }

  public synchronized boolean due(int done, int saved) {
    return done - saved >= interval.iterations()
        || Duration.ofNanos(System.nanoTime() - lastSave).compareTo(interval.time()) >= 0;
  }

  public int interval() {
    return interval.iterations();
  }

  /** Whether a Monte Carlo loop of the step asked for its checkpoints. */
  public synchronized boolean used() {
    return used;
  }

  /** Iterations taken from checkpoints instead of being run. */
  public synchronized int resumed() {
    return resumed;
  }

  /** Iterations the step ran itself. */
  public synchronized int run() {
    return total - resumed;
  }

  private Checkpoint read(String stream) {
    Path file = file(stream);
    try {
      byte[] payload = CacheFile.read(file);
      if (payload == null) {
        return null;
      }
      Checkpoint c = ResultCodec.decodeCheckpoint(payload, stream);
      ResultCache.touch(file);
      return c;
    } catch (CacheFile.Damaged | IOException | RuntimeException e) {
      cache.warn("The saved Monte Carlo iterations of `" + step + "` (" + file + ") cannot be used: "
          + ResultCache.reason(e) + "; they are run again.");
      ResultCache.deleteQuietly(file);
      return null;
    }
  }

  private Path file(String stream) {
    return cache.checkpointFile(Sha256.of((scope + "\n" + stream).getBytes(StandardCharsets.UTF_8)));
  }
}
