package org.nimeta.engine.predictive;

import java.util.ArrayList;
import java.util.List;
import org.nimeta.engine.EngineRefusal;

/**
 * The datasets the cutoff models were trained on (Frahm et al. 2025): at most 150 experiments, at
 * most 300 subjects and 150 foci per experiment, and every experiment with a positive sample
 * size. NiMARE refuses a prediction outside it, and so does nimeta: a tree ensemble extrapolates
 * as a constant, which would give a cutoff with no meaning.
 */
public final class ModelRange {
  public static final int MAX_EXPERIMENTS = 150;
  public static final int MAX_SUBJECTS = 300;
  public static final int MAX_FOCI = 150;

  private ModelRange() {}

  /** What a count is checked against. */
  public enum Limit {
    /** More than {@link #MAX_EXPERIMENTS} experiments. */
    EXPERIMENTS,
    /** An experiment with more than {@link #MAX_SUBJECTS} subjects. */
    SUBJECTS,
    /** An experiment with more than {@link #MAX_FOCI} foci. */
    FOCI,
    /** An experiment without a sample size, or with one of 0 or less. */
    SAMPLE_SIZE
  }

  /**
   * One count outside the range.
   *
   * @param experiment the experiment's id, or null for the number of experiments
   * @param value      the count (NaN: no sample size)
   * @param bound      the largest value allowed (for {@link Limit#SAMPLE_SIZE}: 0, which it must exceed)
   */
  public record Violation(Limit limit, String experiment, double value, int bound) {}

  /**
   * Every count outside the range: the number of experiments, and for each other limit the
   * experiment furthest outside it (the first such in dataset order), so a message stays short.
   */
  public static List<Violation> violations(ExperimentCounts counts) {
    List<Violation> out = new ArrayList<>();
    if (counts.experiments() > MAX_EXPERIMENTS) {
      out.add(new Violation(Limit.EXPERIMENTS, null, counts.experiments(), MAX_EXPERIMENTS));
    }
    double[] subjects = counts.subjects();
    double[] foci = counts.foci();
    int missing = -1;
    int most = -1;
    int mostFoci = -1;
    for (int e = 0; e < subjects.length; e++) {
      if (missing < 0 && !(subjects[e] > 0)) {
        missing = e;
      }
      if (subjects[e] > MAX_SUBJECTS && (most < 0 || subjects[e] > subjects[most])) {
        most = e;
      }
      if (foci[e] > MAX_FOCI && (mostFoci < 0 || foci[e] > foci[mostFoci])) {
        mostFoci = e;
      }
    }
    if (missing >= 0) {
      out.add(new Violation(Limit.SAMPLE_SIZE, counts.ids().get(missing), subjects[missing], 0));
    }
    if (most >= 0) {
      out.add(new Violation(Limit.SUBJECTS, counts.ids().get(most), subjects[most], MAX_SUBJECTS));
    }
    if (mostFoci >= 0) {
      out.add(new Violation(Limit.FOCI, counts.ids().get(mostFoci), foci[mostFoci], MAX_FOCI));
    }
    return out;
  }

  /** Refuses counts outside the range, naming the first violation. */
  static void refuseOutside(ExperimentCounts counts) {
    List<Violation> violations = violations(counts);
    if (!violations.isEmpty()) {
      Violation v = violations.get(0);
      throw new EngineRefusal("Predictive FWE's models were trained on at most " + MAX_EXPERIMENTS
          + " experiments, " + MAX_SUBJECTS + " subjects and " + MAX_FOCI + " foci per experiment, with a "
          + "sample size above 0 for each; " + describe(v) + ".");
    }
  }

  private static String describe(Violation v) {
    return switch (v.limit()) {
      case EXPERIMENTS -> "the dataset has " + (int) v.value() + " experiments";
      case SUBJECTS -> "experiment `" + v.experiment() + "` has " + v.value() + " subjects";
      case FOCI -> "experiment `" + v.experiment() + "` has " + (int) v.value() + " foci";
      case SAMPLE_SIZE -> Double.isNaN(v.value()) ? "experiment `" + v.experiment() + "` has no sample size"
          : "experiment `" + v.experiment() + "` has sample size " + v.value();
    };
  }
}
