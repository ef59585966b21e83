package org.nimeta.engine.montecarlo;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.List;
import com.sun.management.ThreadMXBean;
import org.junit.jupiter.api.Test;
import org.nimeta.engine.CoordinateExperiment;
import org.nimeta.engine.Progress;
import org.nimeta.engine.RefData;
import org.nimeta.engine.cbma.CbmaStatistics;
import org.nimeta.engine.cluster.FaceNeighbours;
import org.nimeta.engine.kernel.AleKernel;
import org.nimeta.engine.kernel.KernelTransformer;
import org.nimeta.engine.kernel.MkdaKernel;

/**
 * Iterations allocate nothing: a run of n iterations allocates its buffers once plus the three
 * result entries per iteration (8 + 4 + 8 bytes), so two runs that differ by 200 iterations differ
 * by about 4 kB. With one thread the run happens on the calling thread, whose allocations the JVM
 * counts exactly.
 */
class AllocationTest {
  /** The result arrays' 20 bytes per iteration, plus room for array headers and alignment. */
  private static final double BYTES_PER_ITERATION = 32;

  private final List<CoordinateExperiment> pain = RefData.painExperiments();
  private final FaceNeighbours neighbours = FaceNeighbours.of(RefData.brainMask());

  @Test
  void aleIterationsAllocateNothing() {
    check(CbmaStatistics.ALE, AleKernel.fromSampleSizes(), 0.01083);
  }

  @Test
  void mkdaIterationsAllocateNothing() {
    check(CbmaStatistics.MKDA_DENSITY, new MkdaKernel(), 4);
  }

  private void check(CbmaStatistic statistic, KernelTransformer kernel, double threshold) {
    ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
    run(statistic, kernel, threshold, 300); // warm-up: classes loaded, code compiled
    long before = threads.getCurrentThreadAllocatedBytes();
    run(statistic, kernel, threshold, 50);
    long middle = threads.getCurrentThreadAllocatedBytes();
    run(statistic, kernel, threshold, 250);
    long after = threads.getCurrentThreadAllocatedBytes();
    double perIteration = ((after - middle) - (middle - before)) / 200.0;
    assertTrue(perIteration < BYTES_PER_ITERATION, statistic + ": " + perIteration + " bytes per iteration");
  }

  private void run(CbmaStatistic statistic, KernelTransformer kernel, double threshold, int iterations) {
    MonteCarloFwe.simulate(pain, kernel, neighbours, statistic, threshold,
        new MonteCarloOptions(iterations, 9, 1), Progress.NONE);
  }
}
