package org.nimeta.cli;

import java.io.PrintWriter;
import org.nimeta.compile.Step;
import org.nimeta.run.RunListener;

/**
 * A one-line progress bar with an estimate of the time left, redrawn in place with {@code \r}.
 * Only steps that report progress and have run for a while get a bar, so quick runs print
 * nothing. Redraws at most ten times a second; the line is cleared when the step finishes.
 */
final class ConsoleProgress implements RunListener {
  static final long SHOW_AFTER_NANOS = 1_000_000_000L;
  private static final long REDRAW_NANOS = 100_000_000L;
  private static final int BAR_WIDTH = 30;

  private final PrintWriter err;
  private final Clock clock;
  private final java.util.Map<String, Long> startedAt = new java.util.HashMap<>();
  private long lastDrawn;
  private int drawnWidth;

  /** Nanosecond time source, replaceable in tests. */
  interface Clock {
    long nanoTime();
  }

  ConsoleProgress(PrintWriter err) {
    this(err, System::nanoTime);
  }

  ConsoleProgress(PrintWriter err, Clock clock) {
    this.err = err;
    this.clock = clock;
  }

  @Override
  public synchronized void started(Step step) {
    startedAt.put(step.name(), clock.nanoTime());
  }

  @Override
  public synchronized void progress(Step step, long done, long total) {
    Long start = startedAt.get(step.name());
    long now = clock.nanoTime();
    if (start == null || total <= 0 || now - start < SHOW_AFTER_NANOS || (now - lastDrawn < REDRAW_NANOS && done < total)) {
      return;
    }
    lastDrawn = now;
    draw(line(step.name(), done, total, now - start));
  }

  @Override
  public synchronized void finished(Step step) {
    startedAt.remove(step.name());
    if (drawnWidth > 0) {
      err.print("\r" + " ".repeat(drawnWidth) + "\r");
      err.flush();
      drawnWidth = 0;
    }
  }

  /** {@code ale  [##########--------------------]  33%  ETA 0:12}. */
  static String line(String name, long done, long total, long elapsedNanos) {
    double fraction = Math.min(1, Math.max(0, (double) done / total));
    int filled = (int) Math.round(fraction * BAR_WIDTH);
    String eta = done <= 0 ? "--:--" : clock((long) (elapsedNanos / 1e9 * (total - done) / done));
    return String.format(java.util.Locale.ROOT, "%s  [%s%s] %3d%%  ETA %s", name, "#".repeat(filled), "-".repeat(BAR_WIDTH - filled),
        (int) Math.floor(fraction * 100), eta);
  }

  private static String clock(long seconds) {
    long h = seconds / 3600;
    long m = seconds / 60 % 60;
    long s = seconds % 60;
    return h > 0 ? String.format(java.util.Locale.ROOT, "%d:%02d:%02d", h, m, s) : String.format(java.util.Locale.ROOT, "%d:%02d", m, s);
  }

  private void draw(String line) {
    String padded = line.length() < drawnWidth ? line + " ".repeat(drawnWidth - line.length()) : line;
    err.print("\r" + padded);
    err.flush();
    drawnWidth = padded.length();
  }
}
