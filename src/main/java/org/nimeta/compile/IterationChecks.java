package org.nimeta.compile;

import java.util.Map;
import org.nimeta.lang.Ast;
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
    long enough = (long) Math.ceil(MIN_TAIL_DRAWS / alpha);
    if (1.0 / iters >= alpha) {
      cx.report(CorrectionProblems.nothingCanBeSignificant(call.span(), iters, alpha, enough));
    } else if (iters * alpha < MIN_TAIL_DRAWS) {
      cx.report(CorrectionProblems.unstableThreshold(call.span(), iters, alpha, enough));
    }
  }
}
