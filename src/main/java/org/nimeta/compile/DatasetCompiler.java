package org.nimeta.compile;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.nimeta.data.ImageTableReader;
import org.nimeta.lang.Ast;
import org.nimeta.lang.Diagnostic;
import org.nimeta.lang.Span;
import org.nimeta.registry.DatasetFunctionDef;
import org.nimeta.registry.DatasetFunctions;
import org.nimeta.registry.Value;

/**
 * Dataset expressions → plan steps: {@code load(...)}, references, {@code where} selections and
 * the set operators {@code +}, {@code -}, {@code &}. Nested expressions become anonymous steps
 * named {@code <declared name>#<n>}.
 */
final class DatasetCompiler {
  private final CompileContext cx;
  /** {@code load} and {@code simulate} as the registry describes them: their parameters and words. */
  private final DatasetFunctionDef loadDef;
  private final DatasetFunctionDef simulateDef;
  private final ValueChecker values;
  private final CallChecker calls;
  private final ConditionCompiler conditions;
  private final Path baseDir;
  /** Declared dataset name → the step that produces it (an alias points at its source's step). */
  private final Map<String, String> stepOf = new HashMap<>();
  private final Map<String, Integer> anonymousCount = new HashMap<>();
  private final TransformCompiler transforms;

  DatasetCompiler(CompileContext cx, ValueChecker values, CallChecker calls, ConditionCompiler conditions,
      Path baseDir) {
    this.cx = cx;
    this.calls = calls;
    this.values = values;
    this.conditions = conditions;
    this.baseDir = baseDir;
    this.transforms = new TransformCompiler(cx, calls);
    this.loadDef = (DatasetFunctionDef) cx.registry.find(DatasetFunctions.LOAD);
    this.simulateDef = (DatasetFunctionDef) cx.registry.find(DatasetFunctions.SIMULATE);
  }

  /**
   * The steps of one dataset expression, in the order they run.
   *
   * @param step the name of the step that makes the dataset (an earlier one for a bare name), or
   *             null after an error
   */
  record Built(String step, List<Step> steps) {}

  /** {@code dataset name = e}. */
  Built declare(String name, Ast.Expr e, Span span) {
    List<Step> out = new ArrayList<>();
    String step = build(e, name, name, span, out);
    if (step != null) {
      stepOf.put(name, step);
    }
    return new Built(step, List.copyOf(out));
  }

  /** A dataset argument of an estimator: a declared name or an inline dataset expression. */
  Built operand(Ast.Expr e, String estimateName) {
    List<Step> out = new ArrayList<>();
    String step = build(e, null, estimateName, e.span(), out);
    return new Built(step, List.copyOf(out));
  }

  /**
   * Builds the steps for {@code e} into {@code out} and returns the name of the step producing it, or null.
   *
   * @param name  the step's name, or null for an intermediate step (named after {@code owner})
   * @param owner the declaration this expression belongs to
   */
  private String build(Ast.Expr e, String name, String owner, Span span, List<Step> out) {
    if (e instanceof Ast.Ref r) {
      Symbol s = Names.resolve(cx, r, Symbol.Kind.DATASET);
      return s == null ? null : stepOf.get(s.name());
    }
    if (e instanceof Ast.Call c && c.callee().text().equals(DatasetFunctions.SIMULATE)) {
      return add(simulate(c, name != null ? name : fresh(owner), span), out);
    }
    if (e instanceof Ast.Call c && c.callee().text().equals(DatasetFunctions.LOAD)) {
      return add(load(c, name != null ? name : fresh(owner), span), out);
    }
    if (e instanceof Ast.Call c && c.callee().text().equals(DatasetFunctions.TRANSFORM)) {
      String step = name != null ? name : fresh(owner);
      return add(transforms.compile(c, step, source -> build(source, null, owner, source.span(), out)), out);
    }
    if (e instanceof Ast.Where w) {
      String source = build(w.source(), null, owner, w.source().span(), out);
      Condition cond = conditions.compile(w.condition());
      if (source == null || cond == null) {
        return null;
      }
      String step = name != null ? name : fresh(owner);
      cx.stepAt(step, w.span());
      return add(new Step.SelectDataset(step, source, cond, span), out);
    }
    if (e instanceof Ast.Binary b && DatasetOperator.of(b.op()) != null) {
      String left = build(b.left(), null, owner, b.left().span(), out);
      String right = build(b.right(), null, owner, b.right().span(), out);
      if (left == null || right == null) {
        return null;
      }
      String step = name != null ? name : fresh(owner);
      cx.stepAt(step, b.span());
      return add(new Step.CombineDatasets(step, DatasetOperator.of(b.op()), left, right, span), out);
    }
    if (e instanceof Ast.Call c) {
      cx.report(DatasetProblems.notADatasetFunction(c.callee().span(), c.callee().text()));
      return null;
    }
    cx.report(DatasetProblems.notADataset(e.span(), values.describe(e)));
    return null;
  }

