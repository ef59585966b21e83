package org.nimeta.engine.diagnostics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.nimeta.engine.EngineRefusal;

/** NiMARE main's {@code resolve_subset_size} and {@code generate_subset_schedule}. */
class SchedulesTest {

  @Test
  void leaveOneOutLeavesOutEachExperimentInTurn() {
    List<int[]> s = Schedules.of(4, Schedules.targetN(Schedules.Policy.LEAVE_1_OUT, 4, null, null), 7, 1);
    assertEquals(4, s.size(), "n replicates whatever n_resamples says");
    assertArrayEquals(new int[] {1, 2, 3}, s.get(0));
    assertArrayEquals(new int[] {0, 1, 2}, s.get(3));
  }

  @Test
  void fewCombinationsAreEnumeratedInLexicographicOrder() {
    List<int[]> s = Schedules.of(5, Schedules.targetN(Schedules.Policy.LEAVE_K_OUT, 5, 2, null), null, 1);
    assertEquals(10, s.size());
    assertArrayEquals(new int[] {0, 1, 2}, s.get(0));
    assertArrayEquals(new int[] {0, 1, 3}, s.get(1));
    assertArrayEquals(new int[] {2, 3, 4}, s.get(9));
  }

  @Test
  void drawnSubsetsAreDistinctSortedAndSeeded() {
    List<int[]> a = Schedules.of(30, 10, 50, 7);
    assertEquals(50, a.size());
    Set<String> distinct = new HashSet<>();
    for (int[] subset : a) {
      assertEquals(10, subset.length);
      int[] sorted = subset.clone();
      Arrays.sort(sorted);
      assertArrayEquals(sorted, subset, "indices ascending");
      assertTrue(distinct.add(Arrays.toString(subset)), "subsets distinct");
    }
    for (int r = 1; r < a.size(); r++) {
      assertTrue(Arrays.compare(a.get(r - 1), a.get(r)) < 0, "replicates in lexicographic order");
    }
    List<int[]> again = Schedules.of(30, 10, 50, 7);
    List<int[]> other = Schedules.of(30, 10, 50, 8);
    assertTrue(a.stream().map(Arrays::toString).toList().equals(again.stream().map(Arrays::toString).toList()));
    assertTrue(!a.stream().map(Arrays::toString).toList().equals(other.stream().map(Arrays::toString).toList()));
  }

  @Test
  void tooManyCombinationsNeedResamplesAndSizesAreChecked() {
    assertThrows(EngineRefusal.class, () -> Schedules.of(30, 10, null, 1));
    assertEquals(1, Schedules.of(30, 30, null, 1).size(), "subsample of every experiment: one replicate");
    assertThrows(EngineRefusal.class, () -> Schedules.targetN(Schedules.Policy.LEAVE_K_OUT, 5, 5, null));
    assertThrows(EngineRefusal.class, () -> Schedules.targetN(Schedules.Policy.SUBSAMPLE, 5, null, 6));
    assertEquals(5, Schedules.targetN(Schedules.Policy.SUBSAMPLE, 5, null, null));
  }
}
