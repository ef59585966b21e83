package org.nimeta.engine.contrast;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class GroupShuffleTest {

  /** {@code np.random.default_rng(i).permutation(21)} as numpy prints it, for i = 0 and 5. */
  @Test
  void nimareStreamIsNumpysDefaultRngShuffle() {
    GroupShuffle.Shuffler s = GroupShuffle.nimare().newShuffler();
    int[] order = new int[21];
    s.permute(0, order);
    assertArrayEquals(new int[] {10, 18, 16, 4, 2, 12, 6, 19, 3, 11, 8, 0, 17, 13, 7, 20, 5, 14, 9, 1, 15}, order);
    s.permute(5, order);
    assertArrayEquals(new int[] {12, 7, 15, 3, 20, 6, 9, 1, 17, 11, 16, 19, 2, 4, 18, 10, 13, 0, 5, 14, 8}, order);
    s.permute(0, order); // the iteration alone decides, not what ran before
    assertArrayEquals(new int[] {10, 18, 16, 4, 2, 12, 6, 19, 3, 11, 8, 0, 17, 13, 7, 20, 5, 14, 9, 1, 15}, order);
  }

  @Test
  void seededStreamDependsOnSeedAndIterationOnly() {
    int[] a = new int[30];
    int[] b = new int[30];
    GroupShuffle.seeded(4).newShuffler().permute(7, a);
    GroupShuffle.Shuffler other = GroupShuffle.seeded(4).newShuffler();
    other.permute(3, b);
    other.permute(7, b);
    assertArrayEquals(a, b);
    int[] sorted = a.clone();
    Arrays.sort(sorted);
    for (int i = 0; i < sorted.length; i++) {
      sorted[i] -= i;
    }
    assertArrayEquals(new int[30], sorted, "a permutation of 0..29");
    GroupShuffle.seeded(5).newShuffler().permute(7, b);
    assertFalse(Arrays.equals(a, b), "another seed gives another permutation");
  }
}
