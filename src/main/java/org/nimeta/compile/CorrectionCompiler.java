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
    Map<String, Value> params = estimatorParams(call, corrector, estDef, est.estimator(), checked.params());
    if (params == null) {
      return null;
    }
    EstimatorHooks.Finding refused = estDef.correctionCheck().check(corrector.correction(params), params);
    if (refused != null) {
      cx.report(CorrectionProblems.refusedByEstimator(call.span(), refused));
      return null;
    }
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

  /**
   * The corrector's parameters that only some estimators take ({@code target}, {@code vfwe_only}):
   * given for another estimator, an error naming those that take it; not given, left out of the
   * plan for an estimator that does not take them, and at the estimator's own default for one
   * that does.
   *
   * @return the parameters, or null after reporting an error
   */
  private Map<String, Value> estimatorParams(Ast.Call call, CorrectorDef corrector, EstimatorDef estDef,
      String estimator, Map<String, Value> checked) {
    Map<String, Value> params = new java.util.LinkedHashMap<>(checked);
    for (String name : corrector.estimatorParams()) {
      if (!params.containsKey(name)) {
        continue; // a parameter of another method, already left out
      }
      Ast.Argument given = call.arguments().stream()
          .filter(a -> a.name() != null && a.name().text().equals(name)).findFirst().orElse(null);
      if (!estDef.takesCorrectorParam(name)) {
        if (given != null) {
          cx.report(CorrectionProblems.parameterNotTaken(given.span(), estimator, corrector.name(), name,
              cx.registry.all().stream().filter(d -> d instanceof EstimatorDef e && e.takesCorrectorParam(name))
                  .map(Definition::name).toList()));
          return null;
        }
        params.remove(name);
      } else if (given == null && estDef.correctorDefault(name) != null) {
        params.put(name, estDef.correctorDefault(name));
      }
    }
    return params;
  }

}
