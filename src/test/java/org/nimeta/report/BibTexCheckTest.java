package org.nimeta.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The test reader refuses what BibTeX would refuse, so that the checks built on it can fail. */
class BibTexCheckTest {
  @Test
  void readsEntriesWithNestedBraces() {
    Map<String, BibTexCheck.Entry> e = BibTexCheck.parse(
        "@article{a1,\n  title = {{A {B} title}},\n  year = {2001},\n}\n\n@book{b,\n  title = {T \\& U},\n}\n");
    assertEquals("{A {B} title}", e.get("a1").fields().get("title"));
    assertEquals("book", e.get("b").type());
  }

  @Test
  void refusesMalformedEntries() {
    assertThrows(IllegalArgumentException.class, () -> BibTexCheck.parse("@article{a,\n  title = {x\n}\n"));
    assertThrows(IllegalArgumentException.class, () -> BibTexCheck.parse("@article{a,\n  title = {x}\n}\n"));
    assertThrows(IllegalArgumentException.class,
        () -> BibTexCheck.parse("@article{a,\n  year = {1},\n}\n@article{a,\n  year = {2},\n}\n"));
    assertThrows(IllegalArgumentException.class, () -> BibTexCheck.parse("text @article{a,\n}\n"));
  }
}
