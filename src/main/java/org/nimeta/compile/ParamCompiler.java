package org.nimeta.compile;

import java.util.ArrayList;
import java.util.List;
import org.nimeta.lang.Ast;
import org.nimeta.lang.Parser;
import org.nimeta.lang.SourceFile;
import org.nimeta.registry.Value;

/**
 * {@code param} declarations and their {@code --param name=value} overrides. An override is parsed
 * with the same grammar as the script and must be the same kind of value as the declaration.
 */
final class ParamCompiler {
  private final CompileContext cx;
  private final ValueChecker values;
  private final Compiler.Options options;
  private final List<Plan.ParamBinding> bindings = new ArrayList<>();

  ParamCompiler(CompileContext cx, ValueChecker values, Compiler.Options options) {
    this.cx = cx;
    this.values = values;
    this.options = options;
  }

  /** Every param with its final value, in declaration order. */
  List<Plan.ParamBinding> bindings() {
    return List.copyOf(bindings);
  }

  /** Gives a param (declared by the first pass) its value: the declared one, or its override. */
  void declare(Ast.Param p) {
    String name = p.name().text();
    Value declared = values.literal(p.value());
    if (declared == null) {
      return;
    }
    String override = options.paramOverrides().get(name);
    if (override == null) {
      cx.setParam(name, declared);
      bindings.add(new Plan.ParamBinding(name, declared, false));
      return;
    }
    Value overridden = overrideValue(name, override, declared, p);
    if (overridden != null) {
      cx.setOverride(new CompileContext.Override(name, override, declared));
    }
    // After a bad override keep the declared value, so uses of the param do not fail a second time.
    cx.setParam(name, overridden != null ? overridden : declared);
    bindings.add(new Plan.ParamBinding(name, overridden != null ? overridden : declared, overridden != null));
  }

  /** Parses {@code --param name=text} as the same kind of literal as the script's declaration. */
  private Value overrideValue(String name, String text, Value declared, Ast.Param p) {
    SourceFile cli = SourceFile.of("--param " + name, "param " + name + " = " + text);
    Parser.Result parsed = Parser.parse(cli);
    Value v = null;
    if (parsed.ok() && parsed.script().statements().size() == 1
        && parsed.script().statements().get(0) instanceof Ast.Param given) {
      CompileContext scratch = new CompileContext(cx.registry);
      v = new ValueChecker(scratch).literal(given.value());
      if (!scratch.diagnostics().isEmpty()) {
        v = null;
      }
    }
    if (declared instanceof Value.Str && !(v instanceof Value.Str)) {
      v = new Value.Str(text); // a string param takes the text as typed: `--param studies=other.json`
    }
    String kind = kindOf(declared);
    if (v == null || !kindOf(v).equals(kind)
        || (declared instanceof Value.Num dn && dn.integer() && !((Value.Num) v).integer())) {
      cx.report(ScriptProblems.badOverride(name, text, kind, declared instanceof Value.Num dn && dn.integer(),
          p.span(), declared));
      return null;
    }
    return v;
  }

  private static String kindOf(Value v) {
    if (v instanceof Value.Num) {
      return "a number";
    }
    if (v instanceof Value.Length) {
      return "a length";
    }
    if (v instanceof Value.Bool) {
      return "`true` or `false`";
    }
    if (v instanceof Value.Str) {
      return "a string";
    }
    if (v instanceof Value.Choice) {
      return "a word";
    }
    return v instanceof Value.Items ? "a list" : "nothing";
  }

  void reportUnknownOverrides() {
    List<String> declared = cx.names(Symbol.Kind.PARAM);
    for (String name : options.paramOverrides().keySet()) {
      if (!declared.contains(name)) {
        cx.report(ScriptProblems.unknownOverride(name, declared));
      }
    }
  }

}
