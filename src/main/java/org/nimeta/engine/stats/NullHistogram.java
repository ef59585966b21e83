package org.nimeta.engine.stats;

import org.nimeta.engine.EngineRefusal;

/**
 * A null distribution of a summary statistic kept as a histogram (NiMARE's
 * {@code histogram_bins} and {@code histweights_corr-none_method-approximate}), with the
 * statistic-to-p conversion of {@code nimare.stats.nullhist_to_p}.
 *
 * @param binCenters equally spaced bin centres, starting at 0. Not copied: do not modify.
 * @param weights    unnormalised weight of each bin. Not copied: do not modify.
 */
public record NullHistogram(double[] binCenters, double[] weights) {
  /** Name under which estimators store the bin centres as a result table ({@code double[]}). */
  public static final String BINS_TABLE = "histogram_bins";
  /** Name under which estimators store the approximate null's weights ({@code double[]}). */
  public static final String WEIGHTS_TABLE = "histweights_corr-none_method-approximate";

  public NullHistogram {
    if (binCenters.length != weights.length || binCenters.length < 2) {
      throw new IllegalArgumentException("a null histogram needs at least 2 bins and one weight per "
          + "bin, got " + binCenters.length + " bins and " + weights.length + " weights");
    }
  }

  /**
   * The approximate null an estimator stored in its result tables under {@link #BINS_TABLE} and
   * {@link #WEIGHTS_TABLE}.
   *
   * @throws IllegalArgumentException when the tables hold no approximate null
   */
  public static NullHistogram fromTables(java.util.Map<String, Object> tables) {
    if (!(tables.get(BINS_TABLE) instanceof double[] bins)
        || !(tables.get(WEIGHTS_TABLE) instanceof double[] weights)) {
      throw new EngineRefusal("The result holds no approximate null distribution.");
    }
    return new NullHistogram(bins, weights);
  }

  /**
   * The upper-tail null distribution: bin {@code b} holds the probability of a value in bin b or
   * above, i.e. the reverse cumulative sum of the weights normalised by their numpy sum, divided by
   * its maximum. A new array.
   */
  public double[] upperTail() {
    double total = NumpySum.sum(weights);
    int n = weights.length;
    double[] tail = new double[n];
    double running = 0;
    for (int b = n - 1; b >= 0; b--) {
      running += weights[b] / total;
      tail[b] = running;
    }
    double max = 0;
    for (double t : tail) {
      max = Math.max(max, t);
    }
    for (int b = 0; b < n; b++) {
      tail[b] /= max;
    }
    return tail;
  }

  /**
   * One-sided p-values: for a statistic s > 0, the upper tail at bin {@code round_half_away(s /
   * step)} (clipped to the last bin), for s <= 0 (or NaN) 1; then every p is raised to at least
   * the smallest nonzero tail value. {@code stat} is not modified; returns a new array.
   */
  public double[] pValues(double[] stat) {
    double[] tail = upperTail();
    double smallest = Double.POSITIVE_INFINITY;
    for (double t : tail) {
      if (t != 0) {
        smallest = Math.min(smallest, t);
      }
    }
    double invStep = 1 / (binCenters[1] - binCenters[0]);
    int last = tail.length - 1;
    double[] p = new double[stat.length];
    for (int m = 0; m < stat.length; m++) {
      double value = 1;
      if (stat[m] > 0) {
        double bin = roundHalfAwayFromZero(stat[m] * invStep);
        value = tail[bin >= last ? last : (int) bin];
      }
      p[m] = Math.max(smallest, Math.min(value, 1.0));
    }
    return p;
  }

  /**
   * The summary statistic at which the upper tail reaches {@code p}, as NiMARE's
   * {@code _p_to_summarystat} picks the cluster-forming threshold: the centre of the bin just
   * before the first bin whose tail is at most p (bin 0 if that is the first).
   *
   * @throws IllegalArgumentException when no bin's tail is as small as p
   */
  public double statisticForP(double p) {
    double[] tail = upperTail();
    for (int b = 0; b < tail.length; b++) {
      if (tail[b] <= p) {
        return binCenters[Math.max(0, b - 1)];
      }
    }
    throw new EngineRefusal("The null distribution never reaches p = " + p
        + "; its smallest tail probability is " + tail[tail.length - 1] + ".");
  }

  /** NiMARE's {@code _round2}: nearest integer, halves away from zero (numpy rounds them to even). */
  public static double roundHalfAwayFromZero(double x) {
    double r = Math.rint(x);
    if (Math.abs(x - r) == 0.5) {
      return Math.copySign(Math.ceil(Math.abs(x)), x);
    }
    return r;
  }
}
