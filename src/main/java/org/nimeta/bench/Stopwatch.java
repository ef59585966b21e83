package org.nimeta.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;

/** Wall time of a piece of work (best of several runs, after one warm-up) and the process's peak memory. */
final class Stopwatch {
  private Stopwatch() {}

  /** Best wall seconds of {@code repeats} runs after one warm-up run. */
  static double best(int repeats, Supplier<?> work) {
    work.get();
    double best = Double.POSITIVE_INFINITY;
    for (int r = 0; r < repeats; r++) {
      long t0 = System.nanoTime();
      work.get();
      best = Math.min(best, (System.nanoTime() - t0) / 1e9);
    }
    return best;
  }

  /** Seconds of one run (for long work measured once, after its own warm-up elsewhere). */
  static double once(Supplier<?> work) {
    long t0 = System.nanoTime();
    work.get();
    return (System.nanoTime() - t0) / 1e9;
  }

  /** The process's peak resident memory in MB (Linux {@code VmHWM}); -1 where it cannot be read. */
  static double peakRssMb() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
        }
      }
    } catch (IOException | RuntimeException unreadable) {
      return -1;
    }
    return -1;
  }
}
