package org.nimeta.compile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nimeta.image.ImageFormat;
import org.nimeta.lang.Ast;
import org.nimeta.lang.Diagnostic;
import org.nimeta.lang.Span;
import org.nimeta.registry.CorrectorDef;
import org.nimeta.registry.EstimatorDef;
import org.nimeta.registry.MapNames;
import org.nimeta.registry.ParamSpec;
import org.nimeta.registry.Params;
import org.nimeta.registry.Value;
import org.nimeta.registry.WriteOptions;

/**
 * The options of {@code write NAME to "dir" (...)}: checked like a call's named arguments first
 * ({@link #options}), then, once every {@code correct} statement is known, against the maps the
 * estimate and its corrections write ({@link #selection}).
 */
final class WriteCompiler {
  private final CompileContext cx;
  private final ValueChecker values;

  /**
   * The files {@code nimeta run} writes at the top of the output directory ({@code run.Run.PLAN_FILE},
   * {@code run.Provenance.FILE_NAME}; {@code compile} does not depend on {@code run}, a test keeps
   * them in step). A {@code write} folder of that name would fail only after all the computing.
   */
  static final List<String> RUN_FILES = List.of("plan.json", "provenance.json");

  /**
   * The run file that {@code directory} (relative, normalized by the caller's checks) would
   * collide with, or null. Case is ignored: on macOS and Windows {@code Plan.json} is the same file.
   */
  static String runFileClash(String directory) {
    String top = java.nio.file.Path.of(directory).normalize().getName(0).toString();
    return RUN_FILES.stream().filter(top::equalsIgnoreCase).findFirst().orElse(null);
  }

  WriteCompiler(CompileContext cx, ValueChecker values) {
    this.cx = cx;
    this.values = values;
  }

  /** The given options by name, checked one by one (types, ranges, unknown or repeated names); null after an error. */
  Map<String, Value> options(Ast.Write w) {
    Map<String, Value> given = new LinkedHashMap<>();
    Map<String, Ast.Argument> seen = new LinkedHashMap<>();
    boolean ok = true;
    for (Ast.Argument a : w.options()) {
      if (a.name() == null) {
        cx.report(ResultProblems.writeOptionsNamed(a.span(), known()));
        ok = false;
        continue;
      }
      String n = a.name().text();
      ParamSpec spec = WriteOptions.param(n);
      if (spec == null) {
        Suggested hint = Suggested.of(n, WriteOptions.PARAMS.stream().map(ParamSpec::name).toList());
        cx.report(ResultProblems.unknownWriteOption(a.name().span(), n, hint, known()));
        ok = false;
        continue;
      }
      Ast.Argument previous = seen.put(n, a);
      if (previous != null) {
        cx.report(CallProblems.givenTwice(a.span(), n, "`write`", previous.span()));
        ok = false;
        continue;
      }
      Value v = values.check("write", spec, a.value());
      if (v == null) {
        ok = false;
      } else {
        given.put(n, v);
      }
    }
    for (String needsAlpha : List.of(WriteOptions.CLUSTERS, WriteOptions.MIN_CLUSTER_SIZE)) {
      if (ok && seen.containsKey(needsAlpha) && !seen.containsKey(WriteOptions.ALPHA)
          && !seen.containsKey(WriteOptions.STAT_THRESHOLD)) {
        cx.report(ResultProblems.needsAlpha(seen.get(needsAlpha).span(), needsAlpha));
        ok = false;
      }
    }
    return ok ? given : null;
  }

