package org.nimeta.compile;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nimeta.lang.Ast;
import org.nimeta.lang.SourceFile;
import org.nimeta.lang.Span;
import org.nimeta.registry.Definition;
import org.nimeta.registry.EstimatorDef;
import org.nimeta.registry.ParamSpec;
import org.nimeta.registry.ResultFunctionDef;
import org.nimeta.registry.Registry;
import org.nimeta.registry.Value;

/**
 * Compiles one parsed script in three passes: {@link Resolver} reads the imports and declares the
 * names; the checks walk the statements in order, each making the steps of its statement; then
 * the steps that need the whole script (conjunctions, and writes that select maps of corrections
 * declared anywhere) are made, and every step is put in running order. One instance per compilation.
 */
final class ScriptCompiler {
  static final int LANGUAGE_VERSION = 1;

  private final Ast.Script script;
  private final Compiler.Options options;
  private final CompileContext cx;
  private final Path baseDir;

  private final DatasetCompiler datasets;
  private final EstimateCompiler estimates;
  private final ResultFunctionCompiler resultFunctions;
  private final ParamCompiler params;
  private final CorrectionCompiler corrections;
  private final WriteCompiler writes;
  private final DiagnoseCompiler diagnoses;
  private final List<DiagnoseCompiler.Checked> checkedDiagnoses = new ArrayList<>();
  /** Each statement's part of the plan, in reading order. */
  private final List<Part> parts = new ArrayList<>();
  private final List<Step.Correct> correctSteps = new ArrayList<>();
  /** The conjunctions' steps by name, made by the last pass. */
  private final Map<String, Step.CombineResults> combined = new LinkedHashMap<>();
  private final java.util.Set<String> resultFunctionNames = new java.util.HashSet<>();
  private final Map<String, Span> onceOnly = new HashMap<>();
  private final Map<String, Span> outputDirectories = new HashMap<>();
  private Integer version;
  private Long seed;
  private Plan.AnalysisSpace space;
  private Span spaceSpan;

  /** A statement's part of the plan: its steps, or a write whose selection waits for the whole script. */
  private sealed interface Part permits Steps, CheckedWrite {}

  private record Steps(List<Step> steps) implements Part {}

  /** A write whose options passed their own checks; {@code options} empty means "write everything". */
  private record CheckedWrite(String target, String directory, Ast.Write write, Map<String, Value> options)
      implements Part {}

  ScriptCompiler(Ast.Script script, Compiler.Options options, Registry registry) {
    this.script = script;
    this.options = options;
    this.cx = new CompileContext(registry);
    ValueChecker values = new ValueChecker(cx);
    CallChecker calls = new CallChecker(cx, values);
    this.params = new ParamCompiler(cx, values, options);
    this.corrections = new CorrectionCompiler(cx, calls);
    this.resultFunctions = new ResultFunctionCompiler(cx, calls,
        r -> Names.resolve(cx, r, Symbol.Kind.ESTIMATE, Symbol.Kind.CONTRAST));
    this.writes = new WriteCompiler(cx, values);
    this.diagnoses = new DiagnoseCompiler(cx, calls);
    Path file = script.file().path();
    this.baseDir = file == null ? Path.of("").toAbsolutePath() : file.toAbsolutePath().getParent();
    this.datasets = new DatasetCompiler(cx, values, calls, new ConditionCompiler(cx, values), baseDir);
    this.estimates = new EstimateCompiler(cx, values, calls, datasets);
  }

