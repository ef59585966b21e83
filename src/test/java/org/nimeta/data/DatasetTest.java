package org.nimeta.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DatasetTest {
  private static Experiment experiment(String study, double x, double... sampleSizes) {
    return new Experiment(study + "-1", study, "1", "MNI", new double[][] {{x, 0, 0}}, sampleSizes,
        Map.of(), Map.of());
  }

  private static final Experiment A = experiment("a", 1, 10);
  private static final Experiment B = experiment("b", 2);
  private static final Experiment C = experiment("c", 3, 12, 14);

  @Test
  void ofSortsIdsByCodePointAsNumpy() {
    Experiment upper = experiment("Z", 0, 1);
    Experiment digit = experiment("10", 0, 1);
    Experiment nine = experiment("9", 0, 1);
    Dataset d = Dataset.of(List.of(A, upper, nine, digit));
    assertEquals(List.of("10-1", "9-1", "Z-1", "a-1"), d.ids());
  }

  @Test
  void getSelectAndMissingSampleSizes() {
    Dataset d = Dataset.of(List.of(C, A, B));
    assertEquals(A, d.get("a-1").orElseThrow());
    assertTrue(d.get("x-1").isEmpty());
    assertTrue(d.contains("c-1"));
    assertEquals(List.of("a-1", "c-1"), d.select(e -> e.sampleSizes().length > 0).ids());
    assertEquals(List.of("b-1"), d.missingSampleSizes());
    assertEquals(13.0, d.get("c-1").orElseThrow().sampleSize().orElseThrow());
  }

  @Test
  void setOperations() {
    Dataset ab = new Dataset(List.of(B, A));
    Dataset ac = Dataset.of(List.of(A, C));
    assertEquals(List.of("a-1", "b-1", "c-1"), ab.union(ac).ids(), "union in NiMARE's (sorted) order");
    assertEquals(List.of("a-1"), ab.intersection(ac).ids());
    assertEquals(List.of("b-1"), ab.difference(ac).ids(), "receiver's order kept");
    assertEquals(List.of("b-1", "a-1"), ab.difference(new Dataset(List.of())).ids());
  }

  @Test
  void conflictingDuplicatesAreRefused() {
    Dataset a = new Dataset(List.of(A));
    Dataset changed = new Dataset(List.of(experiment("a", 1.5, 10)));
    String reason = "Experiment `a-1` is in both datasets but with different data (foci, sample sizes, "
        + "metadata or images), so they cannot be combined.";
    assertEquals(reason, assertThrows(DataException.class, () -> a.union(changed)).getMessage());
    assertThrows(DataException.class, () -> a.intersection(changed));
    assertThrows(DataException.class, () -> a.difference(changed));
    assertEquals(a, a.union(new Dataset(List.of(experiment("a", 1, 10)))), "equal copies merge");
  }

  @Test
  void experimentsCompareByValue() {
    assertEquals(experiment("a", 1, 10), experiment("a", 1, 10));
    assertEquals(experiment("a", 1, 10).hashCode(), experiment("a", 1, 10).hashCode());
    assertNotEquals(experiment("a", 1, 10), experiment("a", 1, 11));
    assertFalse(experiment("a", 1, 10).equals(experiment("a", 2, 10)));
  }

  @Test
  void duplicateIdsAndBadFociAreProgrammingErrors() {
    assertThrows(IllegalArgumentException.class, () -> new Dataset(List.of(A, A)));
    assertThrows(IllegalArgumentException.class, () -> new Experiment("a-1", "a", "1", "MNI",
        new double[][] {{1, 2}}, new double[0], Map.of(), Map.of()));
  }
}
