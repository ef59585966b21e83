package org.nimeta.run;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nimeta.compile.Step;
import org.nimeta.engine.MetaResult;
import org.nimeta.engine.diagnostics.Contributions;
import org.nimeta.engine.diagnostics.TargetClusters;
import org.nimeta.registry.Definition;
import org.nimeta.registry.DiagnosticDef;
import org.nimeta.registry.Diagnostics;
import org.nimeta.registry.EstimatorDef;
import org.nimeta.registry.EstimatorInput;

/**
 * What a {@code diagnose} step found: the target's clusters and its contribution tables under
 * NiMARE 0.2.1's names ({@code <target>_diag-<diagnostic>_tab-counts_tail-<sign>}; one merged table
 * without the tail for a one-group result with both tails; for a contrast the positive clusters by
 * the first group and, with {@code display_second_group}, the negative ones by the second).
 *
 * @param tables by table name, in writing order
 * @param made   the maps and tables of a diagnostic of the whole result (its clusters null, its
 *               tables empty); null for a contributions diagnostic
 */
record Diagnosed(Step.Diagnose step, TargetClusters clusters, Map<String, Contributions> tables, MetaResult made) {

  /**
   * @param source the result of the step that made the target map
   * @param seed   the script's seed, 0 when it has none
   */
  static Diagnosed run(Step.Diagnose s, DiagnosticDef def, EstimatorDef estimator, EstimatorInput input,
      MetaResult result, MetaResult source, long seed) {
    if (def.resultRunner() != null) {
      MetaResult made = def.resultRunner().run(new org.nimeta.registry.ResultDiagnosticRunner.Diagnosis(estimator,
          input, result, source, s.targetMap(), s.params(), seed));
      return new Diagnosed(s, null, Map.of(), made);
    }
    double[] target = source.map(s.targetMap());
    Double voxelThresh = optional(Diagnostics.VOXEL_THRESH.of(s.params()));
    Double clusterThreshold = optional(Diagnostics.CLUSTER_THRESHOLD.of(s.params()));
    TargetClusters clusters = TargetClusters.of(target, input.mask(), voxelThresh,
        clusterThreshold == null ? null : clusterThreshold.intValue());
    boolean pairwise = estimator.kind() == Definition.Kind.CONTRAST;
    boolean secondGroup = pairwise && Diagnostics.DISPLAY_SECOND_GROUP.of(s.params()) && clusters.tails().size() == 2;
    String base = s.targetMap() + "_diag-" + def.name() + "_tab-counts";
    List<Contributions> perTail = new ArrayList<>();
    List<String> entities = new ArrayList<>();
    for (TargetClusters.Tail tail : clusters.tails()) {
      int group = pairwise && !tail.positive() ? 1 : 0;
      if (pairwise && group == 1 && !secondGroup) {
        continue;
      }
      perTail.add(def.runner().run(estimator, input, result, tail, group));
      entities.add(tail.entity());
    }
    Map<String, Contributions> tables = new LinkedHashMap<>();
    if (!pairwise && perTail.size() == 2) {
      tables.put(base, perTail.get(0).merged(perTail.get(1)));
    } else {
      for (int t = 0; t < perTail.size(); t++) {
        tables.put(base + "_tail-" + entities.get(t), perTail.get(t));
      }
    }
    return new Diagnosed(s, clusters, tables, null);
  }

  /** NiMARE's cluster table name, {@code <target>_tab-clust}. */
  String clusterTableName() {
    return step.targetMap() + "_tab-clust";
  }

  /**
   * NiMARE's label map name of a tail: {@code label} and the target's entities after its first
   * ({@code label_desc-size_..._tail-positive} for {@code z_desc-size_...}, {@code label_tail-positive} for {@code z}).
   */
  String labelMapName(TargetClusters.Tail tail) {
    String name = step.targetMap();
    int underscore = name.indexOf('_');
    return "label" + (underscore < 0 ? "" : name.substring(underscore)) + "_tail-" + tail.entity();
  }

  private static Double optional(java.util.OptionalDouble v) {
    return v.isPresent() ? v.getAsDouble() : null;
  }
}
