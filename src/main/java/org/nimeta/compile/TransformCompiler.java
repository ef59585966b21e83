package org.nimeta.compile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.nimeta.engine.ibma.transform.MapType;
import org.nimeta.lang.Ast;
import org.nimeta.lang.Span;
import org.nimeta.registry.DatasetFunctionDef;
import org.nimeta.registry.DatasetFunctions;
import org.nimeta.registry.ParamType;
import org.nimeta.registry.Value;

/**
 * {@code transform(dataset, to = [z, varcope])} → a {@link Step.TransformImages}: NiMARE's
 * {@code ImageTransformer}, which adds to each experiment the listed image types it lacks but can
 * compute from its other images and its sample size. {@code to} takes one type or a list, written
 * as words, or a {@code param} holding them.
 */
final class TransformCompiler {
  private final CompileContext cx;
  private final CallChecker calls;
  private final DatasetFunctionDef def;
  /** The name of its parameter listing the image types to compute ({@code to}), as the registry declares it. */
  private final String to;
  private final CallWording wording;

  TransformCompiler(CompileContext cx, CallChecker calls) {
    this.cx = cx;
    this.calls = calls;
    this.def = (DatasetFunctionDef) cx.registry.find(DatasetFunctions.TRANSFORM);
    this.to = def.params().stream().filter(p -> p.type() instanceof ParamType.ChoiceList).findFirst()
        .orElseThrow().name();
    this.wording = DatasetCallWordings.transform(to);
  }

  /**
   * The step for {@code call}, or null after reporting errors.
   *
   * @param source builds the dataset argument (a name or a nested dataset expression) into its step
   */
  Step.TransformImages compile(Ast.Call call, String stepName, Function<Ast.Expr, String> source) {
    CallChecker.Matched m = calls.match(call, def, 1, wording);
    if (m.positional().isEmpty()) {
      return null;
    }
    String input = source.apply(m.positional().get(0).value());
    Ast.Argument given = m.named().get(to);
    if (given == null) {
      cx.report(DatasetProblems.transformNeedsTo(call.span(), to, targetList()));
      return null;
    }
    List<String> targets = targets(given.value());
    if (!m.ok() || input == null || targets == null) {
      return null;
    }
    cx.stepAt(stepName, call.span());
    return new Step.TransformImages(stepName, input, targets, call.span());
  }

  /** The target type names of {@code to}, or null after reporting errors. */
  private List<String> targets(Ast.Expr e) {
    Map<String, Span> seen = new LinkedHashMap<>();
    boolean ok = true;
    List<Ast.Expr> items = e instanceof Ast.ListExpr l ? l.elements() : List.of(e);
    if (items.isEmpty()) {
      cx.report(DatasetProblems.noImageType(e.span(), to, targetList()));
      return null;
    }
    for (Ast.Expr item : items) {
      for (String word : words(item)) {
        if (word == null) {
          ok = false;
        } else if (!isTarget(word, item.span())) {
          ok = false;
        } else {
          Span first = seen.putIfAbsent(word, item.span());
          if (first != null) {
            cx.report(DatasetProblems.listedTwice(item.span(), word, to, first));
            ok = false;
          }
        }
      }
    }
    return ok ? List.copyOf(seen.keySet()) : null;
  }

  /** The words an item of {@code to} stands for: itself, or a {@code param}'s word(s); null entries after an error. */
  private List<String> words(Ast.Expr item) {
    if (item instanceof Ast.Ref r) {
      Value v = cx.paramValue(r.name().text());
      if (v == null) {
        return List.of(r.name().text());
      }
      cx.markUsed(r.name().text());
      List<Value> values = v instanceof Value.Items items ? items.items() : List.of(v);
      List<String> words = new ArrayList<>();
      for (Value value : values) {
        if (value instanceof Value.Choice c) {
          words.add(c.word());
        } else {
          cx.report(DatasetProblems.paramNotImageTypes(item.span(), to, r.name().text(), v.show()));
          words.add(null);
        }
      }
      return words;
    }
    if (item instanceof Ast.StringLit s) {
      cx.report(DatasetProblems.imageTypeInQuotes(item.span(), s.value()));
    } else {
      cx.report(DatasetProblems.notImageTypes(item.span(), to, targetList()));
    }
    return java.util.Collections.singletonList(null);
  }

  private boolean isTarget(String word, Span at) {
    MapType type = MapType.named(word).orElse(null);
    if (type != null && MapType.TARGETS.contains(type)) {
      return true;
    }
    List<String> targets = MapType.TARGETS.stream().map(MapType::nimareName).toList();
    Suggested hint = type == null ? Suggested.of(word, targets) : null;
    cx.report(DatasetProblems.notATarget(at, word, type != null, targetList(), hint));
    return false;
  }

  private static String targetList() {
    return String.join(", ", MapType.TARGETS.stream().map(t -> "`" + t.nimareName() + "`").toList());
  }
}
