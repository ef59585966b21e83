package org.nimeta.bench;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.nimeta.data.Dataset;
import org.nimeta.engine.CoordinateExperiment;
import org.nimeta.engine.MetaResult;
import org.nimeta.engine.Progress;
import org.nimeta.engine.CoordinateInputs;
import org.nimeta.engine.cbma.CbmaStatistics;
import org.nimeta.engine.cbma.MkdaChi2;
import org.nimeta.engine.cbma.MkdaChi2Fwe;
import org.nimeta.engine.cbma.MkdaChi2Null;
import org.nimeta.engine.cbma.MkdaChi2Pool;
import org.nimeta.engine.diagnostics.CbmaLeaveOneOut;
import org.nimeta.engine.diagnostics.Jackknife;
import org.nimeta.engine.diagnostics.TargetClusters;
import org.nimeta.engine.simulate.CoordinateSimulation;
import org.nimeta.engine.simulate.SimulationSpec;
import org.nimeta.engine.contrast.AleSubtraction;
import org.nimeta.engine.contrast.BalancedNull;
import org.nimeta.engine.contrast.BalancedSettings;
import org.nimeta.engine.contrast.GroupShuffle;
import org.nimeta.engine.contrast.PermutationSettings;
import org.nimeta.engine.contrast.SubtractionFwe;
import org.nimeta.engine.ibma.DerSimonianLaird;
import org.nimeta.engine.ibma.Fishers;
import org.nimeta.engine.ibma.Hedges;
import org.nimeta.engine.ibma.IbmaData;
import org.nimeta.engine.ibma.LikelihoodMethod;
import org.nimeta.engine.ibma.Masking;
import org.nimeta.engine.ibma.PermutedOLS;
import org.nimeta.engine.ibma.SampleSizeBasedLikelihood;
import org.nimeta.engine.ibma.SignFlipStream;
import org.nimeta.engine.ibma.Stouffers;
import org.nimeta.engine.ibma.VarianceBasedLikelihood;
import org.nimeta.engine.ibma.WeightedLeastSquares;
import org.nimeta.engine.kernel.AleKernel;
import org.nimeta.engine.kernel.MkdaKernel;
import org.nimeta.image.Mask;
import org.nimeta.registry.Correction;
import org.nimeta.registry.CorrectorDef;
import org.nimeta.registry.CorrectorRunner;
import org.nimeta.registry.Definition;
import org.nimeta.registry.EstimatorDef;
import org.nimeta.registry.EstimatorInput;
import org.nimeta.registry.KernelConfig;
import org.nimeta.registry.ParamSpec;
import org.nimeta.registry.ParamType;
import org.nimeta.registry.Params;
import org.nimeta.registry.Registry;
import org.nimeta.registry.Value;

/**
 * {@code nimeta bench}: how long each estimator takes on the pain data (observed maps, one
 * Monte Carlo iteration, 10,000 iterations extrapolated from {@code iterations} measured ones;
 * every coordinate-based estimator the registry declares with a Monte Carlo statistic is timed
 * through its own declared FWE),
 * the Jackknife of a 100-experiment simulated ALE ({@link #jackknife}), and the nine image-based
 * estimators on a full-brain synthetic dataset. Prints a table.
 */
public final class Benchmarks {
  /** The iteration count the targets are stated for. */
  static final int TARGET_ITERATIONS = 10_000;

  private final Registry registry = Registry.builtin();
  private final PrintWriter out;
  private final int threads;
  private final int iterations;

  public Benchmarks(PrintWriter out, int threads, int iterations) {
    this.out = out;
    this.threads = threads;
    this.iterations = iterations;
  }

  /** Experiments of the simulated Jackknife (the target: well under a second). */
  static final int JACKKNIFE_EXPERIMENTS = 100;

  /**
   * Jackknife of an ALE of {@link #JACKKNIFE_EXPERIMENTS} simulated experiments (8 true foci each,
   * 20 subjects, 2 noise foci) on the clusters of z > 3.09 with at least 10 voxels: the
   * leave-one-out statistic at the cluster voxels, from each experiment's MA values there. NiMARE
   * refits the whole ALE per experiment (≈ 1.5 s each on the pain data).
   */
  public void jackknife(Mask mask) {
    SimulationSpec spec = new SimulationSpec(JACKKNIFE_EXPERIMENTS, new SimulationSpec.GroundTruth.Count(8), 1.0, 10.0,
        new SimulationSpec.SampleSizes.Fixed(20), 2, 2024);
    List<CoordinateExperiment> experiments = CoordinateInputs.prepare(
        CoordinateExperiment.listFrom(CoordinateSimulation.simulate(spec, mask).dataset(), mask),
        AleKernel.fromSampleSizes(), "ALE");
    AleKernel kernel = AleKernel.fromSampleSizes();
    MetaResult ale = org.nimeta.engine.cbma.Ale.fit(experiments, kernel, mask, threads);
    TargetClusters clusters = TargetClusters.of(ale.map("z"), mask, 3.09, 10);
    if (clusters.empty()) {
      out.printf("Jackknife: the simulated ALE has no cluster%n");
      return;
    }
    TargetClusters.Tail tail = clusters.tails().get(0);
    long voxels = java.util.Arrays.stream(tail.labels()).filter(l -> l > 0).count();
    double seconds = Stopwatch.best(3, () -> Jackknife.table(tail, ale.map("stat"),
        new CbmaLeaveOneOut(experiments, kernel, mask, CbmaStatistics.ALE)));
    out.printf("Jackknife of ALE, %d experiments, %d clusters, %d cluster voxels: %.3f s "
        + "(NiMARE refits per experiment: about %.0f s)%n", experiments.size(), tail.clusters(), voxels, seconds,
        1.5 * experiments.size());
  }

