package org.nimeta.engine.ibma;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.nimeta.image.Mask;
import org.nimeta.image.Nifti;

/**
 * Wall-time benchmark of the IBMA estimators (not a unit test): the pain test images (21 studies,
 * 1,000 voxels) and a synthetic full-brain case (21 studies x the 228,483 voxels of the MNI152
 * 2 mm brain mask). Run after {@code mvn test-compile} with
 * {@code java -cp target/classes:target/test-classes:<commons-math3>:<jackson jars>
 * org.nimeta.engine.ibma.IbmaBenchmark}.
 */
public final class IbmaBenchmark {
  private IbmaBenchmark() {}

  public static void main(String[] args) {
    System.out.println("threads: " + Runtime.getRuntime().availableProcessors());
    System.out.println("== pain test images (21 studies, 1000 voxels) ==");
    run(PainIbmaFixture.data(), 3);
    System.out.println("== synthetic full brain (21 studies, 228483 voxels) ==");
    run(synthetic(), 1);
  }

  private static void run(IbmaData data, int repeats) {
    Map<String, Supplier<Object>> cases = new LinkedHashMap<>();
    cases.put("Fishers", () -> new Fishers().fit(data));
    cases.put("Stouffers", () -> new Stouffers(false).fit(data));
    cases.put("Stouffers(sample size)", () -> new Stouffers(true).fit(data));
    cases.put("WeightedLeastSquares", () -> new WeightedLeastSquares(0).fit(data));
    cases.put("DerSimonianLaird", () -> new DerSimonianLaird().fit(data));
    cases.put("Hedges", () -> new Hedges().fit(data));
    cases.put("SampleSizeBasedLikelihood(ML)", () -> new SampleSizeBasedLikelihood(LikelihoodMethod.ML).fit(data));
    cases.put("VarianceBasedLikelihood(ML)", () -> new VarianceBasedLikelihood(LikelihoodMethod.ML).fit(data));
    cases.put("PermutedOLS", () -> new PermutedOLS(true).fit(data));
    cases.put("PermutedOLS + FWE 1000 (seeded)", () -> new PermutedOLS(true)
        .correctFweMonteCarlo(data, Masking.AGGRESSIVE, 1000, SignFlipStream.seeded(42)));
    cases.put("PermutedOLS + FWE 1000 (nilearn 42)", () -> new PermutedOLS(true)
        .correctFweMonteCarlo(data, Masking.AGGRESSIVE, 1000, SignFlipStream.nilearn(42)));
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    double total = 0;
    double totalCpu = 0;
    System.out.printf("%-34s %10s %10s%n", "estimator", "wall s", "cpu s");
    for (Map.Entry<String, Supplier<Object>> c : cases.entrySet()) {
      c.getValue().get(); // warm-up
      double best = Double.POSITIVE_INFINITY;
      double cpu = Double.POSITIVE_INFINITY;
      for (int r = 0; r < repeats; r++) {
        long c0 = os.getProcessCpuTime();
        long t0 = System.nanoTime();
        c.getValue().get();
        best = Math.min(best, (System.nanoTime() - t0) / 1e9);
        cpu = Math.min(cpu, (os.getProcessCpuTime() - c0) / 1e9);
      }
      total += best;
      totalCpu += cpu;
      System.out.printf("%-34s %10.3f %10.3f%n", c.getKey(), best, cpu);
    }
    System.out.printf("%-34s %10.3f %10.3f%n", "total", total, totalCpu);
  }

  /** The synthetic full-brain workload {@code nimeta bench} uses. */
  private static IbmaData synthetic() {
    return org.nimeta.bench.SyntheticImages.of(Mask.fromImage(Nifti.read(
        Path.of("src/test/resources/nimare/inputs/tpl-MNI152NLin6Asym_res-02_desc-brain_mask.nii.gz"))), 21, 2024);
  }
}
