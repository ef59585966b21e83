package org.nimeta.engine.montecarlo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nimeta.engine.CoordinateExperiment;
import org.nimeta.engine.MetaResult;
import org.nimeta.engine.Progress;
import org.nimeta.engine.RefData;
import org.nimeta.engine.cbma.CbmaStatistics;
import org.nimeta.engine.cluster.FaceNeighbours;
import org.nimeta.engine.kernel.AleKernel;
import org.nimeta.engine.kernel.KdaKernel;
import org.nimeta.engine.kernel.MkdaKernel;
import org.nimeta.engine.stats.NullHistogram;
import org.nimeta.image.Mask;

/** Iteration i draws from a stream fixed by (seed, i): the result cannot depend on the thread count. */
class ThreadInvarianceTest {
  private final Mask mask = RefData.brainMask();
  private final FaceNeighbours neighbours = FaceNeighbours.of(mask);
  private final List<CoordinateExperiment> pain = RefData.painExperiments();

  @Test
  void fweNullIsIdenticalForOneTwoAndThreeThreads() {
    FweNull one = ale(60, 11, 1);
    for (int threads : new int[] {2, 3}) {
      FweNull many = ale(60, 11, threads);
      assertArrayEquals(one.maxStat(), many.maxStat(), threads + " threads");
      assertArrayEquals(one.maxClusterSize(), many.maxClusterSize(), threads + " threads");
      assertArrayEquals(one.maxClusterMass(), many.maxClusterMass(), threads + " threads");
    }
    FweNull mkdaOne = MonteCarloFwe.simulate(pain, new MkdaKernel(), neighbours, CbmaStatistics.MKDA_DENSITY, 4,
        new MonteCarloOptions(40, 3, 1), Progress.NONE);
    FweNull mkdaTwo = MonteCarloFwe.simulate(pain, new MkdaKernel(), neighbours, CbmaStatistics.MKDA_DENSITY, 4,
        new MonteCarloOptions(40, 3, 2), Progress.NONE);
    assertArrayEquals(mkdaOne.maxClusterMass(), mkdaTwo.maxClusterMass());
  }

  @Test
  void theSeedDecidesTheDraws() {
    FweNull a = ale(20, 11, 2);
    assertArrayEquals(a.maxStat(), ale(20, 11, 2).maxStat());
    assertFalse(Arrays.equals(a.maxStat(), ale(20, 12, 2).maxStat()));
    // a longer run extends a shorter one with the same seed
    assertArrayEquals(a.maxStat(), Arrays.copyOf(ale(30, 11, 2).maxStat(), 20));
  }

  @Test
  void monteCarloNullIsIdenticalForOneAndTwoThreads() {
    MetaResult one = MonteCarloNull.fit(pain, new KdaKernel(), mask, CbmaStatistics.KDA,
        new MonteCarloOptions(15, 5, 1), Progress.NONE);
    MetaResult two = MonteCarloNull.fit(pain, new KdaKernel(), mask, CbmaStatistics.KDA,
        new MonteCarloOptions(15, 5, 2), Progress.NONE);
    assertArrayEquals((double[]) one.tables().get(MonteCarloNull.WEIGHTS_TABLE),
        (double[]) two.tables().get(MonteCarloNull.WEIGHTS_TABLE));
    assertArrayEquals(one.map("p"), two.map("p"));
    assertEquals(one.tables().get(NullHistogram.BINS_TABLE).getClass(), double[].class);
  }

  @Test
  void progressIsReportedInOrderUpToTheTotal() {
    List<long[]> calls = new ArrayList<>();
    MonteCarloFwe.simulate(pain, AleKernel.fromSampleSizes(), neighbours, CbmaStatistics.ALE, 0.01083,
        new MonteCarloOptions(25, 1, 2), (done, total) -> calls.add(new long[] {done, total}));
    assertFalse(calls.isEmpty());
    for (int c = 0; c < calls.size(); c++) {
      assertEquals(25, calls.get(c)[1]);
      assertTrue(c == 0 || calls.get(c)[0] > calls.get(c - 1)[0], "progress went backwards");
    }
    assertEquals(25, calls.get(calls.size() - 1)[0]);
  }

  /** A failure in one thread (here the progress callback) ends the run and reaches the caller. */
  @Test
  void aFailingIterationStopsTheRun() {
    int[] calls = new int[1];
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> MonteCarloFwe.simulate(pain,
        new MkdaKernel(), neighbours, CbmaStatistics.MKDA_DENSITY, 4, new MonteCarloOptions(10_000, 1, 2),
        (done, total) -> {
          if (++calls[0] == 5) {
            throw new IllegalStateException("cancelled");
          }
        }));
    assertEquals("cancelled", e.getMessage());
    assertTrue(calls[0] < 100, calls[0] + " progress calls after the failure");
  }

  private FweNull ale(int iterations, long seed, int threads) {
    return MonteCarloFwe.simulate(pain, AleKernel.fromSampleSizes(), neighbours, CbmaStatistics.ALE, 0.01083,
        new MonteCarloOptions(iterations, seed, threads), Progress.NONE);
  }
}
