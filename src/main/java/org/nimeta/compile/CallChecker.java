package org.nimeta.compile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nimeta.lang.Ast;
import org.nimeta.lang.Diagnostic;
import org.nimeta.lang.Span;
import org.nimeta.registry.Definition;
import org.nimeta.registry.OldSpellings;
import org.nimeta.registry.ParamSpec;
import org.nimeta.registry.ParamType;
import org.nimeta.registry.Value;

/**
 * Matches a call's arguments to a definition's parameters: positional arguments first (the
 * datasets of an estimator), then named ones. Unknown, duplicate and missing arguments are
 * reported; every parameter not given gets its default, except those the chosen words do not use.
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

  /**
   * A call's arguments matched to the callee's parameters, before any value is checked.
   *
   * @param positional      the unnamed arguments taken, in order
   * @param named           the named arguments by parameter name (NiMARE's older names renamed)
   * @param kernelArguments NiMARE's {@code kernel__x = ...} arguments, for the kernel
   * @param ok              false after an error
   */
  record Matched(List<Ast.Argument> positional, Map<String, Ast.Argument> named, List<Ast.Argument> kernelArguments,
      boolean ok) {}

  Checked check(Ast.Call call, Definition def, int positionalCount, String positionalWord) {
    return check(call, def, positionalCount, CallWording.of(positionalWord));
  }

  /**
   * Matches the arguments to the parameters: unnamed ones first, at most {@code positionalCount}
   * of them, then named ones, each a parameter of {@code def} given once. Reports what does not
   * fit in {@code wording}'s words.
   */
  Matched match(Ast.Call call, Definition def, int positionalCount, CallWording wording) {
    boolean ok = true;
    List<Ast.Argument> positional = new ArrayList<>();
    Map<String, Ast.Argument> named = new LinkedHashMap<>();
    List<Ast.Argument> kernelArguments = new ArrayList<>();
    for (Ast.Argument a : call.arguments()) {
      if (a.name() == null) {
        Diagnostic afterNamed = named.isEmpty() ? null : wording.positionalAfterNamed(a, def.name());
        if (afterNamed != null) {
          cx.report(afterNamed);
          ok = false;
        } else if (positional.size() >= positionalCount) {
          cx.report(wording.tooManyPositional(a, def.name(), positionalCount));
          ok = false;
        } else {
          positional.add(a);
        }
        continue;
      }
      String n = a.name().text();
      ParamSpec spec = def.param(n);
      OldSpellings.Param renamed = spec == null ? OldSpellings.param(n, def.params()) : null;
      if (renamed != null) {
        cx.report(CallProblems.oldParameterSpelling(a.name().span(), n, renamed, a.value().span().text()));
        n = renamed.current();
        spec = def.param(n);
      } else if (spec == null && n.startsWith(OldSpellings.KERNEL_ARGUMENT_PREFIX) && kernelParam(def) != null) {
        kernelArguments.add(a);
        continue;
      }
      if (spec == null) {
        cx.report(wording.unknownParameter(a, def.name(), def.params().stream().map(ParamSpec::name).toList()));
        ok = false;
        continue;
      }
      Ast.Argument previous = named.put(n, a);
      if (previous != null) {
        cx.report(CallProblems.givenTwice(a.span(), n, "`" + def.name() + "(...)`", previous.span()));
        ok = false;
      }
    }
    if (positional.size() < positionalCount) {
      cx.report(wording.missingPositional(call, def.name(), positionalCount, positional.size()));
      ok = false;
    }
    return new Matched(List.copyOf(positional), named, List.copyOf(kernelArguments), ok);
  }

  /** Matches the arguments ({@link #match}), then checks each parameter's value and fills in the defaults. */
  Checked check(Ast.Call call, Definition def, int positionalCount, CallWording wording) {
    Matched m = match(call, def, positionalCount, wording);
    boolean ok = m.ok();
    List<Ast.Expr> positional = m.positional().stream().map(Ast.Argument::value).toList();
    Map<String, Ast.Argument> named = m.named();
    List<Ast.Argument> kernelArguments = m.kernelArguments();
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
          cx.report(wording.missingParameter(call, def.name(), spec));
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
    dropUnused(def, params, named);
    return new Checked(positional, params, kernel, datasetParams, ok);
  }

  /**
   * Leaves out the parameters the chosen words do not use ({@code n_iters} under {@code null_method
   * = approximate}), so the plan, plan.json and provenance show only what the method reads; one the
   * call gives is a warning at its argument.
   */
  private void dropUnused(Definition def, Map<String, Value> params, Map<String, Ast.Argument> named) {
    for (ParamSpec spec : def.params()) {
      ParamSpec.OnlyWith only = spec.onlyWith();
      // An erroneous choice is already reported; do not guess what it would have used.
      if (only == null || !(params.get(only.param()) instanceof Value.Choice chosen) || only.holdsIn(params)) {
        continue;
      }
      params.remove(spec.name());
      Ast.Argument given = named.get(spec.name());
      if (given != null) {
        cx.report(CallProblems.notUsedWith(given.span(), def.name(), spec.name(), only.param() + " = " + chosen.word(),
            only.written()));
      }
    }
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
      cx.report(CallProblems.kernelArgumentWithKernel(given.get(0).span(), given.get(0).name().text(),
          explicit.span(), spec.name() + " = " + type + "("
              + given.get(0).name().text().substring(OldSpellings.KERNEL_ARGUMENT_PREFIX.length()) + " = "
              + given.get(0).value().span().text() + ")"));
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
    cx.report(CallProblems.oldKernelSpelling(all, given.get(0).name().text(), written));
    return new Ast.Call(new Ast.Name(type, given.get(0).name().span()), arguments, all);
  }
}
