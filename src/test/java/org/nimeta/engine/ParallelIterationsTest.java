package org.nimeta.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A failed loop of iterations returns only once no worker is running. */
class ParallelIterationsTest {
  @Test
  void aFailureIsThrownOnlyAfterTheOtherWorkersStopped() {
    AtomicInteger running = new AtomicInteger();
    CountDownLatch bothInside = new CountDownLatch(2);
    AtomicInteger stillRunningAtThrow = new AtomicInteger(-1);
    IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> {
      try {
        ParallelIterations.run(0, 100, 3, Progress.NONE, t -> iteration -> {
          if (t == 0) {
            awaitQuietly(bothInside); // the others are in the middle of an iteration when it fails
            throw new IllegalStateException("worker 0 fails");
          }
          running.incrementAndGet();
          bothInside.countDown();
          long end = System.nanoTime() + 300_000_000L; // busy, deaf to interrupts, as a real iteration is
          while (System.nanoTime() < end) {
            Thread.onSpinWait();
          }
          running.decrementAndGet();
        }, done -> { });
      } finally {
        stillRunningAtThrow.set(running.get());
      }
    });
    assertEquals("worker 0 fails", thrown.getMessage());
    assertEquals(0, stillRunningAtThrow.get(), "a worker was still in its iteration when the failure was thrown");
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