  Compiler.Result compile() {
    Scope scope = new Resolver(script, cx, baseDir).resolve();
    cx.use(scope);
    List<Ast.Stmt> statements = scope.statements();
    for (int i = 0; i < statements.size(); i++) {
      cx.at(i);
      statement(statements.get(i));
    }
    cx.at(statements.size());
    List<Step> steps = StepOrder.dependenciesFirst(wholeScriptSteps());
    params.reportUnknownOverrides();
    reportFolderClashes(steps);
    if (!cx.hasErrors()) {
      reportUnused(); // after errors, "never used" is mostly an echo of them
    }
    boolean defaultSpace = space == null;
    if (defaultSpace) {
      space = Plan.AnalysisSpace.template(Spaces.DEFAULT);
    }
    Map<String, DatasetSize> sizes = Map.of();
    if (options.checkData()) {
      // The data are checked after script errors too, so that every mistake shows at once; then
      // only their errors are kept, since warnings about data would bury the script's errors.
      boolean scriptErrors = cx.hasErrors();
      int reported = cx.diagnostics().size();
      DataChecker data = new DataChecker(cx, steps, space, spaceSpan, baseDir);
      List<Step> checked = data.check();
      if (scriptErrors) {
        cx.keepOnlyErrorsFrom(reported);
      } else {
        steps = checked;
        sizes = data.sizes();
      }
    }
    if (cx.hasErrors()) {
      return new Compiler.Result(null, cx.diagnostics(), scope.analysis());
    }
    if (defaultSpace) {
      SleuthSpaceAdvice.check(cx, steps); // advice, so not after errors
    }
    Plan plan = new Plan(scriptInfo(scope.analysis()), version == null ? LANGUAGE_VERSION : version, seed, space,
        params.bindings(), steps, cx.registry, sizes);
    return new Compiler.Result(plan, cx.diagnostics(), scope.analysis());
  }

  /**
   * The last pass: the conjunctions' steps, now that every correction is known, and each write
   * with its selection; in reading order, conjunctions last.
   */
  private List<Step> wholeScriptSteps() {
    List<Step.CombineResults> conjunctions = resultFunctions.finish(estimates.estimates(), combined, correctSteps);
    Map<String, List<Step.Correct>> correctionsOf = new HashMap<>();
    correctSteps.forEach(c -> correctionsOf.computeIfAbsent(c.target(), t -> new ArrayList<>()).add(c));
    List<Step> steps = new ArrayList<>();
    for (Part part : parts) {
      if (part instanceof Steps s) {
        steps.addAll(s.steps());
      } else if (part instanceof CheckedWrite w) {
        steps.add(writeStep(w, correctionsOf));
      }
    }
    steps.addAll(conjunctions);
    steps.addAll(diagnoses.finish(checkedDiagnoses, correctionsOf));
    return steps;
  }

  private Step.WriteOutput writeStep(CheckedWrite w, Map<String, List<Step.Correct>> correctionsOf) {
    String name = w.target() + "->" + w.directory();
    String folder = Path.of(w.directory()).normalize().toString();
    Span origin = w.write().span();
    Step.Selection selection = w.options().isEmpty() ? null : selection(w, correctionsOf);
    return selection == null
        ? new Step.WriteOutput(name, w.target(), folder, origin)
        : new Step.WriteOutput(name, w.target(), folder, selection, origin);
  }

  /** The maps a write with options selects, from its result and that result's corrections; null after an error. */
  private Step.Selection selection(CheckedWrite w, Map<String, List<Step.Correct>> correctionsOf) {
    Step.CombineResults fn = combined.get(w.target());
    if (fn != null) {
      List<String> itsMaps = ((ResultFunctionDef) cx.registry.find(fn.function())).outputs().of(fn.params());
      return writes.selectionOfCombined(w.write(), w.options(), w.target(), itsMaps);
    }
    Step.Estimate est = estimates.estimates().get(w.target());
    if (est == null) {
      return null; // the estimate's declaration had an error, already reported
    }
    return writes.selection(w.write(), w.options(), est, correctionsOf.getOrDefault(w.target(), List.of()));
  }

  private void statement(Ast.Stmt s) {
    if (s instanceof Ast.Version v) {
      version(v);
    } else if (s instanceof Ast.Seed sd) {
      seed(sd);
    } else if (s instanceof Ast.SpaceDecl sp) {
      space(sp);
    } else if (s instanceof Ast.Param p) {
      params.declare(p);
    } else if (s instanceof Ast.Declaration d) {
      declaration(d);
    } else if (s instanceof Ast.Correct c) {
      correct(c);
    } else if (s instanceof Ast.Diagnose d) {
      diagnose(d);
    } else if (s instanceof Ast.Write w) {
      write(w);
    }
    // imports were read in place by the first pass
  }

  private boolean once(String keyword, Span span) {
    Span previous = onceOnly.putIfAbsent(keyword, span);
    if (previous != null) {
      cx.report(NameProblems.onlyOnce(span, keyword, previous));
      return false;
    }
    return true;
  }

