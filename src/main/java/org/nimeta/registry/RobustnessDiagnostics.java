package org.nimeta.registry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.nimeta.engine.CoordinateExperiment;
import org.nimeta.engine.EngineRefusal;
import org.nimeta.engine.MetaResult;
import org.nimeta.engine.Progress;
import org.nimeta.engine.cbma.Ale;
import org.nimeta.engine.cluster.ClusterTable;
import org.nimeta.engine.cluster.FaceNeighbours;
import org.nimeta.engine.diagnostics.FailSafeN;
import org.nimeta.engine.diagnostics.ResampledStability;
import org.nimeta.engine.diagnostics.Schedules;
import org.nimeta.engine.diagnostics.StabilityNull;
import org.nimeta.engine.diagnostics.TargetClusters;
import org.nimeta.engine.kernel.KernelTransformer;
import org.nimeta.engine.montecarlo.ClusterFormingThreshold;
import org.nimeta.engine.stats.NullHistogram;

/**
 * The robustness diagnostics of a coordinate-based result: {@code ResampledStability} (NiMARE
 * main's, with its parameters, defaults and output names) and {@code FailSafeN} (Acar et al. 2018,
 * which NiMARE does not have).
 */
final class RobustnessDiagnostics {
  /** NiMARE's Monte Carlo iterations for the cluster-size null when the target has no Monte Carlo FWE. */
  static final int DEFAULT_NULL_ITERATIONS = 5000;

  static final Param<Schedules.Policy> RESAMPLING_POLICY = Param.choice("resampling_policy", Schedules.Policy.class,
      Schedules.Policy.SUBSAMPLE, "Which experiments each replicate keeps: all but one (`leave_1_out`), all but `k` "
          + "(`leave_k_out`), or `target_n` of them (`subsample`).");
  static final Param<OptionalDouble> K = Param.optionalNumber("k", ParamType.Number.atLeast(1),
      "Experiments each replicate leaves out (1 to n − 1).").onlyWith(RESAMPLING_POLICY, Schedules.Policy.LEAVE_K_OUT);
  static final Param<OptionalDouble> TARGET_N = Param.optionalNumber("target_n", ParamType.Number.atLeast(1),
      "Experiments each replicate keeps (1 to n); not set: n.").onlyWith(RESAMPLING_POLICY, Schedules.Policy.SUBSAMPLE);
  static final Param<OptionalDouble> N_RESAMPLES = Param.optionalNumber("n_resamples", ParamType.Number.atLeast(1),
      "Replicates drawn (distinct subsets, at most every combination); not set: every combination, when there are "
          + "at most 1000. A leave-one-out schedule always has n replicates.");
  static final Param<OptionalDouble> STABILITY_VOXEL_THRESH = Param.optionalNumber("voxel_thresh",
      new ParamType.Number(false, 0.0, false, 1.0, false),
      "The cluster-forming p of every replicate and of the cluster-size null (z > isf(p) under the full data's "
          + "approximate null); not set: 0.001, as NiMARE.");
  static final Param<OptionalDouble> TARGET_THRESHOLD = Param.optionalNumber("target_threshold",
      new ParamType.Number(false, 0.0, true, null, false),
      "The per-cluster table's clusters are the target's voxels whose |value| exceeds it (NiMARE main's "
          + "`Diagnostics` name); not set: every non-zero voxel.");
  static final Param<MaskCoverage> MASK_COVERAGE = Param.choice("mask_coverage", MaskCoverage.class, MaskCoverage.BRAIN,
      "Where the cluster-size null puts its random foci: every in-mask voxel. NiMARE's default, `gm` (grey matter of "
          + "the MNI152 prior), needs a template nimeta does not bundle.");
  static final Param<Double> ALPHA = Param.number("alpha", ParamType.Number.probability(), 0.05,
      "The cluster-size threshold is the 1 − alpha percentile of the Monte Carlo null.");

  static final Param<Double> CLUSTER_FORMING_P = Param.number("cluster_forming_p",
      new ParamType.Number(false, 0.0, false, 1.0, false), 0.001,
      "The cluster-forming p of every refit's cluster-level FWE correction (FWECorrector's `voxel_thresh`).");
  static final Param<Integer> FSN_ITERS = Param.integer("n_iters", ParamType.Number.atLeast(1), 1000,
      "Monte Carlo iterations of every refit's cluster-level FWE null.");
  static final Param<Double> FSN_ALPHA = Param.number("alpha", ParamType.Number.probability(), 0.05,
      "A refitted cluster is significant when its cluster-level FWE p is below alpha.");
  static final Param<Integer> MAX_NULL = Param.integer("max_null_experiments", ParamType.Number.atLeast(1), 100,
      "The most null experiments added; a cluster that survives them is reported censored.");

  /** The stability map's name after the target map's. */
  static final String STABILITY_MAP = "_diag-ResampledStability";

  /** Where random foci go: NiMARE's {@code mask_coverage} (only its {@code brain}). */
  enum MaskCoverage { BRAIN }

  private RobustnessDiagnostics() {}

