package org.nimeta.engine.bench;

import java.util.List;
import java.util.Locale;
import org.nimeta.engine.CoordinateExperiment;
import org.nimeta.engine.MetaResult;
import org.nimeta.engine.RefData;
import org.nimeta.engine.cbma.Ale;
import org.nimeta.engine.cbma.Kda;
import org.nimeta.engine.cbma.MkdaDensity;
import org.nimeta.engine.kernel.AleKernel;
import org.nimeta.engine.kernel.KdaKernel;
import org.nimeta.engine.kernel.KernelTransformer;
import org.nimeta.engine.kernel.MkdaKernel;
import org.nimeta.engine.montecarlo.CbmaStatistic;
import org.nimeta.engine.montecarlo.FweNull;
import org.nimeta.engine.montecarlo.MonteCarloFwe;
import org.nimeta.engine.montecarlo.MonteCarloOptions;
import org.nimeta.engine.montecarlo.MonteCarloProgress;
import org.nimeta.image.Mask;

/**
 * Wall-time benchmark of Monte Carlo FWE on the pain data (21 experiments, 267 foci, 228,483 mask
 * voxels); not a unit test. After {@code mvn -o -q test-compile}:
 * <pre>
 * java -Xmx1g -cp target/classes:target/test-classes org.nimeta.engine.bench.MonteCarloBench \
 *     [iterations=10000] [threads=2] [estimators=ALE,MKDADensity,KDA]
 * </pre>
 * Prints, per estimator: the observed fit, a warm-up, then the timed FWE run (wall seconds, ms per
 * iteration, process CPU seconds) and the 95th percentiles of the three nulls.
 */
public final class MonteCarloBench {
  private MonteCarloBench() {}

  public static void main(String[] args) {
    int iterations = args.length > 0 ? Integer.parseInt(args[0]) : 10000;
    int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
    List<String> estimators = List.of((args.length > 2 ? args[2] : "ALE,MKDADensity,KDA").split(","));
    Mask mask = RefData.brainMask();
    List<CoordinateExperiment> pain = RefData.painExperiments();
    System.out.printf(Locale.ROOT, "pain: %d experiments, %d foci, %d mask voxels; %d iterations, %d threads, %d cores%n",
        pain.size(), pain.stream().mapToInt(CoordinateExperiment::fociCount).sum(), mask.size(),
        iterations, threads, Runtime.getRuntime().availableProcessors());
    for (String name : estimators) {
      switch (name) {
        case "ALE" -> run(CbmaStatistic.ALE, AleKernel.fromSampleSizes(), pain, mask, iterations, threads);
        case "MKDADensity" -> run(CbmaStatistic.MKDA_DENSITY, new MkdaKernel(), pain, mask, iterations, threads);
        case "KDA" -> run(CbmaStatistic.KDA, new KdaKernel(), pain, mask, iterations, threads);
        default -> throw new IllegalArgumentException("unknown estimator " + name);
      }
    }
  }

  private static void run(CbmaStatistic statistic, KernelTransformer kernel, List<CoordinateExperiment> pain,
      Mask mask, int iterations, int threads) {
    long t0 = System.nanoTime();
    MetaResult fitted = switch (statistic) {
      case ALE -> Ale.fit(pain, kernel, mask);
      case MKDA_DENSITY -> MkdaDensity.fit(pain, kernel, mask);
      case KDA -> Kda.fit(pain, (KdaKernel) kernel, mask);
    };
    double fitSeconds = (System.nanoTime() - t0) / 1e9;
    MonteCarloFwe.correct(fitted, pain, kernel, statistic, 0.001,
        new MonteCarloOptions(Math.max(20, iterations / 20), 1, threads), MonteCarloProgress.NONE);
    com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
        java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    long cpu0 = os.getProcessCpuTime();
    long w0 = System.nanoTime();
    MetaResult corrected = MonteCarloFwe.correct(fitted, pain, kernel, statistic, 0.001,
        new MonteCarloOptions(iterations, 0, threads), MonteCarloProgress.NONE);
    double wall = (System.nanoTime() - w0) / 1e9;
    double cpu = (os.getProcessCpuTime() - cpu0) / 1e9;
    FweNull fweNull = (FweNull) corrected.tables().get(FweNull.TABLE);
    System.out.printf(Locale.ROOT, "%-12s fit %.2f s | FWE %d iters: %.2f s wall, %.3f ms/iter, %.2f s cpu | "
            + "thr %.5g, 95%%: max stat %.6g, size %.0f, mass %.5g%n",
        statistic.estimatorName(), fitSeconds, iterations, wall, 1000 * wall / iterations, cpu,
        fweNull.clusterFormingThreshold(), fweNull.voxelNull().criticalValue(0.05),
        fweNull.sizeNull().criticalValue(0.05), fweNull.massNull().criticalValue(0.05));
  }
}
