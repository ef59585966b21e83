package org.nimeta.compile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nimeta.lang.Ast;
import org.nimeta.lang.Diagnostic;
import org.nimeta.lang.ErrorCode;
import org.nimeta.lang.Span;
import org.nimeta.registry.Definition;
import org.nimeta.registry.OldSpellings;
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
    List<Ast.Argument> kernelArguments = new ArrayList<>();
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
      OldSpellings.Param renamed = spec == null ? OldSpellings.param(n, def.params()) : null;
      if (renamed != null) {
        cx.report(Diagnostic.warning(ErrorCode.OLD_SPELLING, a.name().span(),
                "`" + n + "` is " + renamed.why() + ".")
            .withHelp("Write `" + renamed.current() + " = " + a.value().span().text() + "`."));
        n = renamed.current();
        spec = def.param(n);
      } else if (spec == null && n.startsWith(OldSpellings.KERNEL_ARGUMENT_PREFIX) && kernelParam(def) != null) {
        kernelArguments.add(a);
        continue;
      }
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
    Ast.Call oldKernel = kernelArguments.isEmpty() ? null : oldStyleKernel(def, kernelArguments, named);
    ok &= kernelArguments.isEmpty() || oldKernel != null;
    Ast.Expr kernel = null;
    for (ParamSpec spec : def.params()) {
      Ast.Argument given = named.get(spec.name());
      if (spec.type() instanceof ParamType.Kernel) {
        kernel = given == null ? oldKernel : given.value();
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

  private static ParamSpec kernelParam(Definition def) {
    return def.params().stream().filter(p -> p.type() instanceof ParamType.Kernel).findFirst().orElse(null);
  }

  /**
   * NiMARE's {@code ALE(kernel__fwhm=10)}: the {@code kernel__} arguments become a call of the
   * estimator's default kernel, {@code ALEKernel(fwhm = 10mm)}, checked like one written out; a
   * warning shows that spelling. Null (after an error) when a {@code kernel} is given as well.
   */
  private Ast.Call oldStyleKernel(Definition def, List<Ast.Argument> given, Map<String, Ast.Argument> named) {
    ParamSpec spec = kernelParam(def);
    String type = ((ParamType.Kernel) spec.type()).allowed().get(0);
    Ast.Argument explicit = named.get(spec.name());
    if (explicit != null) {
      cx.report(Diagnostic.error(ErrorCode.INCOMPATIBLE, given.get(0).span(),
              "`" + given.get(0).name().text() + "` sets a kernel parameter, but the kernel is given as well.")
          .withRelated(explicit.span(), "the kernel is given here")
          .withHelp("Put the parameter inside the kernel's call, e.g. `" + spec.name() + " = " + type + "("
              + given.get(0).name().text().substring(OldSpellings.KERNEL_ARGUMENT_PREFIX.length()) + " = "
              + given.get(0).value().span().text() + ")`."));
      return null;
    }
    List<Ast.Argument> arguments = new ArrayList<>();
    for (Ast.Argument a : given) {
      String name = a.name().text().substring(OldSpellings.KERNEL_ARGUMENT_PREFIX.length());
      arguments.add(new Ast.Argument(new Ast.Name(name, a.name().span()), a.value(), a.span()));
    }
    Span all = given.get(0).span().to(given.get(given.size() - 1).span());
    String written = spec.name() + " = " + type + "(" + String.join(", ", arguments.stream()
        .map(a -> a.name().text() + " = " + a.value().span().text()).toList()) + ")";
    cx.report(Diagnostic.warning(ErrorCode.OLD_SPELLING, all,
            "`" + given.get(0).name().text() + "` is NiMARE's older way to set a parameter of the kernel.")
        .withHelp("Write `" + written + "`."));
    return new Ast.Call(new Ast.Name(type, given.get(0).name().span()), arguments, all);
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
