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
import org.nimeta.lang.Parser;
import org.nimeta.lang.SourceFile;
import org.nimeta.lang.Span;
import org.nimeta.registry.CorrectorDef;
import org.nimeta.registry.Definition;
import org.nimeta.registry.EstimatorDef;
import org.nimeta.registry.KernelConfig;
import org.nimeta.registry.KernelDef;
import org.nimeta.registry.ParamType;
import org.nimeta.registry.ResultFunctionDef;
import org.nimeta.registry.Registry;
import org.nimeta.registry.Value;

/** Walks one parsed script in order and builds its plan. One instance per compilation. */
final class ScriptCompiler {
  static final int LANGUAGE_VERSION = 1;

  private final Ast.Script script;
  private final Compiler.Options options;
  private final CompileContext cx;
  private final ValueChecker values;
  private final CallChecker calls;
  private final DatasetCompiler datasets;
  private final Path baseDir;

  private final List<Step> steps = new ArrayList<>();
  private final Map<String, KernelConfig> kernels = new HashMap<>();
  private final Map<String, Step.Estimate> estimates = new LinkedHashMap<>();
  /** Functions of results ({@code conjunction}), by name; their steps are made at the end. */
  private final Map<String, Step.CombineResults> combined = new LinkedHashMap<>();
  private final java.util.Set<String> resultFunctionNames = new java.util.HashSet<>();
  private final ResultFunctionCompiler resultFunctions;
  private final Map<String, Span> declaredLater = new HashMap<>();
  private final ParamCompiler params;
  private final CorrectionCompiler corrections;
  private final WriteCompiler writes;
  /** Writes with options, completed once every `correct` statement is known (one may follow the write). */
  private final List<PendingWrite> pendingWrites = new ArrayList<>();
  private final Map<String, Span> onceOnly = new HashMap<>();
  private final Map<String, Span> outputDirectories = new HashMap<>();
  /** Files being imported, innermost first (the main script at the bottom), to find cycles. */
  private final java.util.Deque<Path> importing = new java.util.ArrayDeque<>();
  /** Every imported file, in first-import order, for the plan and provenance. */
  private final java.util.LinkedHashSet<Path> imports = new java.util.LinkedHashSet<>();
  private Integer version;
  private Long seed;
  private Plan.AnalysisSpace space;
  private Span spaceSpan;

  ScriptCompiler(Ast.Script script, Compiler.Options options, Registry registry) {
    this.script = script;
    this.options = options;
    this.cx = new CompileContext(registry);
    this.values = new ValueChecker(cx);
    this.calls = new CallChecker(cx, values);
    this.params = new ParamCompiler(cx, values, options);
    this.corrections = new CorrectionCompiler(cx, calls);
    this.resultFunctions = new ResultFunctionCompiler(cx, calls,
        r -> reference(r, Symbol.Kind.ESTIMATE, Symbol.Kind.CONTRAST));
    this.writes = new WriteCompiler(cx, values);
    Path file = script.file().path();
    this.baseDir = file == null ? Path.of("").toAbsolutePath() : file.toAbsolutePath().getParent();
    this.datasets = new DatasetCompiler(cx, values, new ConditionCompiler(cx, values), baseDir, steps, declaredLater);
  }

