package org.nimeta.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nimeta.compile.Step;
import org.nimeta.lang.SourceFile;
import org.nimeta.lang.Span;

class ConsoleProgressTest {
  private static final Step ALE = new Step.Estimate("ale", "ALE", List.of("pain"), null, Map.of(), null,
      new Span(SourceFile.of("a.meta", "estimate ale = ALE(pain)\n"), 0, 24));
  private long now;

  @Test
  void theLineShowsBarPercentAndTimeLeft() {
    // 10 s for a quarter of the work: 30 s to go
    assertEquals("ale  [########----------------------]  25%  ETA 0:30",
        ConsoleProgress.line("ale", 25, 100, 10_000_000_000L));
    assertEquals("ale  [------------------------------]   0%  ETA --:--", ConsoleProgress.line("ale", 0, 100, 5));
    assertEquals("fwe  [------------------------------]   1%  ETA 1:39:00",
        ConsoleProgress.line("fwe", 1, 100, 60_000_000_000L));
  }

  @Test
  void quickStepsDrawNothingAndLongOnesAreClearedWhenDone() {
    StringWriter err = new StringWriter();
    ConsoleProgress p = new ConsoleProgress(new PrintWriter(err), () -> now);
    p.started(ALE);
    now = ConsoleProgress.SHOW_AFTER_NANOS / 2;
    p.progress(ALE, 50, 100);
    assertEquals("", err.toString(), "nothing for a step that has run less than a second");

    now = 2 * ConsoleProgress.SHOW_AFTER_NANOS;
    p.progress(ALE, 50, 100);
    String drawn = err.toString();
    assertTrue(drawn.startsWith("\rale  ["), drawn);
    assertTrue(drawn.contains(" 50%  ETA 0:02"), drawn);

    now += 1; // redraws are throttled
    p.progress(ALE, 51, 100);
    assertEquals(drawn, err.toString());

    p.finished(ALE);
    String cleared = err.toString().substring(drawn.length());
    assertEquals("\r" + " ".repeat(drawn.length() - 1) + "\r", cleared);
  }
}
