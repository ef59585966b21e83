package org.nimeta.compile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nimeta.lang.Ast;
import org.nimeta.lang.Span;
import org.nimeta.registry.Definition;
import org.nimeta.registry.EstimatorDef;
import org.nimeta.registry.EstimatorHooks;
import org.nimeta.registry.KernelConfig;
import org.nimeta.registry.KernelDef;
import org.nimeta.registry.ParamType;
import org.nimeta.registry.Value;

/**
 * {@code kernel k = ALEKernel(...)} and {@code estimate e = ALE(data, ...)}: the estimator's call
 * checked like any other, its dataset arguments built into steps, its kernel resolved.
 */
final class EstimateCompiler {
  private final CompileContext cx;
  private final ValueChecker values;
  private final CallChecker calls;
  private final DatasetCompiler datasets;
  private final Map<String, KernelConfig> kernels = new HashMap<>();
  private final Map<String, Step.Estimate> estimates = new LinkedHashMap<>();

  EstimateCompiler(CompileContext cx, ValueChecker values, CallChecker calls, DatasetCompiler datasets) {
    this.cx = cx;
    this.values = values;
    this.calls = calls;
    this.datasets = datasets;
  }

  /** The estimates made so far, by name, in script order. */
  Map<String, Step.Estimate> estimates() {
    return java.util.Collections.unmodifiableMap(estimates);
  }

  /** {@code kernel name = value}; a kernel with an error is left out (its uses then stay silent). */
  void kernel(String name, Ast.Expr value) {
    KernelConfig k = kernelValue(value, null);
    if (k != null) {
      kernels.put(name, k);
    }
  }

  /**
   * The steps of {@code estimate name = est(...)}: those of its inline datasets, then its own
   * (missing after an error).
   *
   * @param seed the script's seed so far, or null
   */
  List<Step> estimate(String name, Ast.Call call, EstimatorDef est, Ast.Declaration d, Long seed) {
    List<Step> out = new ArrayList<>();
    CallChecker.Checked checked = calls.check(call, est, est.datasets(), "dataset");
    List<String> inputs = new ArrayList<>();
    for (Ast.Expr e : checked.positional()) {
      inputs.addAll(operand(e, name, out));
    }
    int positional = inputs.size();
    Map<String, Value> params = new LinkedHashMap<>(checked.params());
    for (Map.Entry<String, Ast.Expr> p : checked.datasetParams().entrySet()) {
      for (String step : operand(p.getValue(), name, out)) {
        inputs.add(step);
        params.put(p.getKey(), new Value.Str(step)); // names the extra input the runner reads
      }
    }
    KernelConfig kernel = null;
    ParamType.Kernel kernelType = kernelParam(est);
    if (kernelType != null) {
      kernel = checked.kernel() == null
          ? defaultKernel(kernelType.allowed().get(0))
          : kernelValue(checked.kernel(), kernelType);
    }
    if (!checked.ok() || positional != est.datasets()
        || inputs.size() != positional + checked.datasetParams().size() || (kernelType != null && kernel == null)) {
      return out;
    }
    Long stepSeed = null;
    if (est.stochastic(params)) {
      if (seed == null) {
        cx.report(ScriptProblems.needsSeed(call.span(), "`" + est.name() + "`"));
        return out;
      }
      stepSeed = seed;
      EstimatorHooks.Finding refused = est.seedCheck().check(params, seed);
      if (refused != null) {
        cx.report(ScriptProblems.seedRefused(call.span(), refused));
        return out;
      }
    }
    EstimatorHooks.Finding fewIterations = est.iterationAdvice().advise(params);
    if (fewIterations != null) {
      cx.report(EstimatorCheckProblems.fewIterations(call.span(), fewIterations));
    }
    Step.Estimate step = new Step.Estimate(name, est.name(), inputs, kernel, params, stepSeed,
        d.span());
    estimates.put(name, step);
    out.add(step);
    cx.stepAt(name, call.span());
    cx.datasetArgumentsAt(name, checked.positional().stream().map(Ast.Expr::span).toList());
    return out;
  }

  /** The step name of a dataset argument (none after an error), its inline steps added to {@code out}. */
  private List<String> operand(Ast.Expr e, String estimate, List<Step> out) {
    DatasetCompiler.Built built = datasets.operand(e, estimate);
    out.addAll(built.steps());
    return built.step() == null ? List.of() : List.of(built.step());
  }

  /** A kernel from a declared kernel's name or an inline call; {@code allowed} null means any kernel. */
  private KernelConfig kernelValue(Ast.Expr e, ParamType.Kernel allowed) {
    KernelConfig k;
    Span at = e.span();
    if (e instanceof Ast.Ref r) {
      Symbol s = Names.resolve(cx, r, Symbol.Kind.KERNEL);
      if (s == null) {
        return null;
      }
      k = kernels.get(s.name());
      if (k == null) {
        return null; // its declaration already had an error
      }
    } else if (e instanceof Ast.Call c) {
      Definition def = Definitions.find(cx, c, Definition.Kind.KERNEL);
      if (def == null) {
        return null;
      }
      CallChecker.Checked checked = calls.check(c, def, 0, "dataset");
      if (!checked.ok() || !exclusiveOk((KernelDef) def, c)) {
        return null;
      }
      k = new KernelConfig(def.name(), checked.params());
    } else {
      cx.report(ResultProblems.notAKernel(at, values.describe(e), cx.registry.names(Definition.Kind.KERNEL)));
      return null;
    }
    if (allowed != null && !allowed.allowed().contains(k.type())) {
      cx.report(ResultProblems.wrongKernel(at, allowed.describe(), k.type(), allowed.allowed()));
      return null;
    }
    return k;
  }

  /** At most one parameter of each exclusive group is given (NiMARE refuses both fwhm and sample_size). */
  private boolean exclusiveOk(KernelDef def, Ast.Call c) {
    for (List<String> group : def.exclusive()) {
      List<Ast.Argument> given = c.arguments().stream()
          .filter(a -> a.name() != null && group.contains(a.name().text())).toList();
      if (given.size() > 1) {
        cx.report(CallProblems.exclusive(given.get(1).span(), def.name(), group, given.get(0).span(),
            given.get(0).name().text()));
        return false;
      }
    }
    return true;
  }

  private static ParamType.Kernel kernelParam(EstimatorDef est) {
    for (var p : est.params()) {
      if (p.type() instanceof ParamType.Kernel k) {
        return k;
      }
    }
    return null;
  }

  private KernelConfig defaultKernel(String type) {
    KernelDef def = (KernelDef) cx.registry.find(type);
    Map<String, Value> defaults = new LinkedHashMap<>();
    def.params().forEach(p -> defaults.put(p.name(), p.defaultValue()));
    return new KernelConfig(type, defaults);
  }
}
