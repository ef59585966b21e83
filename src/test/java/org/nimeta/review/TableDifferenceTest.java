package org.nimeta.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TableDifferenceTest {
  @Test
  void rowsAreComparedInPlaceAfterTheHeader() {
    TableDifference d = TableDifference.of(List.of("id\tsize", "1\t10", "2\t8", "3\t5"),
        List.of("id\tsize", "1\t10", "2\t9", "3\t5", "4\t2", "5\t1"));
    assertFalse(d.headerChanged());
    assertEquals(List.of(2), d.changedRows());
    assertEquals(2, d.addedRows());
    assertEquals(0, d.removedRows());
  }

  @Test
  void aTableOfNumbersHasNoHeaderAndShorterMeansRemoved() {
    TableDifference d = TableDifference.of(List.of("0.5\t1", "0.25\t2"), List.of("0.5\t1"));
    assertFalse(d.headerChanged());
    assertEquals(List.of(), d.changedRows());
    assertEquals(1, d.removedRows());
    assertTrue(TableDifference.of(List.of("a\tb"), List.of("a\tc")).headerChanged());
    assertTrue(TableDifference.of(List.of("1\t2"), List.of("1\t2")).none());
  }
}
