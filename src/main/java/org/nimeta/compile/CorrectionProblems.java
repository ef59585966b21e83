package org.nimeta.compile;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import org.nimeta.lang.Diagnostic;
import org.nimeta.lang.ErrorCode;
import org.nimeta.lang.Span;
import org.nimeta.registry.EstimatorHooks;
import org.nimeta.registry.Value;

/**
 * The messages about {@code correct NAME with ...}: the correction call itself, the methods an
 * estimator supports, and corrections whose iterations or permutations cannot reach their alpha.
 * A correction is written as a script would, {@code FWE(method = montecarlo)}.
 */
final class CorrectionProblems {
  private CorrectionProblems() {}

  static Diagnostic notACorrectionCall(Span at) {
    return Diagnostic.error(ErrorCode.TYPE_MISMATCH, at,
        "a correction is a call such as `FWE(method = montecarlo)` or `FDR(method = indep)`.");
  }

  /** @param supported the estimator's corrections as {@code FAMILY:method} keys */
  static Diagnostic unsupportedCorrection(Span at, String estimator, String family, String method,
      List<String> supported) {
    return Diagnostic.error(ErrorCode.INCOMPATIBLE, at,
            "`" + estimator + "` does not support `" + family + "(method = " + method + ")`.")
        .withHelp(supported.isEmpty() ? "`" + estimator + "` supports no corrections yet."
            : "It supports " + String.join(", ", supported.stream()
                .map(k -> "`" + k.replace(":", "(method = ") + ")`").toList()) + ".");
  }

  /** A corrector parameter only some estimators take, given for another (E0711). */
  static Diagnostic parameterNotTaken(Span at, String estimator, String corrector, String param,
      List<String> takers) {
    return Diagnostic.error(ErrorCode.CORRECTOR_PARAMETER_NOT_TAKEN, at,
            "`" + param + "` of `" + corrector + "` applies to " + String.join(", ",
                takers.stream().map(t -> "`" + t + "`").toList()) + " only, not to `" + estimator + "`.")
        .withHelp("Remove `" + param + "`; `" + estimator + "`'s correction has no such choice.");
  }

  /** Correction parameters the estimator cannot honour (E0712), as its declaration says. */
  static Diagnostic refusedByEstimator(Span at, EstimatorHooks.Finding refusal) {
    return Diagnostic.error(ErrorCode.CORRECTION_NOT_DEFINED, at, refusal.message()).withHelp(refusal.help());
  }

  /** What the estimator's declaration advises about this correction (where it departs from NiMARE). */
  static Diagnostic estimatorAdvice(Span at, EstimatorHooks.Finding advice) {
    return Diagnostic.warning(ErrorCode.NIMARE_BEHAVIOUR, at, advice.message()).withHelp(advice.help());
  }

  /** Data the estimator's own correction refuses (predictive FWE outside its models' range). */
  static Diagnostic dataOutsideCorrection(Span at, EstimatorHooks.Finding refused) {
    return Diagnostic.error(ErrorCode.DATA_OUTSIDE_CORRECTION, at, refused.message()).withHelp(refused.help());
  }

  /** A Monte Carlo p is never below 1/n_iters. @param enough the iterations that would do */
  static Diagnostic nothingCanBeSignificant(Span at, long iters, double alpha, long enough) {
    return Diagnostic.warning(ErrorCode.TOO_FEW_ITERATIONS, at,
            "with `n_iters = " + iters + "` no corrected p can fall below " + Value.formatNumber(1.0 / iters)
                + ", so nothing can be significant at `alpha = " + Value.formatNumber(alpha) + "`.")
        .withHelp("Use at least `n_iters = " + enough + "`.");
  }

  /**
   * W0106 or W0108 found at the {@code alpha} of a write, which cuts the maps of correction
   * {@code correction} (as written in a script) at {@code correctionAt}.
   */
  static Diagnostic atWriteLevel(Diagnostic found, Span correctionAt, String correction) {
    return found.withRelated(correctionAt, "the maps of `" + correction + "`, which this `write` cuts");
  }

  /**
   * W0106 of iterations that are the value of {@code param}: the count is changed there (or with
   * {@code --param}), not in the call. @param overridden whether {@code --param} gave the value
   */
  static Diagnostic iterationsOfParam(Diagnostic found, String param, long enough, boolean overridden) {
    return found.withHelp("`n_iters` is the param `" + param + "`" + (overridden ? ", given by `--param`" : "")
        + ": run with `--param " + param + "=" + enough + "`, or raise its value in the script.");
  }

  /** Too few null draws beyond the critical value. @param enough the iterations that would do */
  static Diagnostic unstableThreshold(Span at, long iters, double alpha, long enough) {
    return Diagnostic.warning(ErrorCode.TOO_FEW_ITERATIONS, at,
            "`n_iters = " + iters + "` leaves only " + Value.formatNumber(Math.floor(iters * alpha))
                + " null draws beyond the `alpha = " + Value.formatNumber(alpha) + "` threshold; "
                + "the corrected maps will change from seed to seed.")
        .withHelp("Use at least `n_iters = " + enough + "` for stable thresholds.");
  }

  /**
   * The null distributions of {@code iters} iterations need more memory than Java may use on this
   * machine (E0312). @param fits the most iterations that would fit
   */
  static Diagnostic notEnoughMemory(Span at, long iters, long neededBytes, long perIteration, long availableBytes,
      long fits) {
    return Diagnostic.error(ErrorCode.NOT_ENOUGH_MEMORY, at,
            "with `n_iters = " + iters + "` the null distributions of this correction need at least "
                + gigabytes(neededBytes) + " (" + perIteration + " bytes per iteration), but Java may use at most "
                + gigabytes(availableBytes) + " on this machine, so the run would fail after all its computing.")
        .withHelp("Use at most `n_iters = " + fits + "` here, or " + moreMemory(neededBytes));
  }

  /** How to give Java room for {@code neededBytes}, with a quarter to spare, as the end of a help sentence. */
  static String moreMemory(long neededBytes) {
    long xmxGb = (long) Math.ceil(neededBytes * 1.25 / GB) + 1;
    return "give Java more memory: `JDK_JAVA_OPTIONS=-Xmx" + xmxGb + "g ./nimeta run ...` (the `java` that "
        + "./nimeta starts reads JDK_JAVA_OPTIONS), or `java -Xmx" + xmxGb + "g -jar target/nimeta.jar run ...`.";
  }

  static final double GB = 1024.0 * 1024 * 1024;

  /** Bytes as GB with one decimal, as the memory messages show them. */
  static String gigabytes(long bytes) {
    return new BigDecimal(bytes / GB).setScale(1, java.math.RoundingMode.HALF_UP).toPlainString() + " GB";
  }

  /** @param why the estimator's reason, e.g. how few distinct permutations there are */
  static Diagnostic tooFewPermutations(Span at, String why, double smallestP, double alpha) {
    return Diagnostic.warning(ErrorCode.UNDERPOWERED, at,
            why + ": no p can be expected below " + threeDigits(smallestP) + ", so nothing can be "
                + "significant at `alpha = " + Value.formatNumber(alpha) + "`, whatever `n_iters` is.")
        .withHelp("Add experiments, or read the uncorrected maps as exploratory only.");
  }

  private static String threeDigits(double p) {
    return new BigDecimal(p).round(new MathContext(3)).stripTrailingZeros().toPlainString();
  }
}