  /** Appends {@code step} (null after an error) and returns its name. */
  private static String add(Step step, List<Step> out) {
    if (step == null) {
      return null;
    }
    out.add(step);
    return step.name();
  }

  /** A name for an intermediate step: {@code owner#1}, {@code owner#2}, … */
  private String fresh(String owner) {
    return owner + "#" + anonymousCount.merge(owner, 1, Integer::sum);
  }

  /** {@code simulate(n_studies = N, foci = F, sample_size = S, seed = X)}, after NiMARE's create_coordinate_dataset. */
  private Step simulate(Ast.Call c, String name, Span span) {
    CallChecker.Checked checked = calls.check(c, simulateDef, 0, DatasetCallWordings.SIMULATE);
    if (!checked.ok()) {
      return null;
    }
    Map<String, Value> given = checked.params();
    cx.stepAt(name, c.span());
    Diagnostic memory = SimulationMemory.problem(c.span(), DatasetFunctions.N_STUDIES.of(given),
        DatasetFunctions.FOCI.of(given), Runtime.getRuntime().maxMemory());
    if (memory != null) {
      cx.report(memory);
      return null;
    }
    return new Step.SimulateDataset(name, DatasetFunctions.N_STUDIES.of(given), DatasetFunctions.FOCI.of(given),
        DatasetFunctions.SAMPLE_SIZE.of(given), DatasetFunctions.SEED.of(given), span);
  }

  /**
   * {@code load("file", format = ..., ...)}: the arguments are matched like any call's; the values
   * are files and words of their own (a path is checked on disk, {@code TAL} suggests {@code talairach}).
   */
  private Step load(Ast.Call c, String name, Span span) {
    CallChecker.Matched m = calls.match(c, loadDef, 1, DatasetCallWordings.LOAD);
    List<Path> files = new ArrayList<>();
    boolean ok = m.ok() && !m.positional().isEmpty();
    if (!m.positional().isEmpty()) {
      ok &= paths(m.positional().get(0).value(), files);
    }
    String format = null;
    String space = null;
    Path annotation = null;
    Path base = null;
    for (Map.Entry<String, Ast.Argument> e : m.named().entrySet()) {
      Ast.Argument a = e.getValue();
      switch (e.getKey()) {
        case "format" -> {
          format = choice(a, "format", loadDef.choiceWords("format"));
          ok &= format != null;
        }
        case "space" -> {
          space = choice(a, "space", loadDef.choiceWords("space"));
          ok &= space != null;
        }
        case "annotation" -> {
          annotation = existingFile(a, "annotation");
          ok &= annotation != null;
        }
        case "base" -> {
          base = existingDirectory(a, "base");
          ok &= base != null;
        }
        case DatasetFunctions.SHA256 -> { } // read once the files are known: one hash per file
        default -> throw new IllegalStateException("`load` has a parameter `" + e.getKey() + "` nobody reads");
      }
    }
    // A `--param` that replaces the path replaces the pin: the hash was of the file the script names.
    Ast.Argument pinned = pathFromOverride(m.positional()) ? null : m.named().get(DatasetFunctions.SHA256);
    Step.LoadDataset.Pins pins = ok ? LoadPins.read(cx, c, pinned, files.size()) : null;
    if (pins == null) {
      return null;
    }
    Ast.Argument annotationArg = m.named().get("annotation");
    if (files.size() > 1 && format != null && !format.equals("sleuth")) {
      cx.report(DatasetProblems.severalOnlySleuth(c.span()));
      return null;
    }
    if (space != null && "images".equals(format)) {
      cx.report(DatasetProblems.spaceOfImageTable(c.span(), space));
      return null;
    }
    if (annotationArg != null && format != null && !format.equals("nimads")) {
      cx.report(DatasetProblems.annotationNeedsNimads(annotationArg.span(), format));
      return null;
    }
    cx.stepAt(name, c.span());
    cx.loadCallAt(name, c);
    return new Step.LoadDataset(name, files, format, base, span, space, annotation, List.of(), pins);
  }

  /** Whether a path of the load comes from a param that {@code --param} overrides. */
  private boolean pathFromOverride(List<Ast.Argument> positional) {
    if (positional.isEmpty()) {
      return false;
    }
    Ast.Expr e = positional.get(0).value();
    List<Ast.Expr> items = e instanceof Ast.ListExpr l ? l.elements() : List.of(e);
    return items.stream().anyMatch(i -> i instanceof Ast.Ref r && cx.override(r.name().text()) != null);
  }

