package org.nimeta.compile;

import java.util.Map;
import org.nimeta.lang.Ast;
import org.nimeta.lang.Diagnostic;
import org.nimeta.lang.Span;
import org.nimeta.registry.Params;
import org.nimeta.registry.Value;

/**
 * Checks of a Monte Carlo correction's iteration count: an error when its null distributions
 * cannot fit in the memory Java may use here, warnings when it cannot support the alpha asked for.
 * A Monte Carlo p is never below 1/n_iters; and with fewer than ~10 null draws beyond the
 * critical value, the threshold itself is mostly noise.
 */
final class IterationChecks {
  /** How many null draws beyond the critical value make a threshold worth reading. */
  static final int MIN_TAIL_DRAWS = 10;

  private IterationChecks() {}

  /**
   * What a Monte Carlo FWE keeps for each iteration, at least: the null of the maximum statistic
   * (a double per iteration) and its sorted copy, plus, for the coordinate-based estimators, the
   * null cluster sizes (int) and masses (double) and their sorted copies (52 bytes in all), or for
   * PermutedOLS each iteration's sign flips (16 + 8 × experiments bytes) and a maximum per block of
   * 2048 voxels (8 bytes each), 40 bytes at the fewest. Nothing else of a run grows with n_iters
   * (the Monte Carlo null, ALESubtraction and SCALE keep per-voxel tallies), so this is a floor:
   * a run that needs more than Java may use fails at the end, after all the computing.
   */
  static final long BYTES_PER_ITERATION = 40;

  static void check(CompileContext cx, Ast.Call call, Map<String, Value> params) {
    if (!Params.N_ITERS.isSetIn(params)) {
      return;
    }
    Diagnostic memory = memoryProblem(call, Params.N_ITERS.of(params), Runtime.getRuntime().maxMemory());
    if (memory != null) {
      cx.report(memory);
    }
    if (!Params.ALPHA.isSetIn(params)) {
      return;
    }
    double alpha = Params.ALPHA.of(params);
    Diagnostic tooFew = tooFewFor(call.span(), Params.N_ITERS.of(params), alpha);
    if (tooFew == null) {
      return;
    }
    String param = paramGivingIterations(cx, call);
    cx.report(param == null ? tooFew
        : CorrectionProblems.iterationsOfParam(tooFew, param, enoughFor(alpha), cx.override(param) != null));
  }

  /** The param whose value the call's {@code n_iters} is ({@code n_iters = fwe_iters}), or null. */
  private static String paramGivingIterations(CompileContext cx, Ast.Call call) {
    for (Ast.Argument a : call.arguments()) {
      if (a.name() != null && a.name().text().equals(Params.N_ITERS.name()) && a.value() instanceof Ast.Ref r
          && cx.paramValue(r.name().text()) != null) {
        return r.name().text();
      }
    }
    return null;
  }

  private static long enoughFor(double alpha) {
    return (long) Math.ceil(MIN_TAIL_DRAWS / alpha);
  }

  /**
   * W0106 at {@code at} when {@code iters} Monte Carlo iterations cannot support a cut at
   * {@code alpha}, null when they can. Every level the corrected maps are read at is checked: the
   * correction's own and each {@code write}'s that cuts them.
   */
  static Diagnostic tooFewFor(Span at, long iters, double alpha) {
    long enough = enoughFor(alpha);
    if (1.0 / iters >= alpha) {
      return CorrectionProblems.nothingCanBeSignificant(at, iters, alpha, enough);
    }
    if (iters * alpha < MIN_TAIL_DRAWS) {
      return CorrectionProblems.unstableThreshold(at, iters, alpha, enough);
    }
    return null;
  }

  /**
   * An error when {@code iters} iterations need more than {@code availableBytes} (the JVM's maximum
   * heap; a test passes a small one instead of allocating), null otherwise.
   */
  static Diagnostic memoryProblem(Ast.Call call, long iters, long availableBytes) {
    long needed = iters * BYTES_PER_ITERATION;
    if (availableBytes == Long.MAX_VALUE || needed <= availableBytes) {
      return null;
    }
    return CorrectionProblems.notEnoughMemory(call.span(), iters, needed, BYTES_PER_ITERATION, availableBytes,
        roundDown(availableBytes / BYTES_PER_ITERATION));
  }

  /** Two significant digits, down: a count to write in a script, not the last byte's worth. */
  private static long roundDown(long n) {
    long unit = 1;
    while (n / unit >= 100) {
      unit *= 10;
    }
    return n / unit * unit;
  }
}
