package org.nimeta.engine.bench;

import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import org.nimeta.engine.CoordinateExperiment;
import org.nimeta.engine.MetaResult;
import org.nimeta.engine.Progress;
import org.nimeta.engine.RefData;
import org.nimeta.engine.cbma.Ale;
import org.nimeta.engine.cbma.CbmaStatistics;
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
 *
 * <p>{@code MonteCarloBench scaling [iterations=2000] [threads=1]} instead times ALE FWE with every
 * experiment's foci repeated 1, 2 and 4 times, and with the experiments repeated 2 and 4 times
 * (new ids), to show how the cost grows with foci and with studies.
 */
public final class MonteCarloBench {
  private MonteCarloBench() {}

  public static void main(String[] args) {
    if (args.length > 0 && args[0].equals("scaling")) {
      scaling(args.length > 1 ? Integer.parseInt(args[1]) : 2000, args.length > 2 ? Integer.parseInt(args[2]) : 1);
      return;
    }
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
        case "ALE" -> run(CbmaStatistics.ALE, AleKernel.fromSampleSizes(), pain, mask, iterations, threads, fwe);
        case "MKDADensity" -> run(CbmaStatistics.MKDA_DENSITY, new MkdaKernel(), pain, mask, iterations, threads, fwe);
        case "KDA" -> run(CbmaStatistics.KDA, new KdaKernel(), pain, mask, iterations, threads, fwe);
        default -> throw new IllegalArgumentException("unknown estimator " + name);
      }
    }
  }

  private static void run(CbmaStatistic statistic, KernelTransformer kernel, List<CoordinateExperiment> pain,
      Mask mask, int iterations, int threads, boolean fwe) {
    long t0 = System.nanoTime();
    MetaResult fitted = statistic == CbmaStatistics.ALE ? Ale.fit(pain, kernel, mask)
        : statistic == CbmaStatistics.MKDA_DENSITY ? MkdaDensity.fit(pain, kernel, mask)
        : Kda.fit(pain, (KdaKernel) kernel, mask);
    double fitSeconds = (System.nanoTime() - t0) / 1e9;
    IntFunction<MetaResult> job = n -> fwe
        ? MonteCarloFwe.correct(fitted, pain, kernel, statistic, 0.001, new MonteCarloOptions(n, 0, threads),
            Progress.NONE)
        : MonteCarloNull.fit(pain, kernel, mask, statistic, new MonteCarloOptions(n, 0, threads),
            Progress.NONE);
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

  private static void scaling(int iterations, int threads) {
    Mask mask = RefData.brainMask();
    List<CoordinateExperiment> pain = RefData.painExperiments();
    KernelTransformer kernel = AleKernel.fromSampleSizes();
    System.out.printf(Locale.ROOT, "ALE FWE scaling, %d iterations, %d threads, load average %.2f%n", iterations,
        threads, java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    for (int[] factors : new int[][] {{1, 1}, {1, 2}, {1, 4}, {2, 1}, {4, 1}}) {
      List<CoordinateExperiment> scaled = new java.util.ArrayList<>();
      for (int copy = 0; copy < factors[0]; copy++) {
        for (CoordinateExperiment e : pain) {
          int[] ijk = new int[e.ijk().length * factors[1]];
          for (int r = 0; r < factors[1]; r++) {
            System.arraycopy(e.ijk(), 0, ijk, r * e.ijk().length, e.ijk().length);
          }
          scaled.add(new CoordinateExperiment(e.id() + "-copy" + copy, ijk, e.sampleSize()));
        }
      }
      MetaResult fitted = Ale.fit(scaled, kernel, mask);
      IntFunction<MetaResult> job = n -> MonteCarloFwe.correct(fitted, scaled, kernel, CbmaStatistics.ALE, 0.001,
          new MonteCarloOptions(n, 0, threads), Progress.NONE);
      job.apply(Math.max(20, iterations / 10));
      com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
          java.lang.management.ManagementFactory.getOperatingSystemMXBean();
      long cpu0 = os.getProcessCpuTime();
      long w0 = System.nanoTime();
      MetaResult result = job.apply(iterations);
      double wall = (System.nanoTime() - w0) / 1e9;
      double cpu = (os.getProcessCpuTime() - cpu0) / 1e9;
      FweNull fweNull = (FweNull) result.tables().get(FweNull.TABLE);
      System.out.printf(Locale.ROOT, "experiments %3d, foci %5d: %.3f ms/iteration wall, %.3f ms cpu; "
              + "cluster-forming %.5g%n", scaled.size(), scaled.stream().mapToInt(CoordinateExperiment::fociCount).sum(),
          1000 * wall / iterations, 1000 * cpu / iterations, fweNull.clusterFormingThreshold());
    }
  }
}
