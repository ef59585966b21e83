package org.nimeta.engine.montecarlo;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ObjIntConsumer;
import java.util.function.Supplier;

/**
 * Runs iterations 0..n-1 on a number of threads, each thread with its own worker object; threads
 * take the next unclaimed iteration until none is left. As long as iteration i's outcome depends
 * only on i (and is stored by i, or merged order-independently), the result is the same for any
 * thread count.
 */
final class ParallelIterations {
  private ParallelIterations() {}

  /**
   * @param newWorker makes one worker per thread
   * @param body      runs one iteration on a worker
   * @return the workers, one per thread used (for merging what they accumulated)
   */
  static <W> List<W> run(int iterations, int threads, Supplier<W> newWorker, ObjIntConsumer<W> body,
      MonteCarloProgress progress) {
    int used = Math.max(1, Math.min(threads, iterations));
    List<W> workers = new ArrayList<>(used);
    for (int t = 0; t < used; t++) {
      workers.add(newWorker.get());
    }
    AtomicInteger next = new AtomicInteger();
    Progress reporter = new Progress(iterations, progress);
    if (used == 1) {
      loop(workers.get(0), iterations, next, body, reporter);
      return workers;
    }
    ExecutorService pool = Executors.newFixedThreadPool(used, r -> {
      Thread thread = new Thread(r, "nimeta-monte-carlo");
      thread.setDaemon(true);
      return thread;
    });
    try {
      List<Future<?>> futures = new ArrayList<>(used);
      for (W worker : workers) {
        futures.add(pool.submit(() -> loop(worker, iterations, next, body, reporter)));
      }
      for (Future<?> f : futures) {
        f.get();
      }
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(cause);
    } catch (InterruptedException e) {
      next.set(iterations);
      Thread.currentThread().interrupt();
      throw new IllegalStateException("The Monte Carlo run was interrupted.", e);
    } finally {
      pool.shutdownNow();
    }
    return workers;
  }

  private static <W> void loop(W worker, int iterations, AtomicInteger next, ObjIntConsumer<W> body,
      Progress reporter) {
    for (int i = next.getAndIncrement(); i < iterations; i = next.getAndIncrement()) {
      try {
        body.accept(worker, i);
        reporter.oneDone();
      } catch (RuntimeException | Error e) {
        next.set(iterations); // the other threads stop after their current iteration
        throw e;
      }
    }
  }

  /** Counts finished iterations and forwards the count, increasing, one call at a time. */
  private static final class Progress {
    private final int total;
    private final MonteCarloProgress target;
    private final AtomicInteger done = new AtomicInteger();
    private int reported;

    Progress(int total, MonteCarloProgress target) {
      this.total = total;
      this.target = target;
    }

    void oneDone() {
      int d = done.incrementAndGet();
      synchronized (this) {
        if (d > reported) {
          reported = d;
          target.update(d, total);
        }
      }
    }
  }
}
