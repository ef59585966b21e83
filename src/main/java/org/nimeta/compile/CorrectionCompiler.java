package org.nimeta.compile;

import java.util.List;
import java.util.Map;
import org.nimeta.lang.Ast;
import org.nimeta.registry.CorrectorDef;
import org.nimeta.registry.Definition;
import org.nimeta.registry.EstimatorDef;
import org.nimeta.registry.EstimatorHooks;
import org.nimeta.registry.Value;

/**
 * {@code correct NAME with FWE(...)|FDR(...)}: the correction must be one the estimator supports,
 * stochastic methods need a seed and enough iterations. Parameters of another method are left out
 * by {@link CallChecker}.
 */
final class CorrectionCompiler {
  private final CompileContext cx;
  private final CallChecker calls;

  CorrectionCompiler(CompileContext cx, CallChecker calls) {
    this.cx = cx;
    this.calls = calls;
  }

  /**
   * @param est  the estimate being corrected, or null when its name did not resolve (already reported)
   * @param seed the script's seed, or null
   * @return the step, or null after reporting an error
   */
  Step.Correct compile(Ast.Correct c, Step.Estimate est, Long seed) {
    if (!(c.corrector() instanceof Ast.Call call)) {
      cx.report(CorrectionProblems.notACorrectionCall(c.corrector().span()));
      return null;
    }
    Definition def = Definitions.find(cx, call, Definition.Kind.CORRECTOR);
    if (def == null || est == null) {
      return null;
    }
    CallChecker.Checked checked = calls.check(call, def, 0, "dataset");
    if (!checked.ok()) {
      return null;
    }
    CorrectorDef corrector = (CorrectorDef) def;
    String method = corrector.correction(checked.params()).method();
    EstimatorDef estDef = (EstimatorDef) cx.registry.find(est.estimator());
    String key = corrector.name() + ":" + method;
    if (!estDef.corrections().contains(key)) {
      cx.report(CorrectionProblems.unsupportedCorrection(call.span(), est.estimator(), corrector.name(), method,
          List.copyOf(estDef.corrections())));
      return null;
    }
    Map<String, Value> params = checked.params();
    Long stepSeed = null;
    if (corrector.stochasticMethods().contains(method)) {
      if (seed == null) {
        cx.report(ScriptProblems.needsSeed(call.span(), "`" + corrector.name() + "(method = " + method + ")`"));
        return null;
      }
      stepSeed = seed;
      IterationChecks.check(cx, call, params);
    }
    EstimatorHooks.Finding advice = estDef.correctionAdvice().advise(corrector.correction(params), params,
        new EstimatorHooks.Estimate(est.name(), est.params(), List.of(), null));
    if (advice != null) {
      cx.report(CorrectionProblems.estimatorAdvice(call.span(), advice));
    }
    return new Step.Correct(est.name() + "/" + key, est.name(), corrector.name(), params, stepSeed,
        c.span());
  }

}
