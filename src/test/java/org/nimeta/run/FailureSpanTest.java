package org.nimeta.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.nimeta.lang.SourceFile;
import org.nimeta.lang.Span;

class FailureSpanTest {
  private final SourceFile script = SourceFile.of("pain.meta",
      "version 1\n"
          + "dataset pain = load(\"a#b.json\")   # the 21 studies\n"
          + "  estimate ale = ALE(pain)\n");

  @Test
  void spansTheStatementUpToItsComment() {
    Span s = FailureSpan.at(PlanFixtures.statement(script, 2));
    assertEquals("dataset pain = load(\"a#b.json\")", s.text());
    assertEquals(2, s.line());
    assertEquals(1, s.column());
  }

  @Test
  void startsAtTheOriginColumn() {
    Span call = new Span(script, script.text().indexOf("estimate"), script.text().indexOf("ALE"));
    Span s = FailureSpan.at(call);
    assertEquals("estimate ale = ALE(pain)", s.text());
    assertEquals("pain.meta:3:3", s.location());
  }

  @Test
  void reachesPastTheOriginToTheEndOfItsLine() {
    Span call = new Span(script, script.text().indexOf("ALE"), script.text().indexOf("ALE") + 3);
    assertEquals("ALE(pain)", FailureSpan.at(call).text());
  }
}
