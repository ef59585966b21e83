package org.nimeta.engine.montecarlo;

import java.util.ArrayList;
import java.util.List;
import org.nimeta.engine.CoordinateExperiment;
import org.nimeta.engine.cbma.Ale;
import org.nimeta.engine.cbma.CbmaStatistics;
import org.nimeta.engine.cbma.Kda;
import org.nimeta.engine.cbma.MkdaDensity;
import org.nimeta.engine.kernel.MaMaps;

/** A random dataset's statistic map computed with the estimators' own code ({@code MaMaps} and {@code *.statistic}). */
final class EstimatorStatistic {
  private EstimatorStatistic() {}

  /** The model's experiments with their foci replaced by {@code foci} (as {@link NullModel#drawFoci} fills them). */
  static double[] of(NullModel model, int[][] foci) {
    List<CoordinateExperiment> random = new ArrayList<>();
    for (int e = 0; e < foci.length; e++) {
      CoordinateExperiment original = model.experiments.get(e);
      random.add(new CoordinateExperiment(original.id(), foci[e].clone(), original.sampleSize()));
    }
    MaMaps maps = MaMaps.of(random, model.kernel, model.mask());
    double[] stat = new double[model.mask().size()];
    if (model.statistic == CbmaStatistics.ALE) {
      Ale.statistic(maps, stat);
    } else if (model.statistic == CbmaStatistics.MKDA_DENSITY) {
      MkdaDensity.statistic(maps, MkdaDensity.weights(random, model.kernel), stat);
    } else if (model.statistic == CbmaStatistics.KDA) {
      Kda.statistic(maps, stat);
    } else {
      throw new IllegalArgumentException("no estimator code for " + model.statistic);
    }
    return stat;
  }
}
