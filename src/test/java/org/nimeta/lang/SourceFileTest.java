package org.nimeta.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Lines and columns are 1-based; columns count characters from the start of the line. */
class SourceFileTest {
  private final SourceFile f = SourceFile.of("t.meta", "ab\ncde\r\n\nf");

  @Test
  void linesAndColumnsAreOneBased() {
    assertEquals(1, f.line(0));
    assertEquals(1, f.column(0));
    assertEquals(1, f.line(1));
    assertEquals(2, f.column(1));
    assertEquals(2, f.line(3));
    assertEquals(1, f.column(3));
    assertEquals(3, f.column(5));
    assertEquals(3, f.line(8));
    assertEquals(4, f.line(9));
    assertEquals(1, f.column(9));
  }

  @Test
  void lineTextDropsTerminators() {
    assertEquals("ab", f.lineText(1));
    assertEquals("cde", f.lineText(2));
    assertEquals("", f.lineText(3));
    assertEquals("f", f.lineText(4));
  }

  @Test
  void offsetsPastTheEndClampToTheLastPosition() {
    assertEquals(4, f.line(1000));
    assertEquals(2, f.column(1000));
  }
}
