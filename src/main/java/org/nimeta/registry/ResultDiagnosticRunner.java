package org.nimeta.registry;

import java.util.Map;
import org.nimeta.engine.MetaResult;

/**
 * Runs a diagnostic that makes maps and tables of its own ({@code ResampledStability},
 * {@code FailSafeN}) instead of one contribution table per tail of clusters.
 */
@FunctionalInterface
public interface ResultDiagnosticRunner {
  /** @return the diagnostic's maps and tables, under their full names ({@code <target>_diag-<name>...}) */
  MetaResult run(Diagnosis diagnosis);

  /**
   * What a diagnostic of a whole result reads.
   *
   * @param estimate  the estimate's own maps and null tables
   * @param source    the maps of the step that made the target map (the estimate or one of its corrections)
   * @param targetMap the target map's name, which prefixes the diagnostic's outputs
   * @param seed      the script's seed (0 when it has none: the compiler then allows no random draw)
   */
  record Diagnosis(EstimatorDef estimator, EstimatorInput input, MetaResult estimate, MetaResult source,
      String targetMap, Map<String, Value> params, long seed) {
    /** The target map, one value per in-mask voxel. Do not modify. */
    public double[] target() {
      return source.map(targetMap);
    }
  }
}
