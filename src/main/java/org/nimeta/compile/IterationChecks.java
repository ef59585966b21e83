package org.nimeta.compile;

import java.util.Map;
import org.nimeta.lang.Ast;
import org.nimeta.lang.Diagnostic;
import org.nimeta.lang.ErrorCode;
import org.nimeta.registry.Params;
import org.nimeta.registry.Value;

/**
 * Warnings for Monte Carlo corrections whose iteration count cannot support the alpha asked for.
 * A Monte Carlo p is never below 1/n_iters; and with fewer than ~10 null draws beyond the
 * critical value, the threshold itself is mostly noise.
 */
final class IterationChecks {
  /** How many null draws beyond the critical value make a threshold worth reading. */
  static final int MIN_TAIL_DRAWS = 10;

  private IterationChecks() {}

  static void check(CompileContext cx, Ast.Call call, Map<String, Value> params) {
    if (!Params.N_ITERS.isSetIn(params) || !Params.ALPHA.isSetIn(params)) {
      return;
    }
    long iters = Params.N_ITERS.of(params);
    double alpha = Params.ALPHA.of(params);
    if (1.0 / iters >= alpha) {
      cx.report(Diagnostic.warning(ErrorCode.TOO_FEW_ITERATIONS, call.span(),
              "with `n_iters = " + iters + "` no corrected p can fall below " + Value.formatNumber(1.0 / iters)
                  + ", so nothing can be significant at `alpha = " + Value.formatNumber(alpha) + "`.")
          .withHelp("Use at least `n_iters = " + (long) Math.ceil(MIN_TAIL_DRAWS / alpha) + "`."));
    } else if (iters * alpha < MIN_TAIL_DRAWS) {
      cx.report(Diagnostic.warning(ErrorCode.TOO_FEW_ITERATIONS, call.span(),
              "`n_iters = " + iters + "` leaves only " + Value.formatNumber(Math.floor(iters * alpha))
                  + " null draws beyond the `alpha = " + Value.formatNumber(alpha) + "` threshold; "
                  + "the corrected maps will change from seed to seed.")
          .withHelp("Use at least `n_iters = " + (long) Math.ceil(MIN_TAIL_DRAWS / alpha) + "` for stable thresholds."));
    }
  }
}