  private void version(Ast.Version v) {
    if (!once("version", v.span())) {
      return;
    }
    Ast.NumberLit n = (Ast.NumberLit) v.value();
    if (!ValueChecker.isIntegral(n) || n.value() != LANGUAGE_VERSION) {
      cx.report(ScriptProblems.unsupportedVersion(n.span(), n.text(), LANGUAGE_VERSION));
      return;
    }
    version = LANGUAGE_VERSION;
  }

  private void seed(Ast.Seed s) {
    if (!once("seed", s.span())) {
      return;
    }
    Ast.NumberLit n = (Ast.NumberLit) s.value();
    ParamSpec.JavaLimit limit = ParamSpec.JavaLimit.EXACT_WHOLE;
    if (!ValueChecker.isIntegral(n) || n.value() < 0 || !limit.holds(n.value())) {
      cx.report(ScriptProblems.badSeed(n.span(), n.text(), limit.largest(), limit.why()));
      return;
    }
    seed = (long) n.value();
  }

  private void space(Ast.SpaceDecl s) {
    if (!once("space", s.span())) {
      return;
    }
    spaceSpan = s.value().span();
    if (s.value() instanceof Ast.Ref r && Spaces.TEMPLATES.contains(r.name().text())) {
      space = Plan.AnalysisSpace.template(r.name().text());
    } else if (s.value() instanceof Ast.Ref r) {
      cx.report(ScriptProblems.unknownSpace(r.span(), r.name().text(), Spaces.TEMPLATES));
    } else if (s.value() instanceof Ast.StringLit str) {
      if (Folders.usable(cx, str, false)) {
        Path p = Folders.resolve(str.span(), str.value(), baseDir);
        if (Files.isRegularFile(p)) {
          space = Plan.AnalysisSpace.file(p);
        } else {
          cx.report(FileProblems.fileNotFound(str.span(), str.value(), p));
        }
      }
    } else {
      cx.report(ScriptProblems.spaceNotTemplateOrFile(s.value().span()));
    }
  }

  /** A declaration the first pass accepted (its name is new). */
  private void declaration(Ast.Declaration d) {
    String name = d.name().text();
    switch (d.kind()) {
      case DATASET -> parts.add(new Steps(datasets.declare(name, d.value(), d.span()).steps()));
      case KERNEL -> estimates.kernel(name, d.value());
      case ESTIMATE, CONTRAST -> estimateOrFunction(name, d);
    }
  }

  private void estimateOrFunction(String name, Ast.Declaration d) {
    if (!(d.value() instanceof Ast.Call call)) {
      cx.report(ResultProblems.notAnEstimatorCall(d.value().span(), d.kind(),
          cx.registry.names(Definition.Kind.ESTIMATOR)));
      return;
    }
    // `estimate` also takes pairwise estimators (MKDAChi2); `contrast` takes only those.
    Definition def = d.kind() == Ast.DeclKind.CONTRAST ? Definitions.find(cx, call, Definition.Kind.CONTRAST)
        : Definitions.find(cx, call, Definition.Kind.ESTIMATOR, Definition.Kind.CONTRAST);
    if (def == null) {
      return;
    }
    if (def instanceof ResultFunctionDef fn) {
      if (resultFunctions.declare(name, fn, call, d.span())) {
        resultFunctionNames.add(name);
        cx.stepAt(name, call.span());
      }
      return;
    }
    parts.add(new Steps(estimates.estimate(name, call, (EstimatorDef) def, d, seed)));
  }

  private void correct(Ast.Correct c) {
    Symbol target = Names.resolve(cx, new Ast.Ref(c.target(), c.target().span()), Symbol.Kind.ESTIMATE,
        Symbol.Kind.CONTRAST);
    if (target != null && resultFunctionNames.contains(target.name())) {
      cx.report(ResultProblems.correctConjunction(c.target().span(), target.name()));
      return;
    }
    Step.Correct step = corrections.compile(c, target == null ? null : estimates.estimates().get(target.name()), seed);
    if (step != null) {
      correctSteps.add(step);
      parts.add(new Steps(List.of(step)));
      cx.stepAt(step.name(), c.corrector().span());
    }
  }

