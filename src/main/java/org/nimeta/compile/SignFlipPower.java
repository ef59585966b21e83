package org.nimeta.compile;

import java.util.List;
import org.nimeta.lang.Diagnostic;
import org.nimeta.lang.ErrorCode;
import org.nimeta.registry.Value;

/**
 * A Monte Carlo FWE correction of {@code PermutedOLS} draws sign flips of its k experiments: there
 * are only 2^k of them, and a draw equal to the data (or, two-sided, to its negation) always
 * reaches the observed maximum. So no corrected p can be expected below 1/2^k (2/2^k two-sided);
 * when that is not below alpha, the correction cannot find anything, whatever n_iters is.
 */
final class SignFlipPower {
  private SignFlipPower() {}

  static void check(CompileContext cx, Step.Correct c, List<Step> steps, ImageDataChecker images) {
    if (!c.corrector().equals("FWE") || !(c.params().get("method") instanceof Value.Choice m)
        || !m.word().equals("montecarlo") || !(c.params().get("alpha") instanceof Value.Num alpha)) {
      return;
    }
    Step.Estimate target = steps.stream().filter(s -> s.name().equals(c.target()))
        .filter(s -> s instanceof Step.Estimate).map(s -> (Step.Estimate) s).findFirst().orElse(null);
    Integer k = target == null ? null : images.experimentsUsed(target.name());
    if (k == null || !target.estimator().equals("PermutedOLS") || k >= 31) {
      return;
    }
    boolean twoSided = !(target.params().get("two_sided") instanceof Value.Bool b) || b.value();
    double smallest = (twoSided ? 2.0 : 1.0) / (1L << k);
    if (smallest < alpha.value()) {
      return;
    }
    cx.report(Diagnostic.warning(ErrorCode.UNDERPOWERED, cx.spanOfStep(c.name()),
            "`" + target.name() + "` uses " + k + " experiments, which have only " + (1L << k)
                + " sign flips: no FWE-corrected p can be expected below " + Value.formatNumber(smallest)
                + (twoSided ? " (two-sided)" : "") + ", so nothing can be significant at `alpha = "
                + Value.formatNumber(alpha.value()) + "`.")
        .withHelp("Add experiments (" + needed(alpha.value(), twoSided) + " or more are needed for this alpha), "
            + "or use a closed-form estimator such as `Stouffers` with `FDR`."));
  }

  /** The fewest experiments whose sign flips can reach below {@code alpha}. */
  private static int needed(double alpha, boolean twoSided) {
    int k = 1;
    while ((twoSided ? 2.0 : 1.0) / (1L << k) >= alpha) {
      k++;
    }
    return k;
  }
}
