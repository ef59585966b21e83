package org.nimeta.registry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nimeta.engine.CoordinateExperiment;
import org.nimeta.engine.MetaResult;
import org.nimeta.engine.montecarlo.FweMaps;
import org.nimeta.engine.montecarlo.FweNull;
import org.nimeta.engine.montecarlo.MonteCarloFwe;
import org.nimeta.engine.montecarlo.MonteCarloOptions;

/**
 * {@code FWE(method = montecarlo)} of the coordinate-based estimators (NiMARE's
 * {@code correct_fwe_montecarlo}): each such estimator declares it as its own correction, with its
 * {@link MonteCarloStatistic}.
 */
final class MonteCarloRunners {
  /** The null's table name in the output folder: {@code <estimate>/fwe_null.tsv}. */
  static final String NULL_TABLE = "fwe_null";

  /** The maps it adds: voxel-, cluster-size- and cluster-mass-level {@code logp} and {@code z}. */
  static final List<String> MAPS = List.of(FweMaps.LOGP_VOXEL, FweMaps.Z_VOXEL, FweMaps.LOGP_SIZE, FweMaps.Z_SIZE,
      FweMaps.LOGP_MASS, FweMaps.Z_MASS);

  private MonteCarloRunners() {}

  /** The maps of one call: {@link #MAPS}, only the voxel level's with {@code vfwe_only = true}. */
  static List<String> maps(Map<String, Value> params) {
    return vfweOnly(params) ? MAPS.subList(0, 2) : MAPS;
  }

  /** Parameters resolved without it (the bench's defaults) mean NiMARE's default, both levels. */
  private static boolean vfweOnly(Map<String, Value> params) {
    return params.containsKey(Corrections.VFWE_ONLY.name()) && Corrections.VFWE_ONLY.of(params);
  }

  static CorrectorRunner fwe(MonteCarloStatistic statistic) {
    return (estimate, result, params, seed) -> {
      List<CoordinateExperiment> experiments =
          CoordinateExperiment.listFrom(estimate.datasets().get(0), estimate.mask());
      MetaResult corrected = MonteCarloFwe.correct(result, experiments, statistic.kernel().apply(estimate.kernel()),
          statistic.statistic(), Corrections.VOXEL_THRESH.of(params),
          new MonteCarloOptions(Params.N_ITERS.of(params), seed, estimate.threads(), estimate.checkpoints()), estimate.progress());
      MetaResult out = new MetaResult(result.mask());
      List<String> kept = maps(params);
      corrected.maps().forEach((name, values) -> {
        if (!result.has(name) && kept.contains(name)) {
          out.put(name, values);
        }
      });
      out.putTable(NULL_TABLE, rows((FweNull) corrected.tables().get(FweNull.TABLE)));
      return out;
    };
  }

  /** The null as rows {@code iteration, max_stat, max_cluster_size, max_cluster_mass}, for a TSV. */
  private static List<Map<String, Object>> rows(FweNull fweNull) {
    List<Map<String, Object>> rows = new ArrayList<>(fweNull.iterations());
    for (int i = 0; i < fweNull.iterations(); i++) {
      Object[] values = fweNull.row(i);
      Map<String, Object> row = new LinkedHashMap<>();
      for (int c = 0; c < FweNull.COLUMNS.length; c++) {
        row.put(FweNull.COLUMNS[c], values[c]);
      }
      rows.add(row);
    }
    return rows;
  }
}
