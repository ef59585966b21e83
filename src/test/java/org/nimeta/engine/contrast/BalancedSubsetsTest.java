package org.nimeta.engine.contrast;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.nimeta.engine.montecarlo.SplitMix64;

/** NiMARE main's {@code generate_subset_schedule} rules. */
class BalancedSubsetsTest {

  @Test
  void oneFewerThanTheGroupIsLeaveOneOut() {
    List<int[]> s = BalancedSubsets.schedule(4, 3, 2500, new SplitMix64(1));
    assertEquals(4, s.size());
    assertArrayEquals(new int[] {1, 2, 3}, s.get(0));
    assertArrayEquals(new int[] {0, 1, 2}, s.get(3));
  }

  @Test
  void fewCombinationsAreEnumeratedInLexicographicOrder() {
    List<int[]> s = BalancedSubsets.schedule(5, 2, 2500, new SplitMix64(1));
    assertEquals(10, s.size());
    assertArrayEquals(new int[] {0, 1}, s.get(0));
    assertArrayEquals(new int[] {0, 2}, s.get(1));
    assertArrayEquals(new int[] {3, 4}, s.get(9));
    assertEquals(1, BalancedSubsets.schedule(6, 6, 2500, new SplitMix64(1)).size());
  }

  @Test
  void manyCombinationsAreSampledDistinctAndSorted() {
    List<int[]> s = BalancedSubsets.schedule(21, 10, 50, new SplitMix64(3));
    assertEquals(50, s.size());
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < s.size(); i++) {
      int[] subset = s.get(i);
      assertEquals(10, subset.length);
      int[] sorted = subset.clone();
      Arrays.sort(sorted);
      assertArrayEquals(sorted, subset);
      assertTrue(seen.add(Arrays.toString(subset)));
      if (i > 0) {
        assertTrue(Arrays.compare(s.get(i - 1), subset) < 0, "schedule sorted");
      }
    }
  }

  @Test
  void combinationsAreExactAndSaturate() {
    assertEquals(352716, BalancedSubsets.combinations(21, 10));
    assertEquals(1, BalancedSubsets.combinations(10, 10));
    assertEquals(Long.MAX_VALUE, BalancedSubsets.combinations(300, 150));
  }

  @Test
  void drawsAreUniformOverSubsets() {
    int[] pool = BalancedSubsets.identity(4);
    SplitMix64 random = new SplitMix64(11);
    int[] hits = new int[4];
    for (int d = 0; d < 40000; d++) {
      for (int member : BalancedSubsets.draw(pool, 2, random)) {
        hits[member]++;
      }
    }
    for (int h : hits) {
      assertEquals(20000, h, 600); // each member is in half the draws
    }
  }
}
