package org.nimeta.compile;

import java.util.List;
import java.util.Map;
import org.nimeta.data.Dataset;
import org.nimeta.lang.Diagnostic;
import org.nimeta.lang.ErrorCode;
import org.nimeta.registry.Value;

/**
 * Corrections that cannot find anything because the permutation test under them has too few
 * distinct permutations. One of the permutations always equals the data, so no p can be expected
 * below (number of permutations equal to the data, up to the test's symmetry) / (number of
 * distinct permutations), however many iterations are drawn:
 * <ul>
 *   <li>Monte Carlo FWE of {@code PermutedOLS}: 2^k sign flips of k experiments; the data and,
 *       two-sided, its negation reach the observed maximum: p ≥ 1/2^k (2/2^k two-sided).</li>
 *   <li>any correction of {@code ALESubtraction}: C(n1 + n2, n1) ways to relabel the pooled
 *       experiments; with equal groups swapping the labels gives the same |difference|:
 *       p ≥ 1/C (2/C when n1 = n2).</li>
 * </ul>
 * When that bound is not below the correction's alpha, W0108 says so.
 */
final class PermutationLimits {
  private PermutationLimits() {}

  /** @param datasets the checked datasets by step name; {@code images} has checked the image estimates */
  static void check(CompileContext cx, Step.Correct c, List<Step> steps, Map<String, Dataset> datasets,
      ImageDataChecker images) {
    if (!(c.params().get("alpha") instanceof Value.Num alpha)) {
      return;
    }
    Step.Estimate target = Step.only(Step.Estimate.class, steps).stream().filter(s -> s.name().equals(c.target()))
        .findFirst().orElse(null);
    if (target == null) {
      return;
    }
    String why = null;
    double smallest = 0;
    if (target.estimator().equals("PermutedOLS") && c.name().endsWith("/FWE:montecarlo")) {
      Integer k = images.experimentsUsed(target.name());
      if (k == null || k >= 31) {
        return;
      }
      boolean twoSided = !(target.params().get("two_sided") instanceof Value.Bool b) || b.value();
      smallest = (twoSided ? 2.0 : 1.0) / (1L << k);
      why = "`" + target.name() + "` uses " + k + " experiments, which have only " + (1L << k) + " sign flips";
    } else if (target.estimator().equals("ALESubtraction")) {
      Dataset a = datasets.get(target.datasets().get(0));
      Dataset b = datasets.get(target.datasets().get(1));
      if (a == null || b == null) {
        return;
      }
      double relabelings = binomial(a.size() + b.size(), a.size());
      smallest = (a.size() == b.size() ? 2.0 : 1.0) / relabelings;
      why = "`" + target.name() + "` compares " + a.size() + " with " + b.size()
          + " experiments, which can be relabelled in only " + Value.formatNumber(relabelings) + " ways";
    }
    if (why == null || smallest < alpha.value()) {
      return;
    }
    cx.report(Diagnostic.warning(ErrorCode.UNDERPOWERED, cx.spanOfStep(c.name()),
            why + ": no p can be expected below " + threeDigits(smallest) + ", so nothing can be "
                + "significant at `alpha = " + Value.formatNumber(alpha.value()) + "`, whatever `n_iters` is.")
        .withHelp("Add experiments, or read the uncorrected maps as exploratory only."));
  }

  private static String threeDigits(double p) {
    return new java.math.BigDecimal(p).round(new java.math.MathContext(3)).stripTrailingZeros().toPlainString();
  }

  /** C(n, k) as a double (exact for the sizes where the warning can fire). */
  private static double binomial(int n, int k) {
    double c = 1;
    for (int i = 1; i <= Math.min(k, n - k); i++) {
      c = c * (n - Math.min(k, n - k) + i) / i;
    }
    return c;
  }
}