  static List<Definition> definitions() {
    return List.of(
        DiagnosticDef.builder("ResampledStability")
            .params(Diagnostics.TARGET_IMAGE, RESAMPLING_POLICY, K, TARGET_N, N_RESAMPLES, STABILITY_VOXEL_THRESH,
                Diagnostics.CLUSTER_THRESHOLD, TARGET_THRESHOLD, MASK_COVERAGE, ALPHA)
            .coordinatesOnly()
            .onlyFor("ALE", "MKDADensity", "KDA")
            .stochastic(params -> true)
            .resultRunner(RobustnessDiagnostics::stability)
            .maps(STABILITY_MAP)
            .doc("How often each voxel survives when the estimate is recomputed on subsets of its experiments "
                + "(NiMARE main's ResampledStability): each replicate's statistic is turned into z with the full "
                + "data's approximate null, cut at `voxel_thresh`, and keeps its clusters larger than the 1 − alpha "
                + "percentile of a Monte Carlo null of the largest random cluster. Writes the map "
                + "`<target>_diag-ResampledStability`, its `_tab-summary` and a `_tab-clusters` table of the "
                + "target's clusters (in how many replicates each survived).")
            .citation("Frahm L et al. (2025) JALE (probabilistic ALE); Salo T et al. (2023) NiMARE. Aperture Neuro 3.")
            .build(),
        DiagnosticDef.builder("FailSafeN")
            .params(Diagnostics.TARGET_IMAGE, Diagnostics.VOXEL_THRESH, Diagnostics.CLUSTER_THRESHOLD,
                CLUSTER_FORMING_P, FSN_ITERS, FSN_ALPHA, MAX_NULL)
            .coordinatesOnly()
            .onlyFor("ALE")
            .stochastic(params -> true)
            .resultRunner(RobustnessDiagnostics::failSafeN)
            .doc("How many null experiments (random foci; foci count and sample size of a random original "
                + "experiment) can be added before each cluster stops being significant: the estimate is refitted "
                + "and corrected (cluster-level Monte Carlo FWE) with m of them, searched by doubling then halving. "
                + "Writes `<target>_diag-FailSafeN_tab-clusters`.")
            .citation("Acar F et al. (2018) Assessing robustness against potential publication bias in "
                + "Activation Likelihood Estimation (ALE) meta-analyses for fMRI. PLoS ONE 13:e0208177.")
            .build());
  }

  private static MetaResult stability(ResultDiagnosticRunner.Diagnosis d) {
    Map<String, Value> p = d.params();
    List<CoordinateExperiment> experiments = LeaveOneOutRules.experiments(d.input(), 0);
    MonteCarloStatistic mc = d.estimator().monteCarlo();
    KernelTransformer kernel = mc.kernel().apply(d.input().kernel());
    if (!(d.estimate().tables().get(NullHistogram.WEIGHTS_TABLE) instanceof double[])) {
      throw new EngineRefusal("ResampledStability turns each replicate into z with the estimate's approximate null; "
          + "fit `" + d.estimator().name() + "` with `null_method = approximate`.");
    }
    NullHistogram fullNull = NullHistogram.fromTables(d.estimate().tables());
    Schedules.Policy policy = RESAMPLING_POLICY.of(p);
    Integer k = wholeIfGiven(K, p);
    int n = experiments.size();
    int targetN = Schedules.targetN(policy, n, k, wholeIfGiven(TARGET_N, p));
    List<int[]> subsets = Schedules.of(n, targetN, whole(N_RESAMPLES.of(p)), d.seed());
    double voxelThresh = STABILITY_VOXEL_THRESH.of(p).orElse(0.001);
    double threshold = ClusterFormingThreshold.of(d.estimate(), voxelThresh);
    // NiMARE takes the iterations of the target's Monte Carlo correction, else 5000
    int iterations = d.source().tables().get(MonteCarloRunners.NULL_TABLE) instanceof List<?> rows
        ? rows.size() : DEFAULT_NULL_ITERATIONS;
    int[] sizes = StabilityNull.maxClusterSizes(experiments, kernel, mc.statistic(), FaceNeighbours.of(d.input().mask()),
        threshold, targetN, iterations, d.seed(), d.input().threads());
    double sizeThreshold = StabilityNull.percentile(sizes, 100.0 * (1.0 - ALPHA.of(p)));

    TargetClusters.Tail tail = positiveTail(d, thresholdOf(p), whole(Diagnostics.CLUSTER_THRESHOLD.of(p)));
    int[] labels = tail == null ? new int[d.input().mask().size()] : tail.labels();
    int clusters = tail == null ? 0 : tail.clusters();
    ResampledStability.Outcome outcome = ResampledStability.run(
        new ResampledStability.Estimate(experiments, kernel, mc.statistic(), fullNull, d.input().mask()),
        subsets, voxelThresh, sizeThreshold, labels, clusters, d.target(), d.input().threads(), Progress.NONE);

    String name = d.targetMap() + STABILITY_MAP;
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("target_image", d.targetMap());
    summary.put("resampling_policy", Param.word(policy));
    summary.put("n_resamples", outcome.replicates());
    summary.put("target_n", targetN);
    summary.put("k", k == null ? "" : k);
    summary.put("random_state", d.seed());
    summary.put("cluster_size_threshold", sizeThreshold);
    summary.put("montecarlo_iters", sizes.length);
    List<Map<String, Object>> rows = new ArrayList<>();
    for (ClusterTable.Row r : clusterRows(d, tail)) {
      int c = columnIndex(tail, r.id());
      Map<String, Object> row = clusterColumns(r, tail, c);
      row.put("survival", outcome.survived()[c - 1] / (double) outcome.replicates());
      row.put("peak_stability", outcome.peak()[c - 1]);
      rows.add(row);
    }
    MetaResult out = new MetaResult(d.input().mask()).put(name, outcome.stability())
        .putTable(name + "_tab-summary", List.of(summary));
    if (!rows.isEmpty()) {
      out.putTable(name + "_tab-clusters", rows);
    }
    return out;
  }

