package org.nimeta.compile;

import org.nimeta.lang.Diagnostic;
import org.nimeta.lang.ErrorCode;
import org.nimeta.lang.Span;
import org.nimeta.registry.EstimatorHooks.RecommendedExperiments;

/**
 * The messages about how many experiments an estimate's datasets hold and which ones: fewer than
 * the method's literature recommends, or groups of a contrast that share experiments.
 */
final class ExperimentProblems {
  private ExperimentProblems() {}

  /**
   * @param at        the dataset argument
   * @param ofGroups  whether the estimator is a contrast, so the minimum holds per group
   */
  static Diagnostic fewerThanRecommended(Span at, String estimator, int experiments, boolean ofGroups,
      RecommendedExperiments advice) {
    String what = ofGroups ? "this group of `" + estimator + "`" : "this dataset of `" + estimator + "`";
    String where = ofGroups ? " in each group" : "";
    return Diagnostic.warning(ErrorCode.TOO_FEW_EXPERIMENTS, at,
            what + " has " + experiments + (experiments == 1 ? " experiment" : " experiments") + " with foci, "
                + "fewer than the " + advice.atLeast() + where + " that " + advice.source() + " recommend.")
        .withHelp(Character.toUpperCase(advice.why().charAt(0)) + advice.why().substring(1)
            + ": add experiments, or report the result as exploratory.");
  }

  /**
   * @param at      the second group's argument
   * @param shown   the first few shared experiment ids, quoted, and how many more
   * @param tidied  the second group without the first (e.g. `b - a`), or null when it cannot be written simply
   */
  static Diagnostic sharedExperiments(Span at, String estimator, int shared, String shown, String tidied) {
    return Diagnostic.warning(ErrorCode.SHARED_EXPERIMENTS, at,
            "the two groups of `" + estimator + "` share " + shared
                + (shared == 1 ? " experiment (" : " experiments (") + shown + "): `" + estimator
                + "` treats its groups as independent samples, as NiMARE and GingerALE treat the groups of "
                + "every contrast, so an experiment in both counts twice: the difference is understated and "
                + "the p values assume an independence the groups do not have.")
        .withHelp(tidied != null
            ? "Take them out of one group, e.g. `" + tidied + "` as the second group."
            : "Take them out of one group (`second - first`), so that each experiment is in one group only.");
  }
}
