package org.nimeta.compile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nimeta.lang.Ast;
import org.nimeta.lang.Span;
import org.nimeta.registry.CorrectorDef;
import org.nimeta.registry.EstimatorDef;
import org.nimeta.registry.MapNames;
import org.nimeta.registry.ResultFunctionDef;
import org.nimeta.registry.ResultFunctions;
import org.nimeta.registry.Value;

/**
 * {@code contrast both = conjunction(a, b, map = "z")}: the arguments name estimates or contrasts,
 * and the map must be one each of them writes. A corrected map (`..._corr-FWE_method-montecarlo`)
 * comes from the correction of that name, which may be declared anywhere in the script, so the
 * map is checked, and the step built, once the whole script has been read ({@link #finish}).
 */
final class ResultFunctionCompiler {
  private static final Pattern CORRECTION = Pattern.compile("(?:^|_)corr-([A-Za-z]+)_method-([A-Za-z]+)");

  private final CompileContext cx;
  private final CallChecker calls;
  private final Function<Ast.Ref, Symbol> reference;
  private final List<Pending> pending = new ArrayList<>();

  /** A declaration read, waiting for the corrections the script declares later. */
  private record Pending(String name, ResultFunctionDef def, List<Ast.Ref> results, Map<String, Value> params,
      Ast.Call call, Span origin) {}

  ResultFunctionCompiler(CompileContext cx, CallChecker calls, Function<Ast.Ref, Symbol> reference) {
    this.cx = cx;
    this.calls = calls;
    this.reference = reference;
  }

  /** Checks the call's arguments; the step is made by {@link #finish}. False after an error. */
  boolean declare(String name, ResultFunctionDef def, Ast.Call call, Span origin) {
    long given = call.arguments().stream().filter(a -> a.name() == null).count();
    CallChecker.Checked checked = calls.check(call, def, (int) Math.max(given, def.minResults()), "result");
    List<Ast.Ref> results = new ArrayList<>();
    Map<String, Ast.Ref> seen = new LinkedHashMap<>();
    boolean ok = checked.ok();
    for (Ast.Expr e : checked.positional()) {
      if (!(e instanceof Ast.Ref r)) {
        cx.report(ResultProblems.conjunctionTakesNames(e.span(), def.name()));
        ok = false;
        continue;
      }
      Symbol s = reference.apply(r);
      if (s == null) {
        ok = false;
        continue;
      }
      Ast.Ref previous = seen.put(s.name(), r);
      if (previous != null) {
        cx.report(CallProblems.givenTwice(r.span(), s.name(), "`" + def.name() + "(...)`", previous.span()));
        ok = false;
        continue;
      }
      results.add(r);
    }
    if (ok) {
      pending.add(new Pending(name, def, results, checked.params(), call, origin));
    }
    return ok;
  }

  /**
   * Builds the steps of every declaration, now that all estimates, contrasts and corrections are
   * known. {@code estimates} and {@code combined}: the steps of the declared results, by name;
   * {@code corrections}: every correction step.
   */
  List<Step.CombineResults> finish(Map<String, Step.Estimate> estimates, Map<String, Step.CombineResults> combined,
      List<Step.Correct> corrections) {
    List<Step.CombineResults> steps = new ArrayList<>();
    for (Pending p : pending) {
      String map = ResultFunctions.MAP.of(p.params());
      List<String> names = new ArrayList<>();
      List<String> sources = new ArrayList<>();
      if (unknownEverywhere(p, map, estimates, combined)) {
        continue;
      }
      for (Ast.Ref r : p.results()) {
        String result = r.name().text();
        String source = sourceOf(result, map, r, p, estimates, combined, corrections);
        names.add(result);
        if (source != null) {
          sources.add(source);
        }
      }
      if (sources.size() == names.size()) {
        Step.CombineResults step = new Step.CombineResults(p.name(), p.def().name(), names, sources, p.params(),
            p.origin());
        combined.put(p.name(), step);
        steps.add(step);
      }
    }
    return steps;
  }

