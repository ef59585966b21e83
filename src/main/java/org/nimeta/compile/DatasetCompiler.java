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
import org.nimeta.lang.ErrorCode;
import org.nimeta.lang.Span;
import org.nimeta.registry.DatasetFunctionDef;
import org.nimeta.registry.DatasetFunctions;
import org.nimeta.registry.ParamSpec;
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
  private final ConditionCompiler conditions;
  private final Path baseDir;
  private final List<Step> steps;
  /** Declared dataset name → the step that produces it (an alias points at its source's step). */
  private final Map<String, String> stepOf = new HashMap<>();
  /** Every name the script declares anywhere, to tell "declared later" from "unknown". */
  private final Map<String, Span> declaredAnywhere;
  private final Map<String, Integer> anonymousCount = new HashMap<>();
  private final TransformCompiler transforms;

  DatasetCompiler(CompileContext cx, ValueChecker values, ConditionCompiler conditions, Path baseDir,
      List<Step> steps, Map<String, Span> declaredAnywhere) {
    this.declaredAnywhere = declaredAnywhere;
    this.cx = cx;
    this.values = values;
    this.conditions = conditions;
    this.baseDir = baseDir;
    this.steps = steps;
    this.transforms = new TransformCompiler(cx, steps);
    this.loadDef = (DatasetFunctionDef) cx.registry.find(DatasetFunctions.LOAD);
    this.simulateDef = (DatasetFunctionDef) cx.registry.find(DatasetFunctions.SIMULATE);
  }

  void declare(String name, Ast.Expr e, Span span) {
    String step = build(e, name, name, span);
    if (step != null) {
      stepOf.put(name, step);
    }
  }

  /** A dataset argument of an estimator: a declared name or an inline dataset expression. */
  String operand(Ast.Expr e, String estimateName) {
    return build(e, null, estimateName, e.span());
  }

  /**
   * Builds the steps for {@code e} and returns the name of the step producing it, or null.
   *
   * @param name  the step's name, or null for an intermediate step (named after {@code owner})
   * @param owner the declaration this expression belongs to
   */
  private String build(Ast.Expr e, String name, String owner, Span span) {
    if (e instanceof Ast.Ref r) {
      Symbol s = Names.resolve(cx, r, declaredAnywhere, Symbol.Kind.DATASET);
      return s == null ? null : stepOf.get(s.name());
    }
    if (e instanceof Ast.Call c && c.callee().text().equals(DatasetFunctions.SIMULATE)) {
      return simulate(c, name != null ? name : fresh(owner), span);
    }
    if (e instanceof Ast.Call c && c.callee().text().equals(DatasetFunctions.LOAD)) {
      return load(c, name != null ? name : fresh(owner), span);
    }
    if (e instanceof Ast.Call c && c.callee().text().equals(DatasetFunctions.TRANSFORM)) {
      return transforms.compile(c, name != null ? name : fresh(owner), source -> build(source, null, owner, source.span()));
    }
    if (e instanceof Ast.Where w) {
      String source = build(w.source(), null, owner, w.source().span());
      Condition cond = conditions.compile(w.condition());
      if (source == null || cond == null) {
        return null;
      }
      String step = name != null ? name : fresh(owner);
      steps.add(new Step.SelectDataset(step, source, cond, span));
      cx.stepAt(step, w.span());
      return step;
    }
    if (e instanceof Ast.Binary b && DatasetOperator.of(b.op()) != null) {
      String left = build(b.left(), null, owner, b.left().span());
      String right = build(b.right(), null, owner, b.right().span());
      if (left == null || right == null) {
        return null;
      }
      String step = name != null ? name : fresh(owner);
      steps.add(new Step.CombineDatasets(step, DatasetOperator.of(b.op()), left, right, span));
      cx.stepAt(step, b.span());
      return step;
    }
    if (e instanceof Ast.Call c) {
      cx.report(Diagnostic.error(ErrorCode.UNKNOWN_FUNCTION, c.callee().span(),
              "`" + c.callee().text() + "(...)` does not make a dataset.")
          .withHelp("Datasets come from `load(\"file\")`, from another dataset with `where`, "
              + "or from `+`, `-`, `&` of two datasets."));
      return null;
    }
    cx.report(Diagnostic.error(ErrorCode.TYPE_MISMATCH, e.span(),
            "a dataset is needed here, but this is " + values.describe(e) + ".")
        .withHelp("Write `load(\"data/studies.json\")` or the name of a declared dataset."));
    return null;
  }

  /** A name for an intermediate step: {@code owner#1}, {@code owner#2}, … */
  private String fresh(String owner) {
    return owner + "#" + anonymousCount.merge(owner, 1, Integer::sum);
  }

  /** {@code simulate(n_studies = N, foci = F, sample_size = S, seed = X)}, after NiMARE's create_coordinate_dataset. */
  private String simulate(Ast.Call c, String name, Span span) {
    Map<String, Value> given = new HashMap<>();
    boolean ok = true;
    for (Ast.Argument a : c.arguments()) {
      ParamSpec spec = a.name() == null ? null : simulateDef.param(a.name().text());
      if (spec == null) {
        List<String> known = simulateDef.paramNames();
        String hint = a.name() == null ? null : Suggestions.didYouMean(a.name().text(), known);
        cx.report(Diagnostic.error(ErrorCode.UNKNOWN_ARGUMENT, a.span(),
                a.name() == null ? "`simulate` takes only named arguments." : "`simulate` has no parameter `" + a.name().text() + "`.")
            .withHelp(hint != null ? hint : "Write `simulate(n_studies = 100, foci = 10, sample_size = 20, seed = 1)`."));
        ok = false;
        continue;
      }
      Value v = values.check("simulate", spec, a.value());
      ok &= v != null;
      given.put(spec.name(), v);
    }
    for (ParamSpec spec : simulateDef.params()) {
      if (!given.containsKey(spec.name())) {
        if (spec.required()) {
          cx.report(Diagnostic.error(ErrorCode.MISSING_ARGUMENT, c.span(), "`simulate` needs `" + spec.name() + "`.")
              .withHelp("Write `simulate(n_studies = 100, foci = 10, sample_size = 20, seed = 1)`."));
          ok = false;
        } else {
          given.put(spec.name(), spec.defaultValue());
        }
      }
    }
    if (!ok) {
      return null;
    }
    steps.add(new Step.SimulateDataset(name, whole(given, "n_studies"), whole(given, "foci"),
        whole(given, "sample_size"), (long) ((Value.Num) given.get("seed")).value(), span));
    cx.stepAt(name, c.span());
    return name;
  }

  private static int whole(Map<String, Value> values, String name) {
    return (int) ((Value.Num) values.get(name)).value();
  }

  private String load(Ast.Call c, String name, Span span) {
    List<Path> files = new ArrayList<>();
    String format = null;
    String space = null;
    Path annotation = null;
    Ast.Argument annotationArg = null;
    Path base = null;
    boolean ok = true;
    int positional = 0;
    for (Ast.Argument a : c.arguments()) {
      if (a.name() == null) {
        if (positional++ > 0) {
          cx.report(Diagnostic.error(ErrorCode.TOO_MANY_ARGUMENTS, a.span(),
                  "`load` takes one path (or a list of paths) before its named arguments.")
              .withHelp("Load several Sleuth files with `load([\"a.txt\", \"b.txt\"])`."));
          ok = false;
          continue;
        }
        ok &= paths(a.value(), files);
        continue;
      }
      switch (a.name().text()) {
        case "format" -> {
          format = choice(a, "format", loadDef.choiceWords("format"));
          ok &= format != null;
        }
        case "space" -> {
          space = choice(a, "space", loadDef.choiceWords("space"));
          ok &= space != null;
        }
        case "annotation" -> {
          annotationArg = a;
          annotation = existingFile(a, "annotation");
          ok &= annotation != null;
        }
        case "base" -> {
          if (a.value() instanceof Ast.StringLit s) {
            base = Folders.resolve(s.span(), s.value(), baseDir);
            if (!Files.isDirectory(base)) {
              cx.report(Diagnostic.error(ErrorCode.FILE_NOT_FOUND, s.span(),
                  "directory `" + s.value() + "` does not exist.")
                  .withHelp("Paths are relative to the folder of the script that names them: this one is `" + base + "`."));
              ok = false;
            }
          } else {
            cx.report(Diagnostic.error(ErrorCode.TYPE_MISMATCH, a.value().span(),
                "`base` of `load` is a directory in quotes."));
            ok = false;
          }
        }
        default -> {
          Diagnostic d = Diagnostic.error(ErrorCode.UNKNOWN_ARGUMENT, a.name().span(),
              "`load` has no parameter `" + a.name().text() + "`.");
          String hint = Suggestions.didYouMean(a.name().text(), loadDef.paramNames());
          cx.report(d.withHelp(hint != null ? hint : "Its parameters are " + codeList(loadDef.paramNames()) + "."));
          ok = false;
        }
      }
    }
    if (positional == 0) {
      cx.report(Diagnostic.error(ErrorCode.MISSING_ARGUMENT, c.span(), "`load` needs the path of a data file.")
          .withHelp("Write `load(\"data/studies.json\")`; paths are relative to the script's folder."));
      return null;
    }
    if (!ok) {
      return null;
    }
    if (files.size() > 1 && format != null && !format.equals("sleuth")) {
      cx.report(Diagnostic.error(ErrorCode.INCOMPATIBLE, c.span(),
          "only Sleuth text files can be loaded several at once."));
      return null;
    }
    if (space != null && "images".equals(format)) {
      cx.report(Diagnostic.error(ErrorCode.INCOMPATIBLE, c.span(),
              "`space` gives the space of coordinates, but an image table has none.")
          .withHelp("Remove `space = " + space + "`; images are resampled to the analysis space."));
      return null;
    }
    if (annotationArg != null && format != null && !format.equals("nimads")) {
      cx.report(Diagnostic.error(ErrorCode.INCOMPATIBLE, annotationArg.span(),
              "an `annotation` goes with a NIMADS studyset, not with `format = " + format + "`.")
          .withHelp("Write `load(\"studyset.json\", format = nimads, annotation = \"annotation.json\")`."));
      return null;
    }
    steps.add(new Step.LoadDataset(name, files, format, base, span, space, annotation, List.of()));
    cx.stepAt(name, c.span());
    return name;
  }

  /** {@code `a`, `b` and `c`}. */
  private static String codeList(List<String> names) {
    List<String> quoted = names.stream().map(n -> "`" + n + "`").toList();
    return String.join(", ", quoted.subList(0, quoted.size() - 1)) + " and " + quoted.get(quoted.size() - 1);
  }

  /** The word of a choice argument ({@code format = nimads}), or null after reporting a wrong one. */
  private String choice(Ast.Argument a, String parameter, List<String> choices) {
    if (a.value() instanceof Ast.Ref r && choices.contains(r.name().text())) {
      return r.name().text();
    }
    String word = a.value() instanceof Ast.Ref r ? r.name().text() : null;
    Diagnostic d = Diagnostic.error(ErrorCode.UNKNOWN_CHOICE, a.value().span(),
        "`" + parameter + "` of `load` must be one of " + String.join(", ", choices.stream().map(f -> "`" + f + "`").toList())
            + (word == null ? "." : ", not `" + word + "`."));
    String hint = word == null ? null : Suggestions.didYouMean(canonicalWord(word), choices);
    cx.report(d.withHelp(hint));
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

  /** A file argument in quotes that exists, or null after reporting why not. */
  private Path existingFile(Ast.Argument a, String parameter) {
    if (!(a.value() instanceof Ast.StringLit s)) {
      cx.report(Diagnostic.error(ErrorCode.TYPE_MISMATCH, a.value().span(),
          "`" + parameter + "` of `load` is a file path in quotes."));
      return null;
    }
    Path p = Folders.resolve(s.span(), s.value(), baseDir);
    if (!Files.isRegularFile(p)) {
      cx.report(Diagnostic.error(ErrorCode.FILE_NOT_FOUND, s.span(), "file `" + s.value() + "` does not exist.")
          .withHelp("Paths are relative to the folder of the script that names them: this one is `" + p + "`."));
      return null;
    }
    return p;
  }

  private boolean paths(Ast.Expr e, List<Path> out) {
    List<Ast.Expr> items = e instanceof Ast.ListExpr l ? l.elements() : List.of(e);
    if (items.isEmpty()) {
      cx.report(Diagnostic.error(ErrorCode.MISSING_ARGUMENT, e.span(), "`load` needs at least one file."));
      return false;
    }
    boolean ok = true;
    for (Ast.Expr item : items) {
      if (!(item instanceof Ast.StringLit s)) {
        cx.report(Diagnostic.error(ErrorCode.TYPE_MISMATCH, item.span(),
            "a file path is written in quotes, e.g. `load(\"data/studies.json\")`."));
        ok = false;
        continue;
      }
      Path p = Folders.resolve(s.span(), s.value(), baseDir);
      if (!Files.isRegularFile(p) && !ImageTableReader.isImageFolder(p)) {
        cx.report(Diagnostic.error(ErrorCode.FILE_NOT_FOUND, s.span(),
                "file `" + s.value() + "` does not exist" + (Files.isDirectory(p) ? " (it is a directory)" : "") + ".")
            .withHelp("Paths are relative to the folder of the script that names them: this one is `" + p + "`."));
        ok = false;
        continue;
      }
      out.add(p);
    }
    return ok;
  }
}
