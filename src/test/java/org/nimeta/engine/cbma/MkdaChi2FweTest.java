package org.nimeta.engine.cbma;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nimeta.engine.CoordinateExperiment;
import org.nimeta.engine.MetaResult;
import org.nimeta.engine.Progress;
import org.nimeta.engine.RefData;
import org.nimeta.engine.contrast.GroupShuffle;
import org.nimeta.engine.kernel.MkdaKernel;

/** {@link MkdaChi2Fwe}'s nulls: seeded, the same for any thread count, with progress. */
class MkdaChi2FweTest {
  private static MkdaChi2Pool pool;

  @BeforeAll
  static void pool() {
    List<CoordinateExperiment> all = RefData.painExperiments();
    pool = new MkdaChi2Pool(all.subList(0, 10), all.subList(10, all.size()), new MkdaKernel(10, 1),
        RefData.brainMask());
  }

  private static MkdaChi2FweNull run(MkdaChi2Null draws, int iterations, int threads, Progress progress) {
    MetaResult out = MkdaChi2Fwe.correct(pool, draws, 0.001, iterations, threads, progress);
    return (MkdaChi2FweNull) out.tables().get(MkdaChi2FweNull.TABLE);
  }

  private static void assertSameNull(MkdaChi2FweNull a, MkdaChi2FweNull b) {
    for (int t = 0; t < 3; t++) {
      assertArrayEquals(a.maxChi2(t), b.maxChi2(t));
      assertArrayEquals(a.maxSize(t), b.maxSize(t));
      assertArrayEquals(a.maxMass(t), b.maxMass(t));
    }
  }

  @Test
  void labelPermutationNullIsTheSameForAnyThreadCountAndDependsOnTheSeed() {
    MkdaChi2FweNull one = run(MkdaChi2Null.labelPermutation(GroupShuffle.seeded(5)), 40, 1, Progress.NONE);
    MkdaChi2FweNull three = run(MkdaChi2Null.labelPermutation(GroupShuffle.seeded(5)), 40, 3, Progress.NONE);
    assertSameNull(one, three);
    MkdaChi2FweNull other = run(MkdaChi2Null.labelPermutation(GroupShuffle.seeded(6)), 40, 1, Progress.NONE);
    assertFalse(Arrays.equals(one.maxChi2(2), other.maxChi2(2)));
  }

  @Test
  void randomFociNullIsTheSameForAnyThreadCountAndDependsOnTheSeed() {
    MkdaChi2FweNull one = run(MkdaChi2Null.randomFoci(9), 12, 1, Progress.NONE);
    MkdaChi2FweNull two = run(MkdaChi2Null.randomFoci(9), 12, 2, Progress.NONE);
    assertSameNull(one, two);
    MkdaChi2FweNull other = run(MkdaChi2Null.randomFoci(10), 12, 1, Progress.NONE);
    assertFalse(Arrays.equals(one.maxChi2(0), other.maxChi2(0)));
  }

  @Test
  void progressCountsEveryDraw() {
    List<Long> done = new ArrayList<>();
    run(MkdaChi2Null.labelPermutation(GroupShuffle.seeded(1)), 25, 2, (d, total) -> {
      assertEquals(25, total);
      done.add(d);
    });
    assertEquals(25, done.size());
    assertEquals(25L, done.get(done.size() - 1));
  }

  @Test
  void chiSquareThresholdOfPointZeroZeroOneIsScipys() {
    assertEquals(10.827566170662733, MkdaChi2Fwe.chiSquareIsf1(0.001), 1e-12);
  }
}