  Compiler.Result compile() {
    if (script.file().path() != null) {
      importing.push(script.file().path().toAbsolutePath().normalize());
    }
    for (Ast.Stmt s : script.statements()) {
      if (s instanceof Ast.Declaration d) {
        declaredLater.putIfAbsent(d.name().text(), d.name().span());
      } else if (s instanceof Ast.Param p) {
        declaredLater.putIfAbsent(p.name().text(), p.name().span());
      }
    }
    for (Ast.Stmt s : script.statements()) {
      statement(s);
    }
    steps.addAll(resultFunctions.finish(estimates, combined, steps.stream()
        .filter(s -> s instanceof Step.Correct).map(s -> (Step.Correct) s).toList()));
    finishWrites();
    List<Step> ordered = StepOrder.dependenciesFirst(steps);
    steps.clear();
    steps.addAll(ordered);
    params.reportUnknownOverrides();
    reportFolderClashes();
    if (!cx.hasErrors()) {
      reportUnused(); // after errors, "never used" is mostly an echo of them
    }
    if (space == null) {
      space = Plan.AnalysisSpace.template(Spaces.DEFAULT);
    }
    if (!cx.hasErrors() && options.checkData()) {
      new DataChecker(cx, steps, space, spaceSpan, baseDir).check();
    }
    if (cx.hasErrors()) {
      return new Compiler.Result(null, cx.diagnostics());
    }
    Plan plan = new Plan(scriptInfo(), version == null ? LANGUAGE_VERSION : version, seed, space, params.bindings(),
        steps);
    return new Compiler.Result(plan, cx.diagnostics());
  }

  private Plan.ScriptInfo scriptInfo() {
    SourceFile f = script.file();
    String sha = Sha256.of(f.text().getBytes(StandardCharsets.UTF_8));
    Path path = f.path() == null ? null : f.path().toAbsolutePath().normalize();
    return new Plan.ScriptInfo(f.displayName(), path, sha, List.copyOf(imports));
  }

  private void statement(Ast.Stmt s) {
    if (s instanceof Ast.Version v) {
      version(v);
    } else if (s instanceof Ast.Seed sd) {
      seed(sd);
    } else if (s instanceof Ast.SpaceDecl sp) {
      space(sp);
    } else if (s instanceof Ast.Param p) {
      param(p);
    } else if (s instanceof Ast.Import i) {
      importFile(i);
    } else if (s instanceof Ast.Declaration d) {
      declaration(d);
    } else if (s instanceof Ast.Correct c) {
      correct(c);
    } else if (s instanceof Ast.Write w) {
      write(w);
    }
  }

  /**
   * Compiles an imported script's statements in place, as if they were written here (their paths
   * stay relative to their own file). A file imported twice is read once; a cycle is an error.
   */
  private void importFile(Ast.Import i) {
    Path file = Folders.resolve(i.span(), i.path().value(), baseDir);
    if (!requireFile(file, i.path())) {
      return;
    }
    if (importing.contains(file)) {
      List<String> chain = new ArrayList<>();
      importing.descendingIterator().forEachRemaining(p -> chain.add(shown(p)));
      chain.add(shown(file));
      cx.report(NameProblems.importCycle(i.span(), chain));
      return;
    }
    if (!imports.add(file)) {
      return;
    }
    SourceFile source;
    try {
      source = SourceFile.read(file, shown(file));
    } catch (java.io.IOException e) {
      cx.report(NameProblems.unreadableImport(i.path().span(), i.path().value(), e.getMessage()));
      return;
    }
    Parser.Result parsed = Parser.parse(source);
    if (!parsed.ok()) {
      parsed.diagnostics().forEach(cx::report);
      return;
    }
    importing.push(file);
    for (Ast.Stmt s : parsed.script().statements()) {
      statement(s);
    }
    importing.pop();
  }

  /** A path as shown in messages: beside the main script's name as the user gave it, when inside its folder. */
  private String shown(Path p) {
    if (!p.startsWith(baseDir)) {
      return p.toString();
    }
    Path shownFolder = Path.of(script.file().displayName()).getParent();
    Path rel = baseDir.relativize(p);
    return (shownFolder == null ? rel : shownFolder.resolve(rel)).normalize().toString().replace('\\', '/');
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
    if (!ValueChecker.isIntegral(n) || n.value() < 0 || n.value() > 9.007199254740991E15) {
      cx.report(ScriptProblems.badSeed(n.span(), n.text()));
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
      Path p = resolve(str);
      if (requireFile(p, str)) {
        space = Plan.AnalysisSpace.file(p);
      }
    } else {
      cx.report(ScriptProblems.spaceNotTemplateOrFile(s.value().span()));
    }
  }

  private void param(Ast.Param p) {
    params.declare(p);
  }

