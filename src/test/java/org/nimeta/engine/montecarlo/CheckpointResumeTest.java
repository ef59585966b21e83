package org.nimeta.engine.montecarlo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nimeta.engine.CoordinateExperiment;
import org.nimeta.engine.MetaResult;
import org.nimeta.engine.Progress;
import org.nimeta.engine.RefData;
import org.nimeta.engine.cbma.CbmaStatistics;
import org.nimeta.engine.cluster.FaceNeighbours;
import org.nimeta.engine.kernel.AleKernel;
import org.nimeta.engine.kernel.KdaKernel;
import org.nimeta.image.Mask;

/**
 * A Monte Carlo loop stopped part-way and continued from its checkpoint ends with exactly the
 * numbers of a loop that ran through, for any thread count: per-iteration maxima (FWE) and summed
 * histogram counts (the estimators' Monte Carlo null) alike. Counts which iterations ran.
 */
class CheckpointResumeTest {
  private final Mask mask = RefData.brainMask();
  private final FaceNeighbours neighbours = FaceNeighbours.of(mask);
  private final List<CoordinateExperiment> pain = RefData.painExperiments();

  /** Checkpoints in memory, saving every {@code every} iterations. */
  private static final class Memory implements Checkpoints {
    final Map<String, Checkpoint> saved = new HashMap<>();
    final List<Integer> saves = new ArrayList<>();
    final int every;

    Memory(int every) {
      this.every = every;
    }

    public synchronized Checkpoint restore(String stream, int iterations) {
      Checkpoint c = saved.get(stream);
      return c == null || c.iterations() <= iterations ? c : c.totals() ? null : c.first(iterations);
    }

    public synchronized void save(String stream, Checkpoint checkpoint) {
      saved.put(stream, checkpoint);
      saves.add(checkpoint.iterations());
    }

    public boolean due(int done, int saved) {
      return done - saved >= every;
    }

    public int interval() {
      return every;
    }
  }

  @Test
  void anFweNullStoppedAndContinuedEqualsOneRunThrough() {
    FweNull whole = fwe(60, 2, Checkpoints.NONE, Progress.NONE);
    Memory store = new Memory(7);
    int[] iterationsRun = {0};
    assertThrows(Stop.class, () -> fwe(60, 3, store, (done, total) -> {
      if (++iterationsRun[0] == 30) {
        throw new Stop();
      }
    }));
    int from = store.saves.get(store.saves.size() - 1);
    // At least one checkpoint, short of the end. How far it got depends on the threads: a checkpoint
    // holds the iterations done without a gap, and a slow thread leaves one (a loaded CI machine
    // saved up to 19 of the 30 done).
    assertTrue(from >= 7 && from < 60, "saved up to " + from);

    List<Long> resumedAt = new ArrayList<>();
    FweNull resumed = fwe(60, 2, store, (done, total) -> resumedAt.add(done));

    assertEquals(from + 1, resumedAt.get(0), "the continued run started after the checkpoint");
    assertEquals(60 - from, resumedAt.size());
    assertArrayEquals(whole.maxStat(), resumed.maxStat());
    assertArrayEquals(whole.maxClusterSize(), resumed.maxClusterSize());
    assertArrayEquals(whole.maxClusterMass(), resumed.maxClusterMass());
    assertEquals(60, store.saves.get(store.saves.size() - 1), "the finished null is saved too");
  }

  @Test
  void aShorterRunUsesTheFirstIterationsOfALongerOnesNullWithoutDrawing() {
    Memory store = new Memory(1000);
    fwe(50, 2, store, Progress.NONE);
    List<Long> progress = new ArrayList<>();
    FweNull shorter = fwe(20, 2, store, (done, total) -> progress.add(done));
    assertEquals(List.of(20L), progress, "no iteration ran");
    assertArrayEquals(fwe(20, 1, Checkpoints.NONE, Progress.NONE).maxStat(), shorter.maxStat());
  }

  @Test
  void aMonteCarloNullStoppedBetweenRoundsAndContinuedEqualsOneRunThrough() {
    MetaResult whole = kda(23, Checkpoints.NONE, Progress.NONE);
    Memory store = new Memory(5);
    int[] iterationsRun = {0};
    assertThrows(Stop.class, () -> kda(23, store, (done, total) -> {
      if (++iterationsRun[0] == 13) {
        throw new Stop();
      }
    }));
    assertEquals(List.of(5, 10), store.saves, "a save after each full round");

    List<Long> resumedAt = new ArrayList<>();
    MetaResult resumed = kda(23, store, (done, total) -> resumedAt.add(done));

    assertEquals(11L, resumedAt.get(0));
    assertEquals(23L, resumedAt.get(resumedAt.size() - 1));
    assertArrayEquals((double[]) whole.tables().get(MonteCarloNull.WEIGHTS_TABLE),
        (double[]) resumed.tables().get(MonteCarloNull.WEIGHTS_TABLE));
    assertArrayEquals(whole.map("p"), resumed.map("p"));
    assertNull(store.restore(store.saved.keySet().iterator().next(), 22), "totals of 23 iterations are of no use to 22");
  }

  private FweNull fwe(int iterations, int threads, Checkpoints checkpoints, Progress progress) {
    return MonteCarloFwe.simulate(pain, AleKernel.fromSampleSizes(), neighbours, CbmaStatistics.ALE, 0.01083,
        new MonteCarloOptions(iterations, 11, threads, checkpoints), progress);
  }

  private MetaResult kda(int iterations, Checkpoints checkpoints, Progress progress) {
    return MonteCarloNull.fit(pain, new KdaKernel(), mask, CbmaStatistics.KDA,
        new MonteCarloOptions(iterations, 5, 2, checkpoints), progress);
  }

  private static final class Stop extends RuntimeException {}
}
