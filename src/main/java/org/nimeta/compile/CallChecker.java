package org.nimeta.compile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nimeta.lang.Ast;
import org.nimeta.lang.Diagnostic;
import org.nimeta.lang.ErrorCode;
import org.nimeta.registry.Definition;
import org.nimeta.registry.ParamSpec;
import org.nimeta.registry.ParamType;
import org.nimeta.registry.Value;

/**
 * Matches a call's arguments to a definition's parameters: positional arguments first (the
 * datasets of an estimator), then named ones. Unknown, duplicate and missing arguments are
 * reported; every parameter not given gets its default.
 */
final class CallChecker {
  private final CompileContext cx;
  private final ValueChecker values;

  CallChecker(CompileContext cx, ValueChecker values) {
    this.cx = cx;
    this.values = values;
  }

  /**
   * @param positional the checked call's leading unnamed arguments
   * @param params     every non-kernel parameter, defaults filled in (missing after an error)
   * @param kernel     the expression given for a kernel-typed parameter, or null
   */
  record Checked(List<Ast.Expr> positional, Map<String, Value> params, Ast.Expr kernel,
      Map<String, Ast.Expr> datasetParams, boolean ok) {}

  Checked check(Ast.Call call, Definition def, int positionalCount, String positionalWord) {
    boolean ok = true;
    List<Ast.Expr> positional = new ArrayList<>();
    Map<String, Ast.Argument> named = new LinkedHashMap<>();
    for (Ast.Argument a : call.arguments()) {
      if (a.name() == null) {
        if (!named.isEmpty()) {
          cx.report(Diagnostic.error(ErrorCode.SYNTAX, a.span(),
              "positional arguments must come before named ones in `" + def.name() + "(...)`."));
          ok = false;
        } else if (positional.size() >= positionalCount) {
          cx.report(tooMany(def, a, positionalCount, positionalWord));
          ok = false;
        } else {
          positional.add(a.value());
        }
        continue;
      }
      String n = a.name().text();
      ParamSpec spec = def.param(n);
      if (spec == null) {
        List<String> known = def.params().stream().map(ParamSpec::name).toList();
        Diagnostic d = Diagnostic.error(ErrorCode.UNKNOWN_ARGUMENT, a.name().span(),
            "`" + def.name() + "` has no parameter `" + n + "`.");
        String s = Suggestions.didYouMean(n, known);
        d = d.withHelp(s != null ? s : known.isEmpty() ? "`" + def.name() + "` takes no named parameters."
            : "Its parameters are " + String.join(", ", known.stream().map(k -> "`" + k + "`").toList()) + ".");
        cx.report(d);
        ok = false;
        continue;
      }
      Ast.Argument previous = named.put(n, a);
      if (previous != null) {
        cx.report(Diagnostic.error(ErrorCode.DUPLICATE_ARGUMENT, a.span(),
                "`" + n + "` is given twice in `" + def.name() + "(...)`.")
            .withRelated(previous.span(), "first given here"));
        ok = false;
      }
    }
    if (positional.size() < positionalCount) {
      cx.report(Diagnostic.error(ErrorCode.MISSING_ARGUMENT, call.span(),
              "`" + def.name() + "` needs " + count(positionalCount, positionalWord) + ", but "
                  + (positional.isEmpty() ? "none is" : count(positional.size(), positionalWord)
                  + (positional.size() == 1 ? " is" : " are")) + " given.")
          .withHelp(positionalWord.equals("result")
              ? "Write `" + def.name() + "(a, b, ...)` with two or more declared estimates or contrasts."
              : positionalCount == 2
              ? "Write `" + def.name() + "(group1, group2, ...)` with two declared datasets."
              : "Write `" + def.name() + "(dataset, ...)` with a declared dataset."));
      ok = false;
    }
    Map<String, Value> params = new LinkedHashMap<>();
    Map<String, Ast.Expr> datasetParams = new LinkedHashMap<>();
    Ast.Expr kernel = null;
    for (ParamSpec spec : def.params()) {
      Ast.Argument given = named.get(spec.name());
      if (spec.type() instanceof ParamType.Kernel) {
        kernel = given == null ? null : given.value();
        continue;
      }
      if (spec.type() instanceof ParamType.WordOrDataset w && given != null
          && !(given.value() instanceof Ast.Ref r && w.words().contains(r.name().text())
              && cx.symbol(r.name().text()) == null)) {
        datasetParams.put(spec.name(), given.value()); // compiled into a dataset step by the caller
        continue;
      }
      if (given == null) {
        if (spec.required()) {
          cx.report(Diagnostic.error(ErrorCode.MISSING_ARGUMENT, call.span(),
              "`" + def.name() + "` needs `" + spec.name() + "` (" + spec.type().describe() + ").")
              .withHelp("Add `" + spec.name() + " = ...` to the call."));
          ok = false;
        } else {
          params.put(spec.name(), spec.defaultValue());
        }
        continue;
      }
      Value v = values.check(def.name(), spec, given.value());
      if (v == null) {
        ok = false;
      } else {
        params.put(spec.name(), v);
      }
    }
    return new Checked(positional, params, kernel, datasetParams, ok);
  }

  private static Diagnostic tooMany(Definition def, Ast.Argument a, int max, String word) {
    String msg = max == 0
        ? "`" + def.name() + "` takes only named arguments (`name = value`)."
        : "`" + def.name() + "` takes " + count(max, word) + "; this one is extra.";
    Diagnostic d = Diagnostic.error(ErrorCode.TOO_MANY_ARGUMENTS, a.span(), msg);
    if (max == 1 && word.equals("dataset")) {
      d = d.withHelp("To compare two datasets use a contrast such as `ALESubtraction(a, b)`; "
          + "to pool them write `a + b`.");
    }
    return d;
  }

  private static String count(int n, String word) {
    return (n == 1 ? "one " : n == 2 ? "two " : n + " ") + word + (n == 1 ? "" : "s");
  }
}
