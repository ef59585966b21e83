package org.nimeta.registry;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.nimeta.engine.MetaResult;

/**
 * Wall time of each image-based estimator through its registry runner (reading the images
 * included) on NiMARE's IBMA test data, beside NiMARE's per-estimator {@code wall_s} from
 * {@code public/ibma/case.json}. Not a unit test: run after {@code mvn test-compile} with
 * {@code java -cp target/classes:target/test-classes:<dependencies> org.nimeta.registry.IbmaRunnerTiming}.
 */
public final class IbmaRunnerTiming {
  private static final int REPEATS = 5;

  private IbmaRunnerTiming() {}

  public static void main(String[] args) {
    PainImages pain = new PainImages();
    Map<String, Supplier<MetaResult>> cases = new LinkedHashMap<>();
    Map<String, String> nimare = new LinkedHashMap<>();
    add(cases, nimare, "Fishers", "2.53", () -> pain.run("Fishers", Map.of()));
    add(cases, nimare, "Stouffers", "2.48", () -> pain.run("Stouffers", Map.of()));
    add(cases, nimare, "Stouffers(use_sample_size)", "3.52",
        () -> pain.run("Stouffers", Map.of("use_sample_size", new Value.Bool(true))));
    add(cases, nimare, "WeightedLeastSquares", "10.9", () -> pain.run("WeightedLeastSquares", Map.of()));
    add(cases, nimare, "DerSimonianLaird", "14.75", () -> pain.run("DerSimonianLaird", Map.of()));
    add(cases, nimare, "Hedges", "6.23", () -> pain.run("Hedges", Map.of()));
    add(cases, nimare, "SampleSizeBasedLikelihood", "4.62", () -> pain.run("SampleSizeBasedLikelihood", Map.of()));
    add(cases, nimare, "VarianceBasedLikelihood", "8.83", () -> pain.run("VarianceBasedLikelihood", Map.of()));
    add(cases, nimare, "PermutedOLS", "1.45", () -> pain.run("PermutedOLS", Map.of()));
    add(cases, nimare, "PermutedOLS FWE(montecarlo, 1000)", "0.98", () -> IbmaRunners.permutedOlsFwe(
        pain.input("PermutedOLS", Map.of()), pain.run("PermutedOLS", Map.of()),
        Map.of("n_iters", new Value.Num(1000, true)), 0));
    System.out.printf("%-36s %12s %12s %12s%n", "estimator (runner, images read)", "first s", "best s", "NiMARE s");
    double total = 0;
    for (Map.Entry<String, Supplier<MetaResult>> c : cases.entrySet()) {
      long t0 = System.nanoTime();
      c.getValue().get();
      double first = (System.nanoTime() - t0) / 1e9;
      double best = Double.POSITIVE_INFINITY;
      for (int r = 0; r < REPEATS; r++) {
        long t = System.nanoTime();
        c.getValue().get();
        best = Math.min(best, (System.nanoTime() - t) / 1e9);
      }
      total += best;
      System.out.printf("%-36s %12.4f %12.4f %12s%n", c.getKey(), first, best, nimare.get(c.getKey()));
    }
    System.out.printf("%-36s %12s %12.4f %12s%n", "total (best)", "", total, "73.95 (case)");
  }

  private static void add(Map<String, Supplier<MetaResult>> cases, Map<String, String> nimare, String name,
      String nimareSeconds, Supplier<MetaResult> run) {
    cases.put(name, run);
    nimare.put(name, nimareSeconds);
  }
}