  /**
   * The selection of a write whose options passed {@link #options}: every named map must be one
   * the estimate or its declared corrections write, and {@code alpha} needs corrected p maps.
   *
   * @param corrections the estimate's {@code correct} steps, in script order
   * @return the selection, or null after an error
   */
  Step.Selection selection(Ast.Write w, Map<String, Value> options, Step.Estimate est, List<Step.Correct> corrections) {
    if (options.isEmpty()) {
      return Step.Selection.EVERYTHING;
    }
    EstimatorDef def = (EstimatorDef) cx.registry.find(est.estimator());
    List<String> estimateMaps = MapNames.ofEstimate(def, est.params());
    List<String> available = new ArrayList<>(estimateMaps);
    for (Step.Correct c : corrections) {
      available.addAll(MapNames.ofCorrection(def, c.corrector(), method(c), estimateMaps, c.params()));
    }
    List<String> maps = null;
    if (options.get(WriteOptions.MAPS) instanceof Value.Items items) {
      maps = checkMaps(w, est, def, estimateMaps, available, items);
      if (maps == null) {
        return null;
      }
    }
    Double alpha = null;
    List<Step.Threshold> thresholds = new ArrayList<>();
    if (options.get(WriteOptions.ALPHA) instanceof Value.Num a) {
      alpha = a.value();
      for (String m : MapNames.correctedPToThreshold(available)) {
        thresholds.add(new Step.Threshold(m, MapNames.isLogP(m), MapNames.valueMapFor(m, estimateMaps),
            MapNames.thresholdedName(m, alpha)));
      }
      if (thresholds.isEmpty()) {
        reportNothingToThreshold(option(w, WriteOptions.ALPHA).span(), est, def, estimateMaps, corrections.isEmpty());
        return null;
      }
      Span alphaAt = option(w, WriteOptions.ALPHA).value().span();
      reportOtherAlphas(alphaAt, alpha, est, def, estimateMaps, corrections);
      reportTooFewIterations(alphaAt, alpha, def, estimateMaps, corrections);
    }
    Double statThreshold = statThreshold(options);
    if (statThreshold != null) {
      for (String m : estimateMaps) {
        if (MapNames.isUncorrectedZ(m)) {
          thresholds.add(new Step.Threshold(null, false, m, MapNames.statThresholdedName(m, statThreshold)));
        }
      }
    }
    return selection(maps, alpha, statThreshold, options, thresholds);
  }

  /**
   * The selection of a write of a function of results ({@code conjunction}): its maps are
   * {@code ownMaps}; there is no corrected p to cut at {@code alpha}, so only {@code maps},
   * {@code stat_threshold}, {@code clusters} and {@code min_cluster_size} apply. Null after an error.
   */
  Step.Selection selectionOfCombined(Ast.Write w, Map<String, Value> options, String target, List<String> ownMaps) {
    if (options.isEmpty()) {
      return Step.Selection.EVERYTHING;
    }
    if (options.containsKey(WriteOptions.ALPHA)) {
      cx.report(ResultProblems.alphaOfConjunction(option(w, WriteOptions.ALPHA).span(), target));
      return null;
    }
    List<String> maps = null;
    if (options.get(WriteOptions.MAPS) instanceof Value.Items items) {
      maps = new ArrayList<>();
      for (Value item : items.items()) {
        String map = ((Value.Str) item).value();
        if (!ownMaps.contains(map)) {
          cx.report(ResultProblems.writesNoMap(option(w, WriteOptions.MAPS).value().span(), target, map,
              "Its map is " + Words.quoted(ownMaps) + "."));
          return null;
        }
        maps.add(map);
      }
    }
    Double statThreshold = statThreshold(options);
    List<Step.Threshold> thresholds = new ArrayList<>();
    if (statThreshold != null) {
      for (String m : ownMaps) {
        thresholds.add(new Step.Threshold(null, false, m, MapNames.statThresholdedName(m, statThreshold)));
      }
    }
    return selection(maps, null, statThreshold, options, thresholds);
  }

  private static Double statThreshold(Map<String, Value> options) {
    return options.get(WriteOptions.STAT_THRESHOLD) instanceof Value.Num t ? t.value() : null;
  }

  private static Step.Selection selection(List<String> maps, Double alpha, Double statThreshold,
      Map<String, Value> options, List<Step.Threshold> thresholds) {
    boolean clusters = options.get(WriteOptions.CLUSTERS) instanceof Value.Bool b && b.value();
    int minSize = options.get(WriteOptions.MIN_CLUSTER_SIZE) instanceof Value.Num n ? (int) n.value() : 1;
    return new Step.Selection(maps, alpha, statThreshold, clusters, minSize, thresholds, formats(options));
  }

  /** The {@code format} words as formats (the checker made them a list of known words, each once). */
  private static List<ImageFormat> formats(Map<String, Value> options) {
    if (!(options.get(WriteOptions.FORMAT) instanceof Value.Items items)) {
      return Step.Selection.DEFAULT_FORMATS;
    }
    return items.items().stream().map(v -> ImageFormat.named(((Value.Choice) v).word())).toList();
  }

