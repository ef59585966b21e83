package org.nimeta.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;

/**
 * Runs the iterations of a resampling procedure (permutations, Monte Carlo draws) on several
 * threads. Each thread owns one worker (its scratch buffers and running tallies) and takes the
 * next unclaimed iteration until none is left; the caller merges the workers afterwards. When
 * every iteration's result depends only on its index (and is stored by index, or merged
 * order-independently: sums, counts, maxima), the outcome is the same for any thread count.
 */
public final class ParallelIterations {

  /** One thread's share of the work. */
  public interface Worker {
    /** Computes iteration {@code iteration} and folds it into this worker's state. */
    void run(int iteration);
  }

  private ParallelIterations() {}

  /**
   * Runs iterations {@code 0..iterations-1}. When one fails, the other threads stop after their
   * current iteration and its exception is rethrown.
   *
   * @param threads  number of threads (at most one per iteration are used); 1 runs in the caller
   * @param progress told {@code (done, iterations)} after every finished iteration, one call at a
   *                 time, {@code done} counting up by one
   * @param workers  creates worker {@code t} (called once per thread, before any iteration runs)
   * @return the workers, in creation order
   */
  public static <W extends Worker> List<W> run(
      int iterations, int threads, Progress progress, IntFunction<W> workers) {
    return run(0, iterations, threads, progress, workers, done -> { });
  }

  /**
   * Runs iterations {@code from..iterations-1}, those before {@code from} being done already (a
   * run that continues from a checkpoint).
   *
   * @param progress told {@code (done, iterations)} after every finished iteration, {@code done}
   *                 counting up by one from {@code from + 1}
   * @param finished told {@code k} whenever the iterations finished without a gap grow to
   *                 {@code 0..k-1}, under the same lock as {@code progress}: what those iterations
   *                 wrote is visible to it, whichever thread ran them
   */
  public static <W extends Worker> List<W> run(int from, int iterations, int threads, Progress progress,
      IntFunction<W> workers, IntConsumer finished) {
    if (iterations < 0 || threads < 1 || from < 0 || from > iterations) {
      throw new IllegalArgumentException("need 0 <= from <= iterations and threads >= 1, got " + from + ", "
          + iterations + " and " + threads);
    }
    int nWorkers = Math.max(1, Math.min(threads, iterations - from));
    List<W> created = new ArrayList<>(nWorkers);
    for (int t = 0; t < nWorkers; t++) {
      created.add(workers.apply(t));
    }
    AtomicInteger next = new AtomicInteger(from);
    AtomicBoolean failed = new AtomicBoolean();
    Tally tally = new Tally(from, iterations, progress, finished);
    List<Runnable> loops = new ArrayList<>(nWorkers);
    for (W worker : created) {
      loops.add(() -> {
        try {
          for (int i = next.getAndIncrement(); i < iterations && !failed.get(); i = next.getAndIncrement()) {
            worker.run(i);
            tally.finish(i);
          }
        } catch (RuntimeException | Error e) {
          failed.set(true); // the other threads stop at their next iteration
          throw e;
        }
      });
    }
    if (nWorkers == 1) {
      loops.get(0).run();
      return created;
    }
    // daemon threads: a worker still finishing its iteration after a failure never keeps the JVM alive
    ExecutorService pool = Executors.newFixedThreadPool(nWorkers, r -> {
      Thread thread = new Thread(r, "nimeta-iterations");
      thread.setDaemon(true);
      return thread;
    });
    try {
      List<Future<?>> futures = new ArrayList<>(nWorkers);
      for (Runnable loop : loops) {
        futures.add(pool.submit(loop));
      }
      // Wait for every worker, also after a failure (they stop after their current iteration), so
      // that nothing a worker does (a checkpoint, a progress line) happens after this returns or throws.
      Throwable failure = null;
      for (Future<?> f : futures) {
        try {
          f.get();
        } catch (ExecutionException e) {
          failed.set(true);
          failure = failure == null ? e.getCause() : failure;
        }
      }
      if (failure instanceof RuntimeException r) {
        throw r;
      }
      if (failure instanceof Error err) {
        throw err;
      }
      if (failure != null) {
        throw new IllegalStateException(failure);
      }
    } catch (InterruptedException e) {
      failed.set(true);
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while running iterations", e);
    } finally {
      pool.shutdownNow();
    }
    return created;
  }

  /**
   * Which iterations are finished, and how many from 0 without a gap; tells progress and the
   * prefix listener, one call at a time.
   */
  private static final class Tally {
    private final boolean[] finished;
    private final Progress progress;
    private final IntConsumer prefixListener;
    private long count;
    private int prefix;

    Tally(int from, int iterations, Progress progress, IntConsumer prefixListener) {
      this.finished = new boolean[iterations];
      this.progress = progress;
      this.prefixListener = prefixListener;
      this.count = from;
      this.prefix = from;
    }

    synchronized void finish(int i) {
      progress.update(++count, finished.length);
      finished[i] = true;
      int before = prefix;
      while (prefix < finished.length && finished[prefix]) {
        prefix++;
      }
      if (prefix > before) {
        prefixListener.accept(prefix);
      }
    }
  }
}