  /** The word of a choice argument ({@code format = nimads}), or null after reporting a wrong one. */
  private String choice(Ast.Argument a, String parameter, List<String> choices) {
    if (a.value() instanceof Ast.Ref r && choices.contains(r.name().text())) {
      return r.name().text();
    }
    String word = a.value() instanceof Ast.Ref r ? r.name().text() : null;
    Suggested hint = word == null ? null : Suggested.of(canonicalWord(word), choices);
    cx.report(DatasetProblems.loadUnknownWord(a.value().span(), parameter, choices, word, hint));
    return null;
  }

  /**
   * The word a user probably meant, lower case; the spellings of data files ({@code TAL}, {@code
   * MNI152}) lead to the space words.
   */
  private static String canonicalWord(String word) {
    String lower = word.toLowerCase(java.util.Locale.ROOT);
    return lower.startsWith("tal") ? "talairach" : lower.startsWith("mni") ? "mni" : lower;
  }

  /** A directory argument in quotes that exists, or null after reporting why not. */
  private Path existingDirectory(Ast.Argument a, String parameter) {
    if (!(a.value() instanceof Ast.StringLit s)) {
      cx.report(DatasetProblems.loadArgumentInQuotes(a.value().span(), parameter, "a directory"));
      return null;
    }
    if (!Folders.usable(cx, s, false)) {
      return null;
    }
    Path p = Folders.resolve(s.span(), s.value(), baseDir);
    if (!Files.isDirectory(p)) {
      cx.report(FileProblems.directoryNotFound(s.span(), s.value(), p));
      return null;
    }
    return p;
  }

  /** A file argument in quotes that exists, or null after reporting why not. */
  private Path existingFile(Ast.Argument a, String parameter) {
    if (!(a.value() instanceof Ast.StringLit s)) {
      cx.report(DatasetProblems.loadArgumentInQuotes(a.value().span(), parameter, "a file path"));
      return null;
    }
    if (!Folders.usable(cx, s, false)) {
      return null;
    }
    Path p = Folders.resolve(s.span(), s.value(), baseDir);
    if (!Files.isRegularFile(p)) {
      cx.report(FileProblems.noSuchFile(s.span(), s.value(), p));
      return null;
    }
    return p;
  }

  private boolean paths(Ast.Expr e, List<Path> out) {
    List<Ast.Expr> items = e instanceof Ast.ListExpr l ? l.elements() : List.of(e);
    if (items.isEmpty()) {
      cx.report(DatasetProblems.loadNeedsAFile(e.span()));
      return false;
    }
    boolean ok = true;
    for (Ast.Expr item : items) {
      Path p = item instanceof Ast.Ref r && cx.paramValue(r.name().text()) != null ? paramPath(r) : path(item);
      if (p == null) {
        ok = false;
        continue;
      }
      out.add(p);
    }
    return ok;
  }

  /** A path in quotes, relative to the folder of the file it is written in; null after reporting why not. */
  private Path path(Ast.Expr item) {
    if (!(item instanceof Ast.StringLit s)) {
      cx.report(DatasetProblems.pathNotInQuotes(item.span()));
      return null;
    }
    if (!Folders.usable(cx, s, false)) {
      return null;
    }
    Path p = Folders.resolve(s.span(), s.value(), baseDir);
    if (!Files.isRegularFile(p) && !ImageTableReader.isImageFolder(p)) {
      cx.report(FileProblems.fileNotFound(s.span(), s.value(), p));
      return null;
    }
    return p;
  }

  /**
   * A {@code param} holding a path in quotes ({@code load(studies)}): the declared path is relative
   * to the file declaring the param, as any path written there; a {@code --param} path is relative
   * to the working directory, as any path typed in a shell. Null after reporting why not.
   */
  private Path paramPath(Ast.Ref r) {
    String name = r.name().text();
    cx.markUsed(name);
    if (!(cx.paramValue(name) instanceof Value.Str str)) {
      cx.report(DatasetProblems.paramNotAPath(r.span(), name, cx.paramValue(name).show()));
      return null;
    }
    CompileContext.Override override = cx.override(name);
    String written = str.value();
    int control = Folders.controlCharacter(written);
    if (control >= 0) {
      cx.report(FileProblems.controlCharacterInPath(r.span(), written, control, false));
      return null;
    }
    Path folder = override != null ? Path.of("").toAbsolutePath() : Folders.of(cx.symbol(name).span(), baseDir);
    Path p = folder.resolve(written).toAbsolutePath().normalize();
    if (!Files.isRegularFile(p) && !ImageTableReader.isImageFolder(p)) {
      cx.report(DatasetProblems.paramFileNotFound(r.span(), name, written, override == null ? null : override.shown(), p));
      return null;
    }
    return p;
  }
}