  private List<String> checkMaps(Ast.Write w, Step.Estimate est, EstimatorDef def, List<String> estimateMaps,
      List<String> available, Value.Items items) {
    Ast.Expr given = option(w, WriteOptions.MAPS).value();
    Set<String> maps = new LinkedHashSet<>();
    boolean ok = true;
    for (int i = 0; i < items.items().size(); i++) {
      String map = ((Value.Str) items.items().get(i)).value();
      Span at = given instanceof Ast.ListExpr list ? list.elements().get(i).span() : given.span();
      if (available.contains(map)) {
        maps.add(map);
        continue;
      }
      ok = false;
      String correction = MapNames.correctionWriting(def, estimateMaps, map);
      if (correction != null) {
        cx.report(ResultProblems.mapOfMissingCorrection(at, map, est.name(), correction));
        continue;
      }
      cx.report(ResultProblems.writesNoMap(at, est.name(), map, available));
    }
    return ok ? List.copyOf(maps) : null;
  }


  /**
   * The write's alpha cuts every corrected p map; a correction whose maps it cuts and that states
   * another level is warned about (W0114), so that no reader takes the correction's level for the cut.
   */
  private void reportOtherAlphas(Span at, double alpha, Step.Estimate est, EstimatorDef def,
      List<String> estimateMaps, List<Step.Correct> corrections) {
    for (Step.Correct c : corrections) {
      if (!cutsCorrectedP(def, c, estimateMaps) || !Params.ALPHA.isSetIn(c.params()) || Params.ALPHA.of(c.params()) == alpha) {
        continue;
      }
      double stated = Params.ALPHA.of(c.params());
      boolean isDefault = Params.ALPHA.spec().defaultValue() instanceof Value.Num d && d.value() == stated;
      cx.report(ResultProblems.alphaDisagrees(at, est.name(), alpha,
          c.corrector() + "(method = " + method(c) + ")", stated, isDefault, cx.spanOfStep(c.name())));
    }
  }

  /**
   * W0106 for each Monte Carlo correction whose maps the write cuts at a level its iterations
   * cannot support. A correction that states this very level was checked at its own statement.
   */
  private void reportTooFewIterations(Span at, double alpha, EstimatorDef def, List<String> estimateMaps,
      List<Step.Correct> corrections) {
    for (Step.Correct c : corrections) {
      if (!Params.N_ITERS.isSetIn(c.params()) || !cutsCorrectedP(def, c, estimateMaps)
          || (Params.ALPHA.isSetIn(c.params()) && Params.ALPHA.of(c.params()) == alpha)) {
        continue;
      }
      Diagnostic tooFew = IterationChecks.tooFewFor(at, Params.N_ITERS.of(c.params()), alpha);
      if (tooFew != null) {
        cx.report(CorrectionProblems.atWriteLevel(tooFew, cx.spanOfStep(c.name()),
            c.corrector() + "(method = " + method(c) + ")"));
      }
    }
  }

  /** Whether correction {@code c} writes a corrected p map, which a write's {@code alpha} cuts. */
  private boolean cutsCorrectedP(EstimatorDef def, Step.Correct c, List<String> estimateMaps) {
    return MapNames.ofCorrection(def, c.corrector(), method(c), estimateMaps, c.params()).stream()
        .anyMatch(MapNames::isCorrectedP);
  }

  private void reportNothingToThreshold(Span at, Step.Estimate est, EstimatorDef def, List<String> estimateMaps,
      boolean noCorrection) {
    List<String> writingP = new ArrayList<>();
    for (String key : def.corrections()) {
      String[] familyMethod = key.split(":");
      if (MapNames.ofCorrection(def, familyMethod[0], familyMethod[1], estimateMaps).stream()
          .anyMatch(MapNames::isCorrectedP)) {
        writingP.add("`" + familyMethod[0] + "(method = " + familyMethod[1] + ")`");
      }
    }
    cx.report(ResultProblems.nothingToThreshold(at, est.name(), est.estimator(), noCorrection, writingP));
  }

  private String method(Step.Correct c) {
    return ((CorrectorDef) cx.registry.find(c.corrector())).correction(c.params()).method();
  }

  /** The argument of an option {@link #options} accepted. */
  private static Ast.Argument option(Ast.Write w, String name) {
    for (Ast.Argument a : w.options()) {
      if (a.name() != null && a.name().text().equals(name)) {
        return a;
      }
    }
    throw new IllegalArgumentException("option " + name + " was checked but is not in the write");
  }

  private static String known() {
    return Words.quoted(WriteOptions.PARAMS.stream().map(ParamSpec::name).toList());
  }
}