  private static MetaResult failSafeN(ResultDiagnosticRunner.Diagnosis d) {
    Map<String, Value> p = d.params();
    List<CoordinateExperiment> experiments = LeaveOneOutRules.experiments(d.input(), 0);
    MonteCarloStatistic mc = d.estimator().monteCarlo();
    KernelTransformer kernel = mc.kernel().apply(d.input().kernel());
    TargetClusters.Tail tail = positiveTail(d, thresholdOf(p), whole(Diagnostics.CLUSTER_THRESHOLD.of(p)));
    String name = d.targetMap() + "_diag-FailSafeN";
    MetaResult out = new MetaResult(d.input().mask());
    if (tail == null) {
      return out;
    }
    int threads = d.input().threads();
    FailSafeN.Outcome outcome = FailSafeN.compute(
        new FailSafeN.Estimate(experiments, kernel, mc.statistic(), data -> Ale.fit(data, kernel, d.input().mask(),
            threads), d.input().mask()),
        tail.labels(), tail.clusters(),
        new FailSafeN.Settings(CLUSTER_FORMING_P.of(p), FSN_ITERS.of(p), FSN_ALPHA.of(p), MAX_NULL.of(p), d.seed(),
            threads), Progress.NONE);
    List<Map<String, Object>> rows = new ArrayList<>();
    for (ClusterTable.Row r : clusterRows(d, tail)) {
      int c = columnIndex(tail, r.id());
      Map<String, Object> row = clusterColumns(r, tail, c);
      row.put("significant", outcome.significant()[c - 1]);
      row.put("fail_safe_n", outcome.failSafeN()[c - 1]);
      row.put("censored", outcome.censored()[c - 1]);
      rows.add(row);
    }
    return out.putTable(name + "_tab-clusters", rows);
  }

  /** The target's positive clusters (coordinate-based statistics are one-sided), or null when it has none. */
  private static TargetClusters.Tail positiveTail(ResultDiagnosticRunner.Diagnosis d, Double threshold, Integer size) {
    TargetClusters clusters = TargetClusters.of(d.target(), d.input().mask(), threshold, size);
    return clusters.tails().stream().filter(TargetClusters.Tail::positive).findFirst().orElse(null);
  }

  /** The cluster rows (not the sub-peaks) of the positive tail, in label order. */
  private static List<ClusterTable.Row> clusterRows(ResultDiagnosticRunner.Diagnosis d, TargetClusters.Tail tail) {
    if (tail == null) {
      return List.of();
    }
    Map<String, Value> p = d.params();
    TargetClusters all = TargetClusters.of(d.target(), d.input().mask(), thresholdOf(p),
        whole(Diagnostics.CLUSTER_THRESHOLD.of(p)));
    return all.rows().stream().filter(r -> r.sizeMm3() != null && columnIndex(tail, r.id()) > 0).toList();
  }

  private static Double thresholdOf(Map<String, Value> p) {
    OptionalDouble t = p.containsKey(TARGET_THRESHOLD.name()) ? TARGET_THRESHOLD.of(p) : Diagnostics.VOXEL_THRESH.of(p);
    return t.isPresent() ? t.getAsDouble() : null;
  }

  private static Map<String, Object> clusterColumns(ClusterTable.Row r, TargetClusters.Tail tail, int c) {
    int voxels = 0;
    for (int label : tail.labels()) {
      voxels += label == c ? 1 : 0;
    }
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("id", r.id());
    row.put("x", r.x());
    row.put("y", r.y());
    row.put("z", r.z());
    row.put("peak_value", r.peak());
    row.put("n_voxels", voxels);
    return row;
  }

  /** The label of the cluster whose table id is {@code id}, or 0. */
  private static int columnIndex(TargetClusters.Tail tail, String id) {
    for (int c = 1; c <= tail.clusters(); c++) {
      if (tail.column(c).equals(id)) {
        return c;
      }
    }
    return 0;
  }

  /** A whole-number parameter the plan may leave out (one used only under another policy): null then. */
  private static Integer wholeIfGiven(Param<OptionalDouble> param, Map<String, Value> p) {
    return p.containsKey(param.name()) ? whole(param.of(p)) : null;
  }

  private static Integer whole(OptionalDouble v) {
    return v.isPresent() ? (int) v.getAsDouble() : null;
  }
}