  private void diagnose(Ast.Diagnose d) {
    Symbol target = Names.resolve(cx, new Ast.Ref(d.target(), d.target().span()), Symbol.Kind.ESTIMATE,
        Symbol.Kind.CONTRAST);
    if (target != null && resultFunctionNames.contains(target.name())) {
      cx.report(DiagnoseProblems.conjunction(d.target().span(), target.name()));
      return;
    }
    DiagnoseCompiler.Checked checked = diagnoses.check(d, target == null ? null : estimates.estimates().get(target.name()), seed);
    if (checked != null) {
      checkedDiagnoses.add(checked);
    }
  }

  private void write(Ast.Write w) {
    Symbol target = Names.resolve(cx, new Ast.Ref(w.target(), w.target().span()), Symbol.Kind.ESTIMATE,
        Symbol.Kind.CONTRAST);
    if (!(w.destination() instanceof Ast.StringLit dir)) {
      cx.report(ResultProblems.writeNeedsFolder(w.destination().span(), w.destination() instanceof Ast.Call c
          ? "`write " + w.target().text() + " to \"" + c.callee().text() + "\" (...)`." : null));
      return;
    }
    String d = dir.value();
    if (!Folders.usable(cx, dir, true)) {
      return;
    }
    if (d.isBlank() || Path.of(d).isAbsolute() || Path.of(d).normalize().startsWith("..")) {
      cx.report(ResultProblems.writeOutsideOutput(dir.span()));
      return;
    }
    String runFile = WriteCompiler.runFileClash(d);
    if (runFile != null) {
      cx.report(ResultProblems.writeOverRunFile(dir.span(), d, runFile));
      return;
    }
    Span previous = outputDirectories.putIfAbsent(Path.of(d).normalize().toString(), dir.span());
    if (previous != null) {
      cx.report(ResultProblems.writtenTwice(dir.span(), d, previous));
      return;
    }
    Map<String, Value> checked = writes.options(w);
    if (target != null && checked != null) {
      parts.add(new CheckedWrite(target.name(), d, w, checked));
    }
  }

  /**
   * Each estimate's maps go to its `write` folder, else to a folder named after it; two estimates
   * must not share one (a `write` folder named like another estimate is the usual way).
   */
  private void reportFolderClashes(List<Step> steps) {
    Map<String, String> redirected = new HashMap<>();
    for (Step.WriteOutput w : Step.only(Step.WriteOutput.class, steps)) {
      redirected.put(w.target(), w.directory());
    }
    List<String> results = new ArrayList<>(estimates.estimates().keySet());
    results.addAll(combined.keySet());
    Map<String, String> ownerOf = new HashMap<>();
    for (String estimate : results) {
      String folder = redirected.getOrDefault(estimate, estimate);
      String other = ownerOf.putIfAbsent(folder, estimate);
      if (other != null) {
        Span at = outputDirectories.containsKey(folder) ? outputDirectories.get(folder) : cx.spanOfStep(estimate);
        cx.report(ResultProblems.sharedFolder(at, other, estimate, folder));
      }
    }
  }

  /**
   * A protocol (a script with no estimate, contrast, correction or write, made to be imported)
   * declares what its importers use: its declarations are exports, never "unused".
   */
  private void reportUnused() {
    if (isProtocol(script)) {
      return;
    }
    for (Symbol s : cx.declarations()) {
      boolean input = s.kind() == Symbol.Kind.DATASET || s.kind() == Symbol.Kind.KERNEL
          || s.kind() == Symbol.Kind.PARAM;
      // A shared protocol declares more than each script uses: only this script's own count.
      boolean own = s.span().file() == script.file();
      if (input && own && !cx.isUsed(s.name())) {
        cx.report(NameProblems.unused(s));
      }
    }
  }

  /** Whether {@code script} itself asks for no result, so that it only declares what others import. */
  private static boolean isProtocol(Ast.Script script) {
    return script.statements().stream().noneMatch(s -> s instanceof Ast.Correct || s instanceof Ast.Diagnose
        || s instanceof Ast.Write
        || s instanceof Ast.Declaration d && (d.kind() == Ast.DeclKind.ESTIMATE || d.kind() == Ast.DeclKind.CONTRAST));
  }

  private Plan.ScriptInfo scriptInfo(Analysis analysis) {
    SourceFile f = script.file();
    String sha = Sha256.of(f.text().getBytes(StandardCharsets.UTF_8));
    Path path = f.path() == null ? null : f.path().toAbsolutePath().normalize();
    return new Plan.ScriptInfo(f.displayName(), path, sha, analysis.imports());
  }
}
