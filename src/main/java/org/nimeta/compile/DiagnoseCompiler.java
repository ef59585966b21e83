package org.nimeta.compile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.nimeta.lang.Ast;
import org.nimeta.lang.Span;
import org.nimeta.registry.CorrectorDef;
import org.nimeta.registry.Definition;
import org.nimeta.registry.DiagnosticDef;
import org.nimeta.registry.Diagnostics;
import org.nimeta.registry.EstimatorDef;
import org.nimeta.registry.MapNames;
import org.nimeta.registry.Value;

/**
 * {@code diagnose NAME with Jackknife(...)|FocusCounter(...)}: the call is checked where it stands
 * ({@link #check}); its {@code target_image} once every correction of the script is known
 * ({@link #finish}), since it may be a map of a correction declared further down, as for
 * {@code write (maps = ...)}.
 */
final class DiagnoseCompiler {
  private final CompileContext cx;
  private final CallChecker calls;

  /** A diagnose whose call passed its checks, waiting for the whole script. */
  record Checked(Step.Estimate estimate, Ast.Diagnose statement, Ast.Call call, DiagnosticDef def,
      Map<String, Value> params) {}

  DiagnoseCompiler(CompileContext cx, CallChecker calls) {
    this.cx = cx;
    this.calls = calls;
  }

  /**
   * @param est  the estimate diagnosed, or null when its name did not resolve (already reported)
   * @param seed the script's seed so far, or null
   * @return the checked statement, or null after reporting an error
   */
  Checked check(Ast.Diagnose d, Step.Estimate est, Long seed) {
    if (!(d.diagnostic() instanceof Ast.Call call)) {
      cx.report(DiagnoseProblems.notADiagnosticCall(d.diagnostic().span(), cx.registry.names(Definition.Kind.DIAGNOSTIC)));
      return null;
    }
    Definition def = Definitions.find(cx, call, Definition.Kind.DIAGNOSTIC);
    if (def == null || est == null) {
      return null;
    }
    CallChecker.Checked checked = calls.check(call, def, 0, "dataset");
    if (!checked.ok()) {
      return null;
    }
    DiagnosticDef diagnostic = (DiagnosticDef) def;
    EstimatorDef estimator = (EstimatorDef) cx.registry.find(est.estimator());
    if (!diagnostic.supports(est.estimator())) {
      cx.report(DiagnoseProblems.unsupported(call.callee().span(), def.name(), est.name(), est.estimator(),
          diagnostic.onlyFor()));
      return null;
    }
    if (!resamplingChecked(call, checked.params())) {
      return null;
    }
    if (diagnostic.stochastic(checked.params()) && seed == null) {
      cx.report(ScriptProblems.needsSeed(call.span(), "`" + def.name() + "`"));
      return null;
    }
    if (diagnostic.coordinatesOnly() && estimator.dataKind() == EstimatorDef.DataKind.IMAGES) {
      cx.report(DiagnoseProblems.needsFoci(call.callee().span(), def.name(), est.name(), est.estimator()));
      return null;
    }
    return new Checked(est, d, call, diagnostic, checked.params());
  }

  /**
   * The steps of the checked statements, in order, now that {@code correctionsOf} (by estimate)
   * holds every correction: each target map must be the estimate's or a declared correction's.
   */
  List<Step.Diagnose> finish(List<Checked> checked, Map<String, List<Step.Correct>> correctionsOf) {
    List<Step.Diagnose> steps = new ArrayList<>();
    Map<String, Span> seen = new HashMap<>();
    Map<String, Checked> clustersOf = new HashMap<>();
    for (Checked c : checked) {
      Step.Estimate est = c.estimate();
      EstimatorDef def = (EstimatorDef) cx.registry.find(est.estimator());
      String map = Diagnostics.TARGET_IMAGE.of(c.params());
      List<String> estimateMaps = MapNames.ofEstimate(def, est.params());
      String source = estimateMaps.contains(map) ? est.name() : null;
      List<String> available = new ArrayList<>(estimateMaps);
      for (Step.Correct k : correctionsOf.getOrDefault(est.name(), List.of())) {
        List<String> maps = MapNames.ofCorrection(def, k.corrector(), method(k), estimateMaps, k.params());
        if (source == null && maps.contains(map)) {
          source = k.name();
        }
        available.addAll(maps);
      }
      Span at = targetSpan(c);
      if (source == null) {
        cx.report(DiagnoseProblems.mapMissing(at, est.name(), map, available, MapNames.correctionWriting(def, estimateMaps, map)));
        continue;
      }
      String name = est.name() + "/" + c.def().name() + ":" + map;
      Span previous = seen.putIfAbsent(name, c.statement().span());
      if (previous != null) {
        cx.report(DiagnoseProblems.twice(c.statement().span(), c.def().name(), est.name(), map, previous));
        continue;
      }
      if (c.def().resultRunner() != null) { // its own outputs: no cluster table or contributions shared
        steps.add(new Step.Diagnose(name, est.name(), c.def().name(), c.params(), map, source, c.statement().span()));
        cx.stepAt(name, c.call().span());
        continue;
      }
      Checked sameMap = clustersOf.putIfAbsent(est.name() + "\n" + map, c);
      if (sameMap != null && !sameClusters(sameMap, c)) {
        cx.report(DiagnoseProblems.conflictingClusters(c.statement().span(), est.name(), map, sameMap.statement().span()));
        continue;
      }
      Checked first = clustersOf.putIfAbsent(est.name(), c);
      if (first != null && first.def() != c.def() && !sameClusters(first, c)) {
        cx.report(DiagnoseProblems.differentClusters(c.statement().span(), est.name(), first.statement().span()));
      }
      steps.add(new Step.Diagnose(name, est.name(), c.def().name(), c.params(), map, source, c.statement().span()));
      cx.stepAt(name, c.call().span());
    }
    return steps;
  }

  /** ResampledStability's schedule: {@code leave_k_out} needs k; a leave-one-out schedule ignores n_resamples. */
  private boolean resamplingChecked(Ast.Call call, Map<String, Value> params) {
    if (!(params.get("resampling_policy") instanceof Value.Choice policy)) {
      return true;
    }
    if (policy.word().equals("leave_k_out") && params.get("k") instanceof Value.None) {
      cx.report(DiagnoseProblems.needsK(call.callee().span()));
      return false;
    }
    Ast.Argument resamples = argument(call, "n_resamples");
    if (policy.word().equals("leave_1_out") && resamples != null) {
      cx.report(DiagnoseProblems.resamplesIgnored(resamples.span()));
    }
    return true;
  }

  private static Ast.Argument argument(Ast.Call call, String name) {
    for (Ast.Argument a : call.arguments()) {
      if (a.name() != null && a.name().text().equals(name)) {
        return a;
      }
    }
    return null;
  }

  private static boolean sameClusters(Checked a, Checked b) {
    return List.of(Diagnostics.TARGET_IMAGE, Diagnostics.VOXEL_THRESH, Diagnostics.CLUSTER_THRESHOLD).stream()
        .allMatch(p -> a.params().get(p.name()).equals(b.params().get(p.name())));
  }

  /** The {@code target_image} argument's value, else the call. */
  private static Span targetSpan(Checked c) {
    for (Ast.Argument a : c.call().arguments()) {
      if (a.name() != null && a.name().text().equals(Diagnostics.TARGET_IMAGE.name())) {
        return a.value().span();
      }
    }
    return c.call().span();
  }

  private String method(Step.Correct c) {
    return ((CorrectorDef) cx.registry.find(c.corrector())).correction(c.params()).method();
  }
}
