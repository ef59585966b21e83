package org.nimeta.registry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nimeta.engine.CoordinateExperiment;
import org.nimeta.engine.MetaResult;
import org.nimeta.engine.kernel.KernelTransformer;
import org.nimeta.engine.montecarlo.CbmaStatistic;
import org.nimeta.engine.montecarlo.FweNull;
import org.nimeta.engine.montecarlo.MonteCarloFwe;
import org.nimeta.engine.montecarlo.MonteCarloOptions;

/** {@code FWE(method = montecarlo)} of the coordinate-based estimators (NiMARE's {@code correct_fwe_montecarlo}). */
final class MonteCarloRunners {
  /** The null's table name in the output folder: {@code <estimate>/fwe_null.tsv}. */
  static final String NULL_TABLE = "fwe_null";

  private MonteCarloRunners() {}

  static CorrectorRunner fwe(CbmaStatistic statistic) {
    return (estimate, result, params, seed) -> {
      List<CoordinateExperiment> experiments =
          CoordinateExperiment.listFrom(estimate.datasets().get(0), estimate.mask());
      KernelTransformer kernel = statistic == CbmaStatistic.ALE ? CbmaRunners.aleKernel(estimate.kernel())
          : statistic == CbmaStatistic.MKDA_DENSITY ? CbmaRunners.mkdaKernel(estimate.kernel())
          : CbmaRunners.kdaKernel(estimate.kernel());
      int iterations = (int) ((Value.Num) params.get("n_iters")).value();
      double voxelThresh = ((Value.Num) params.get("voxel_thresh")).value();
      MetaResult corrected = MonteCarloFwe.correct(result, experiments, kernel, statistic, voxelThresh,
          new MonteCarloOptions(iterations, seed, estimate.threads()),
          (done, total) -> estimate.progress().update(done, total));
      MetaResult out = new MetaResult(result.mask());
      corrected.maps().forEach((name, values) -> {
        if (!result.has(name)) {
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