  /** ResampledStability and FailSafeN of the pain ALE ({@link RobustnessBench}). */
  public void robustness(Dataset pain, Mask mask) {
    RobustnessBench.rows(out, pain, mask, threads);
  }

  /** Coordinate-based estimators on {@code pain}; the two groups are its sorted ids split in half, as the reference cases. */
  public void coordinates(Dataset pain, Mask mask) {
    List<CoordinateExperiment> all = CoordinateExperiment.listFrom(pain, mask);
    List<CoordinateExperiment> first = all.subList(0, all.size() / 2);
    List<CoordinateExperiment> second = all.subList(all.size() / 2, all.size());
    out.printf("coordinate-based, %d experiments, %d foci, %d mask voxels, %d threads, %d iterations measured%n",
        all.size(), pain.fociCount(), mask.size(), threads, iterations);
    out.printf("%-16s %12s %16s %18s%n", "estimator", "observed s", "per iteration ms", "10,000 iterations s");
    for (Definition d : registry.all()) {
      if (d instanceof EstimatorDef e && e.dataKind() == EstimatorDef.DataKind.COORDINATES && e.monteCarlo() != null) {
        monteCarlo(e, pain, mask);
      }
    }
    voxelFweAgainstTfce(pain, mask);
    double chi2 = Stopwatch.best(3, () -> MkdaChi2.fit(first, second, new MkdaKernel(), 0.5, mask));
    out.printf("%-16s %12.3f %16s %18s%n", "MKDAChi2", chi2, "-", "-");
    Supplier<MetaResult> chi2Fwe = () -> MkdaChi2Fwe.correct(new MkdaChi2Pool(first, second, new MkdaKernel(), mask),
        MkdaChi2Null.labelPermutation(GroupShuffle.seeded(0)), 0.001, iterations, threads, Progress.NONE);
    chi2Fwe.get();
    row("MKDAChi2 FWE", chi2, Stopwatch.once(chi2Fwe));
    Supplier<MetaResult> subtraction = () -> AleSubtraction.fit(first, second, AleKernel.fromSampleSizes(), mask,
        new PermutationSettings(iterations, GroupShuffle.seeded(0), threads, Progress.NONE));
    subtraction.get();
    double perms = Stopwatch.once(subtraction);
    row("ALESubtraction", Double.NaN, perms);
    boolean[] gm = org.nimeta.image.GreyMatterPrior.on(mask); // null off the 2 mm MNI grid: the whole mask
    row("BalancedALESub", Double.NaN, Stopwatch.once(() -> org.nimeta.engine.contrast.BalancedAleSubtraction.fit(
        first, second, AleKernel.fromSampleSizes(), mask, gm != null ? gm : BalancedSettings.wholeMask(mask.size()),
        new BalancedSettings(0, 2500, 1000, iterations, 0.001, BalancedNull.RANDOM_FOCI, 0.05, 0, threads, Progress.NONE))));
    double cbmr = Stopwatch.once(() -> org.nimeta.engine.cbmr.Cbmr.fit(all, mask, 50, 2000, 1e-9));
    out.printf("%-16s %12.3f %16s %18s%n", "CBMR spacing 50", cbmr, "-", "-"); // NiMARE main here: 13.3 s
    out.println(PredictiveBench.line(all, mask, threads));
    Supplier<SubtractionFwe.Null> subtractionFwe = () -> SubtractionFwe.simulate(first, second,
        AleKernel.fromSampleSizes(), mask, 0.001, false,
        new PermutationSettings(iterations, GroupShuffle.seeded(0), threads, Progress.NONE));
    subtractionFwe.get();
    // NiMARE main: 14 s per seed for 500 permutations + 200 FWE permutations (voxel and cluster level)
    row("ALESubtr. FWE", Double.NaN, Stopwatch.once(subtractionFwe));
    out.printf("peak memory (process RSS): %.0f MB%n", Stopwatch.peakRssMb());
  }

