package org.nimeta.engine.bench;

import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
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
import org.nimeta.engine.montecarlo.MonteCarloNull;
import org.nimeta.engine.montecarlo.MonteCarloOptions;
import org.nimeta.engine.montecarlo.MonteCarloProgress;
import org.nimeta.image.Mask;

/**
 * Wall-time benchmark of Monte Carlo inference on the pain data (21 experiments, 267 foci, 228,483
 * mask voxels); not a unit test. After {@code mvn -o -q test-compile}:
 * <pre>
 * java -Xmx1g -cp target/classes:target/test-classes org.nimeta.engine.bench.MonteCarloBench \
 *     [iterations=10000] [threads=2] [estimators=ALE,MKDADensity,KDA] [fwe|null]
 * </pre>
 * Prints, per estimator: the observed fit time, then (after a warm-up of a twentieth of the
 * iterations) the timed run: {@code fwe} = FWE correction ({@link MonteCarloFwe}), {@code null} =
 * the estimator with {@code null_method="montecarlo"} ({@link MonteCarloNull}); wall seconds, ms
 * per iteration, process CPU seconds, and for FWE the 95th percentiles of the three nulls. Peak
 * memory: run it under {@code /usr/bin/time -v}.
 */
public final class MonteCarloBench {
  private MonteCarloBench() {}

  public static void main(String[] args) {
    int iterations = args.length > 0 ? Integer.parseInt(args[0]) : 10000;
    int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
    List<String> estimators = List.of((args.length > 2 ? args[2] : "ALE,MKDADensity,KDA").split(","));
    boolean fwe = args.length <= 3 || args[3].equals("fwe");
    Mask mask = RefData.brainMask();
    List<CoordinateExperiment> pain = RefData.painExperiments();
    System.out.printf(Locale.ROOT, "pain: %d experiments, %d foci, %d mask voxels; %s, %d iterations, %d threads, "
            + "%d cores, load average %.2f%n",
        pain.size(), pain.stream().mapToInt(CoordinateExperiment::fociCount).sum(), mask.size(),
        fwe ? "FWE" : "Monte Carlo null", iterations, threads, Runtime.getRuntime().availableProcessors(),
        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    for (String name : estimators) {
      switch (name) {
        case "ALE" -> run(CbmaStatistic.ALE, AleKernel.fromSampleSizes(), pain, mask, iterations, threads, fwe);
        case "MKDADensity" -> run(CbmaStatistic.MKDA_DENSITY, new MkdaKernel(), pain, mask, iterations, threads, fwe);
        case "KDA" -> run(CbmaStatistic.KDA, new KdaKernel(), pain, mask, iterations, threads, fwe);
        default -> throw new IllegalArgumentException("unknown estimator " + name);
      }
    }
  }

  private static void run(CbmaStatistic statistic, KernelTransformer kernel, List<CoordinateExperiment> pain,
      Mask mask, int iterations, int threads, boolean fwe) {
    long t0 = System.nanoTime();
    MetaResult fitted = switch (statistic) {
      case ALE -> Ale.fit(pain, kernel, mask);
      case MKDA_DENSITY -> MkdaDensity.fit(pain, kernel, mask);
      case KDA -> Kda.fit(pain, (KdaKernel) kernel, mask);
    };
    double fitSeconds = (System.nanoTime() - t0) / 1e9;
    IntFunction<MetaResult> job = n -> fwe
        ? MonteCarloFwe.correct(fitted, pain, kernel, statistic, 0.001, new MonteCarloOptions(n, 0, threads),
            MonteCarloProgress.NONE)
        : MonteCarloNull.fit(pain, kernel, mask, statistic, new MonteCarloOptions(n, 0, threads),
            MonteCarloProgress.NONE);
    job.apply(Math.max(20, iterations / 20)); // warm-up
    com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
        java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    long cpu0 = os.getProcessCpuTime();
    long w0 = System.nanoTime();
    MetaResult result = job.apply(iterations);
    double wall = (System.nanoTime() - w0) / 1e9;
    double cpu = (os.getProcessCpuTime() - cpu0) / 1e9;
    System.out.printf(Locale.ROOT, "%-12s fit %.2f s | %d iterations: %.2f s wall, %.3f ms/iteration, %.2f s cpu",
        statistic.estimatorName(), fitSeconds, iterations, wall, 1000 * wall / iterations, cpu);
    if (fwe) {
      FweNull fweNull = (FweNull) result.tables().get(FweNull.TABLE);
      System.out.printf(Locale.ROOT, " | cluster-forming %.5g; 95%%: max stat %.6g, size %.0f, mass %.5g",
          fweNull.clusterFormingThreshold(), fweNull.voxelNull().criticalValue(0.05),
          fweNull.sizeNull().criticalValue(0.05), fweNull.massNull().criticalValue(0.05));
    }
    System.out.println();
  }
}