  /**
   * Reports a map that none of the results writes (usually a typo) once, at the {@code map}
   * argument, rather than once per result.
   */
  private boolean unknownEverywhere(Pending p, String map, Map<String, Step.Estimate> estimates,
      Map<String, Step.CombineResults> combined) {
    if (CORRECTION.matcher(map).find()) {
      return false;
    }
    java.util.Set<String> known = new java.util.LinkedHashSet<>();
    for (Ast.Ref r : p.results()) {
      List<String> own = ownMaps(r.name().text(), estimates, combined);
      if (own == null || own.contains(map)) {
        return false;
      }
      known.addAll(own);
    }
    // At the `map` argument, or at the call when the default map is the one missing.
    Span at = p.call().arguments().stream().filter(a -> a.name() != null && a.name().text().equals("map"))
        .map(a -> a.value().span()).findFirst().orElse(p.call().span());
    cx.report(ResultProblems.noResultWritesMap(at, p.def().name(), map, at == p.call().span(), List.copyOf(known)));
    return true;
  }

  /** The step that holds {@code map} of {@code result}: the result, or one of its corrections; null after an error. */
  private String sourceOf(String result, String map, Ast.Ref at, Pending p, Map<String, Step.Estimate> estimates,
      Map<String, Step.CombineResults> combined, List<Step.Correct> corrections) {
    List<String> own = ownMaps(result, estimates, combined);
    if (own == null) {
      return null; // its declaration had an error
    }
    if (own.contains(map)) {
      return result;
    }
    Matcher m = CORRECTION.matcher(map);
    if (m.find()) {
      String key = m.group(1) + ":" + m.group(2);
      for (Step.Correct c : corrections) {
        if (c.target().equals(result) && c.name().equals(result + "/" + key)) {
          List<String> corrected = correctionMaps(result, c, estimates);
          if (corrected == null || corrected.contains(map)) {
            return c.name();
          }
          cx.report(ResultProblems.correctionWritesNoMap(at.span(), result, m.group(1), m.group(2), map, corrected));
          return null;
        }
      }
      Step.Estimate e = estimates.get(result);
      EstimatorDef def = e == null ? null : (EstimatorDef) cx.registry.find(e.estimator());
      if (def != null && !def.corrections().contains(key)) {
        cx.report(ResultProblems.unsupportedCorrectionMap(at.span(), result, map, def.name(), m.group(1), m.group(2),
            List.copyOf(def.corrections())));
        return null;
      }
      cx.report(ResultProblems.undeclaredCorrectionMap(at.span(), result, map, m.group(1), m.group(2)));
      return null;
    }
    cx.report(ResultProblems.resultHasNoMap(at.span(), result, map, own));
    return null;
  }

  /** The maps correction {@code c} of estimate {@code result} adds; null when it is not an estimate's. */
  private List<String> correctionMaps(String result, Step.Correct c, Map<String, Step.Estimate> estimates) {
    Step.Estimate e = estimates.get(result);
    if (e == null) {
      return null;
    }
    EstimatorDef def = (EstimatorDef) cx.registry.find(e.estimator());
    String method = ((CorrectorDef) cx.registry.find(c.corrector())).correction(c.params()).method();
    return MapNames.ofCorrection(def, c.corrector(), method, MapNames.ofEstimate(def, e.params()), c.params());
  }

  private List<String> ownMaps(String result, Map<String, Step.Estimate> estimates,
      Map<String, Step.CombineResults> combined) {
    Step.Estimate e = estimates.get(result);
    if (e != null) {
      return MapNames.ofEstimate((EstimatorDef) cx.registry.find(e.estimator()), e.params());
    }
    Step.CombineResults c = combined.get(result);
    if (c != null) {
      return ((ResultFunctionDef) cx.registry.find(c.function())).outputs().of(c.params());
    }
    return null;
  }
}