  /** An estimator with a Monte Carlo statistic, at its defaults: its fit, and its own Monte Carlo FWE per iteration. */
  private void monteCarlo(EstimatorDef estimator, Dataset pain, Mask mask) {
    EstimatorInput input = new EstimatorInput(List.of(pain), mask, defaultKernel(estimator), defaults(estimator.params()),
        0, threads, Progress.NONE);
    Supplier<MetaResult> fit = () -> estimator.runner().run(input);
    double observed = Stopwatch.best(3, fit);
    MetaResult fitted = fit.get();
    CorrectorDef fwe = (CorrectorDef) registry.find(Correction.FWE_MONTECARLO.family());
    Map<String, Value> fweParams = new LinkedHashMap<>(fwe.defaults(Correction.FWE_MONTECARLO.method()));
    fweParams.put(Params.N_ITERS.name(), new Value.Num(iterations, true));
    CorrectorRunner correct = estimator.ownCorrections().get(Correction.FWE_MONTECARLO).runner();
    Supplier<MetaResult> run = () -> correct.correct(input, fitted, fweParams, 0);
    run.get();
    row(estimator.name() + " FWE", observed, Stopwatch.once(run));
  }

  /**
   * ALE's {@code FWE(method = montecarlo)} and {@code TFCE(method = montecarlo)} with the same
   * iterations, run alternately (A B A B) so that a busy machine slows both alike; the best of two each.
   */
  private void voxelFweAgainstTfce(Dataset pain, Mask mask) {
    EstimatorDef ale = (EstimatorDef) registry.find("ALE");
    EstimatorInput input = new EstimatorInput(List.of(pain), mask, defaultKernel(ale), defaults(ale.params()),
        0, threads, Progress.NONE);
    MetaResult fitted = ale.runner().run(input);
    double[] best = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY};
    List<Correction> pair = List.of(Correction.FWE_MONTECARLO, new Correction("TFCE", "montecarlo"));
    for (int round = 0; round < 2; round++) {
      for (int c = 0; c < pair.size(); c++) {
        Map<String, Value> params = new LinkedHashMap<>(
            ((CorrectorDef) registry.find(pair.get(c).family())).defaults(pair.get(c).method()));
        params.put(Params.N_ITERS.name(), new Value.Num(iterations, true));
        CorrectorRunner correct = ale.ownCorrections().get(pair.get(c)).runner();
        best[c] = Math.min(best[c], Stopwatch.once(() -> correct.correct(input, fitted, params, 0)));
      }
    }
    row("ALE FWE (A/B)", Double.NaN, best[0]);
    row("ALE TFCE (A/B)", Double.NaN, best[1]);
  }

  /** The estimator's kernel with every parameter at its default, or null when it takes none. */
  private KernelConfig defaultKernel(EstimatorDef estimator) {
    for (ParamSpec p : estimator.params()) {
      if (p.type() instanceof ParamType.Kernel k) {
        String type = k.allowed().get(0);
        return new KernelConfig(type, defaults(registry.find(type).params()));
      }
    }
    return null;
  }

  /** Every parameter at its default (a required one has none and is left out). */
  private static Map<String, Value> defaults(List<ParamSpec> params) {
    Map<String, Value> out = new LinkedHashMap<>();
    params.stream().filter(p -> !p.required()).forEach(p -> out.put(p.name(), p.defaultValue()));
    return out;
  }

  private void row(String name, double observed, double seconds) {
    double perIteration = seconds / iterations;
    out.printf("%-16s %12s %16.3f %18.1f%n", name, Double.isNaN(observed) ? "-" : String.format("%.3f", observed),
        perIteration * 1e3, perIteration * TARGET_ITERATIONS);
    out.flush();
  }

  /** The nine image-based estimators (and PermutedOLS FWE) on {@code data}. */
  public void images(IbmaData data) {
    out.printf("image-based, %d studies, %d voxels%n", data.studies().size(), data.mask().size());
    Map<String, Supplier<MetaResult>> cases = new LinkedHashMap<>();
    cases.put("Fishers", () -> new Fishers().fit(data));
    cases.put("Stouffers", () -> new Stouffers(false).fit(data));
    cases.put("Stouffers(n)", () -> new Stouffers(true).fit(data));
    cases.put("WeightedLeastSquares", () -> new WeightedLeastSquares(0).fit(data));
    cases.put("DerSimonianLaird", () -> new DerSimonianLaird().fit(data));
    cases.put("Hedges", () -> new Hedges().fit(data));
    cases.put("SampleSizeBasedLikelihood", () -> new SampleSizeBasedLikelihood(LikelihoodMethod.ML).fit(data));
    cases.put("VarianceBasedLikelihood", () -> new VarianceBasedLikelihood(LikelihoodMethod.ML).fit(data));
    cases.put("PermutedOLS", () -> new PermutedOLS(true).fit(data));
    cases.put("PermutedOLS FWE", () -> new PermutedOLS(true)
        .correctFweMonteCarlo(data, Masking.AGGRESSIVE, iterations, SignFlipStream.seeded(0)));
    out.printf("%-26s %10s%n", "estimator", "wall s");
    double total = 0;
    for (Map.Entry<String, Supplier<MetaResult>> c : cases.entrySet()) {
      double s = Stopwatch.best(1, c.getValue());
      total += s;
      out.printf("%-26s %10.3f%n", c.getKey() + (c.getKey().endsWith("FWE") ? " (" + iterations + ")" : ""), s);
      out.flush();
    }
    out.printf("%-26s %10.3f%n", "total", total);
    out.printf("peak memory (process RSS): %.0f MB%n", Stopwatch.peakRssMb());
  }
}
