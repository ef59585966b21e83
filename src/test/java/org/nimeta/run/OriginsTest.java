package org.nimeta.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.nimeta.lang.SourceFile;
import org.nimeta.lang.Span;

class OriginsTest {
  private final SourceFile script = SourceFile.of("pain.meta",
      "version 1\n"
          + "dataset pain = load(\"a#b.json\")   # the 21 studies\n"
          + "  estimate ale = ALE(pain)\n");
  private final Origins origins = new Origins(script);

  @Test
  void spansTheStatementUpToItsComment() {
    Span s = origins.span("pain.meta:2:1");
    assertEquals("dataset pain = load(\"a#b.json\")", s.text());
    assertEquals(2, s.line());
    assertEquals(1, s.column());
  }

  @Test
  void startsAtTheOriginColumn() {
    Span s = origins.span("pain.meta:3:3");
    assertEquals("estimate ale = ALE(pain)", s.text());
    assertEquals("pain.meta:3:3", s.location());
  }

  @Test
  void originsElsewhereHaveNoSpan() {
    assertNull(origins.span("other.meta:2:1"));
    assertNull(origins.span("pain.meta:9:1"));
    assertNull(origins.span("pain.meta:x:1"));
    assertNull(origins.span("nonsense"));
  }
}
