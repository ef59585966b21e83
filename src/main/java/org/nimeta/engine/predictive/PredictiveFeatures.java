package org.nimeta.engine.predictive;

/**
 * The 26 features of Frahm et al. (2025)'s cutoff models, in the models' order (NiMARE's
 * {@code feature_extraction}): the number of experiments; sum, mean, median, standard deviation,
 * maximum, minimum, skew and kurtosis of the subjects per experiment; the same eight of the foci
 * per experiment (their sum first); mean, standard deviation, maximum and minimum of foci per
 * subject; foci per experiment; and the foci of the experiments with more than 20, 16–20, 11–15
 * and at most 10 subjects.
 */
public final class PredictiveFeatures {
  /** How many features the models read. */
  public static final int COUNT = 26;

  private PredictiveFeatures() {}

  /**
   * The features of {@code counts}.
   *
   * @throws org.nimeta.engine.EngineRefusal when the counts are outside the models' range
   *     ({@link ModelRange})
   */
  public static double[] of(ExperimentCounts counts) {
    ModelRange.refuseOutside(counts);
    double[] nsub = counts.subjects();
    double[] nfoci = counts.foci();
    int nexp = counts.experiments();
    double[] ratios = new double[nexp];
    double[] byGroup = new double[4];
    for (int e = 0; e < nexp; e++) {
      ratios[e] = nfoci[e] / nsub[e];
      byGroup[subjectGroup(nsub[e])] += nfoci[e];
    }
    double sumFoci = NumpyMoments.sum(nfoci);
    double[] out = new double[COUNT];
    out[0] = nexp;
    put(out, 1, nsub);
    put(out, 9, nfoci);
    out[17] = NumpyMoments.mean(ratios);
    out[18] = NumpyMoments.std(ratios);
    out[19] = NumpyMoments.max(ratios);
    out[20] = NumpyMoments.min(ratios);
    out[21] = sumFoci / nexp;
    System.arraycopy(byGroup, 0, out, 22, 4);
    return out;
  }

  /** The nine statistics of one count, from {@code at}. */
  private static void put(double[] out, int at, double[] values) {
    out[at] = NumpyMoments.sum(values);
    out[at + 1] = NumpyMoments.mean(values);
    out[at + 2] = NumpyMoments.median(values);
    out[at + 3] = NumpyMoments.std(values);
    out[at + 4] = NumpyMoments.max(values);
    out[at + 5] = NumpyMoments.min(values);
    out[at + 6] = NumpyMoments.skew(values);
    out[at + 7] = NumpyMoments.kurtosis(values);
  }

  /** 0: more than 20 subjects, 1: 16–20, 2: 11–15, 3: at most 10 (the models' last four features). */
  private static int subjectGroup(double subjects) {
    if (subjects > 20) {
      return 0;
    }
    if (subjects > 15) {
      return 1;
    }
    return subjects > 10 ? 2 : 3;
  }
}