  private void declaration(Ast.Declaration d) {
    String name = d.name().text();
    Symbol.Kind kind = switch (d.kind()) {
      case DATASET -> Symbol.Kind.DATASET;
      case KERNEL -> Symbol.Kind.KERNEL;
      case ESTIMATE -> Symbol.Kind.ESTIMATE;
      case CONTRAST -> Symbol.Kind.CONTRAST;
    };
    if (!cx.declare(name, kind, d.name().span())) {
      return;
    }
    switch (d.kind()) {
      case DATASET -> datasets.declare(name, d.value(), d.span());
      case KERNEL -> {
        KernelConfig k = kernelValue(d.value(), null);
        if (k != null) {
          kernels.put(name, k);
        }
      }
      case ESTIMATE, CONTRAST -> estimate(name, d);
    }
  }

  /** A kernel from a declared kernel's name or an inline call; {@code allowed} null means any kernel. */
  private KernelConfig kernelValue(Ast.Expr e, ParamType.Kernel allowed) {
    KernelConfig k;
    Span at = e.span();
    if (e instanceof Ast.Ref r) {
      Symbol s = reference(r, Symbol.Kind.KERNEL);
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

  private void estimate(String name, Ast.Declaration d) {
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
      if (resultFunctions.declare(name, fn, call, d.span().location())) {
        resultFunctionNames.add(name);
        cx.stepAt(name, call.span());
      }
      return;
    }
    EstimatorDef est = (EstimatorDef) def;
    CallChecker.Checked checked = calls.check(call, est, est.datasets(), "dataset");
    List<String> inputs = new ArrayList<>();
    for (Ast.Expr e : checked.positional()) {
      String step = datasets.operand(e, name);
      if (step != null) {
        inputs.add(step);
      }
    }
    int positional = inputs.size();
    Map<String, Value> params = new LinkedHashMap<>(checked.params());
    for (Map.Entry<String, Ast.Expr> p : checked.datasetParams().entrySet()) {
      String step = datasets.operand(p.getValue(), name);
      if (step != null) {
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
      return;
    }
    Long stepSeed = null;
    if (est.stochastic(params)) {
      if (seed == null) {
        cx.report(ScriptProblems.needsSeed(call.span(), "`" + est.name() + "`"));
        return;
      }
      stepSeed = seed;
    }
    Step.Estimate step = new Step.Estimate(name, est.name(), inputs, kernel, params, stepSeed,
        d.span().location());
    estimates.put(name, step);
    steps.add(step);
    cx.stepAt(name, call.span());
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

  private void correct(Ast.Correct c) {
    Symbol target = reference(new Ast.Ref(c.target(), c.target().span()), Symbol.Kind.ESTIMATE, Symbol.Kind.CONTRAST);
    if (target != null && resultFunctionNames.contains(target.name())) {
      cx.report(ResultProblems.correctConjunction(c.target().span(), target.name()));
      return;
    }
    Step.Correct step = corrections.compile(c, target == null ? null : estimates.get(target.name()), seed);
    if (step != null) {
      steps.add(step);
      cx.stepAt(step.name(), c.corrector().span());
    }
  }

  private void write(Ast.Write w) {
    Symbol target = reference(new Ast.Ref(w.target(), w.target().span()), Symbol.Kind.ESTIMATE, Symbol.Kind.CONTRAST);
    if (!(w.destination() instanceof Ast.StringLit dir)) {
      cx.report(ResultProblems.writeNeedsFolder(w.destination().span(), w.destination() instanceof Ast.Call c
          ? "`write " + w.target().text() + " to \"" + c.callee().text() + "\" (...)`." : null));
      return;
    }
    String d = dir.value();
    if (d.isBlank() || Path.of(d).isAbsolute() || Path.of(d).normalize().startsWith("..")) {
      cx.report(ResultProblems.writeOutsideOutput(dir.span()));
      return;
    }
    Span previous = outputDirectories.putIfAbsent(Path.of(d).normalize().toString(), dir.span());
    if (previous != null) {
      cx.report(ResultProblems.writtenTwice(dir.span(), d, previous));
      return;
    }
    Map<String, Value> options = writes.options(w);
    if (target != null && options != null) {
      Step.WriteOutput step = new Step.WriteOutput(target.name() + "->" + d, target.name(),
          Path.of(d).normalize().toString(), w.span().location());
      if (!options.isEmpty()) {
        pendingWrites.add(new PendingWrite(step, w, options));
      }
      steps.add(step);
    }
  }

  private record PendingWrite(Step.WriteOutput step, Ast.Write write, Map<String, Value> options) {}

  /** Gives each write with options its selection, now that the corrections of its estimate are known. */
  private void finishWrites() {
    for (PendingWrite p : pendingWrites) {
      Step.WriteOutput w = p.step();
      Step.Estimate est = estimates.get(w.target());
      Step.CombineResults fn = combined.get(w.target());
      if (fn != null) {
        List<String> itsMaps = ((ResultFunctionDef) cx.registry.find(fn.function())).outputs().of(fn.params());
        Step.Selection selection = writes.selectionOfCombined(p.write(), p.options(), w.target(), itsMaps);
        if (selection != null) {
          steps.set(steps.indexOf(w), new Step.WriteOutput(w.name(), w.target(), w.directory(), selection, w.origin()));
        }
        continue;
      }
      if (est == null) {
        continue; // the estimate's declaration had an error, already reported
      }
      List<Step.Correct> itsCorrections = new ArrayList<>();
      for (Step s : steps) {
        if (s instanceof Step.Correct c && c.target().equals(w.target())) {
          itsCorrections.add(c);
        }
      }
      Step.Selection selection = writes.selection(p.write(), p.options(), est, itsCorrections);
      if (selection != null) {
        steps.set(steps.indexOf(w), new Step.WriteOutput(w.name(), w.target(), w.directory(), selection, w.origin()));
      }
    }
  }

  /** Resolves a reference to a declared name of one of the given kinds; reports and returns null otherwise. */
  Symbol reference(Ast.Ref r, Symbol.Kind... kinds) {
    return Names.resolve(cx, r, declaredLater, kinds);
  }

  private Path resolve(Ast.StringLit path) {
    return Folders.resolve(path.span(), path.value(), baseDir);
  }

  private boolean requireFile(Path p, Ast.StringLit at) {
    if (Files.isRegularFile(p)) {
      return true;
    }
    cx.report(FileProblems.fileNotFound(at.span(), at.value(), p));
    return false;
  }

  /**
   * Each estimate's maps go to its `write` folder, else to a folder named after it; two estimates
   * must not share one (a `write` folder named like another estimate is the usual way).
   */
  private void reportFolderClashes() {
    Map<String, String> redirected = new HashMap<>();
    for (Step s : steps) {
      if (s instanceof Step.WriteOutput w) {
        redirected.put(w.target(), w.directory());
      }
    }
    Map<String, String> ownerOf = new HashMap<>();
    List<String> results = new ArrayList<>(estimates.keySet());
    results.addAll(combined.keySet());
    for (String estimate : results) {
      String folder = redirected.getOrDefault(estimate, estimate);
      String other = ownerOf.putIfAbsent(folder, estimate);
      if (other != null) {
        Span at = outputDirectories.containsKey(folder) ? outputDirectories.get(folder) : cx.spanOfStep(estimate);
        cx.report(ResultProblems.sharedFolder(at, other, estimate, folder));
      }
    }
  }

  private void reportUnused() {
    for (Symbol s : cx.symbols().values()) {
      boolean input = s.kind() == Symbol.Kind.DATASET || s.kind() == Symbol.Kind.KERNEL
          || s.kind() == Symbol.Kind.PARAM;
      // A shared protocol declares more than each script uses: only this script's own count.
      boolean own = s.span().file() == script.file();
      if (input && own && !cx.isUsed(s.name())) {
        cx.report(NameProblems.unused(s));
      }
    }
  }
}
