package org.nimeta.engine.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import org.nimeta.engine.CoordinateExperiment;
import org.nimeta.engine.MetaResult;
import org.nimeta.engine.RefData;
import org.nimeta.engine.cbma.Ale;
import org.nimeta.engine.kernel.AleKernel;
import org.nimeta.engine.simulate.CoordinateSimulation;
import org.nimeta.engine.simulate.SimulationSpec;
import org.nimeta.engine.stats.NullHistogram;

/**
 * Benchmark, not a unit test: ALE with the approximate null at Neurosynth's size — 14,000
 * simulated studies x 35 foci, sample size 30 — on the MNI152 2 mm brain mask.
 *
 * <p>Run from the project directory after {@code mvn -o test-compile}:
 * <pre>
 * java -Xmx4g -cp target/classes:target/test-classes:$HOME/.m2/repository/org/apache/commons/commons-math3/3.6.1/commons-math3-3.6.1.jar \
 *     org.nimeta.engine.bench.LargeAleBench [studies] [foci] [sampleSize] [threads]
 * </pre>
 * Prints wall times of simulation and of {@code Ale.fit}, the CPU time of the fit (all threads), the
 * peak heap and the null's size.
 */
public final class LargeAleBench {
  private LargeAleBench() {}

  public static void main(String[] args) {
    int studies = args.length > 0 ? Integer.parseInt(args[0]) : 14_000;
    int foci = args.length > 1 ? Integer.parseInt(args[1]) : 35;
    int sampleSize = args.length > 2 ? Integer.parseInt(args[2]) : 30;
    int threads = args.length > 3 ? Integer.parseInt(args[3]) : Runtime.getRuntime().availableProcessors();
    var mask = RefData.brainMask();

    long t0 = System.nanoTime();
    var simulated = CoordinateSimulation.simulate(SimulationSpec.of(studies, foci, sampleSize, 1), mask);
    List<CoordinateExperiment> experiments = CoordinateExperiment.listFrom(simulated.dataset(), mask);
    long t1 = System.nanoTime();
    long cpu1 = processCpuNanos();
    MetaResult result = Ale.fit(experiments, AleKernel.fromSampleSizes(), mask, threads);
    long t2 = System.nanoTime();
    long cpu2 = processCpuNanos();

    double[] bins = (double[]) result.tables().get(NullHistogram.BINS_TABLE);
    double maxStat = 0;
    for (double s : result.map("stat")) {
      maxStat = Math.max(maxStat, s);
    }
    System.out.printf("ALE approximate null: %d studies x %d foci, sample size %d, %d threads, max heap %d MB%n",
        studies, foci, sampleSize, threads, Runtime.getRuntime().maxMemory() >> 20);
    System.out.printf("  simulate + to voxels: %.2f s%n", (t1 - t0) / 1e9);
    System.out.printf("  Ale.fit:              %.2f s wall, %.2f s CPU (null bins %d, max ALE %.5f)%n",
        (t2 - t1) / 1e9, (cpu2 - cpu1) / 1e9, bins.length, maxStat);
    System.out.printf("  peak heap:            %d MB%n", peakHeapMb());
  }

  /** CPU time of the whole process (all threads), which a busy shared machine does not inflate. */
  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static long peakHeapMb() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak >> 20;
  }
}
