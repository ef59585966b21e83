package org.nimeta.engine.predictive;

import java.util.ArrayList;
import java.util.List;
import org.nimeta.engine.CoordinateExperiment;

/**
 * What the predictive models read of a dataset: per experiment its mean sample size (subjects)
 * and its number of foci, in dataset order, as NiMARE's {@code _predictive_counts}. The order does
 * not change a feature; the ids are kept to name an experiment outside the models' range.
 *
 * @param ids      one id per experiment
 * @param subjects mean sample size per experiment (NaN when it has none)
 * @param foci     number of foci per experiment
 */
public record ExperimentCounts(List<String> ids, double[] subjects, double[] foci) {
  public ExperimentCounts {
    ids = List.copyOf(ids);
    subjects = subjects.clone();
    foci = foci.clone();
    if (ids.size() != subjects.length || ids.size() != foci.length) {
      throw new IllegalArgumentException(ids.size() + " ids, " + subjects.length + " sample sizes and "
          + foci.length + " focus counts");
    }
  }

  public static ExperimentCounts of(List<CoordinateExperiment> experiments) {
    List<String> ids = new ArrayList<>();
    double[] subjects = new double[experiments.size()];
    double[] foci = new double[experiments.size()];
    for (int e = 0; e < subjects.length; e++) {
      CoordinateExperiment x = experiments.get(e);
      ids.add(x.id());
      subjects[e] = x.sampleSize();
      foci[e] = x.fociCount();
    }
    return new ExperimentCounts(ids, subjects, foci);
  }

  public int experiments() {
    return ids.size();
  }

  @Override
  public double[] subjects() {
    return subjects.clone();
  }

  @Override
  public double[] foci() {
    return foci.clone();
  }
}
