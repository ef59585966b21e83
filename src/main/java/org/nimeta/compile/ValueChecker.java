package org.nimeta.compile;

import java.util.ArrayList;
import java.util.List;
import org.nimeta.lang.Ast;
import org.nimeta.lang.Span;
import org.nimeta.registry.OldSpellings;
import org.nimeta.registry.ParamSpec;
import org.nimeta.registry.ParamType;
import org.nimeta.registry.Value;

/**
 * Checks one argument expression against a parameter's type and turns it into a {@link Value}.
 * A reference to a {@code param} is replaced by the param's value, then checked like a literal.
 */
final class ValueChecker {
  private final CompileContext cx;

  ValueChecker(CompileContext cx) {
    this.cx = cx;
  }

  /** The literal value of an expression with no expected type (used for {@code param} declarations). */
  Value literal(Ast.Expr e) {
    if (e instanceof Ast.NumberLit n) {
      return new Value.Num(n.value(), isIntegral(n));
    }
    if (e instanceof Ast.QuantityLit q) {
      return length(q, null);
    }
    if (e instanceof Ast.StringLit s) {
      return new Value.Str(s.value());
    }
    if (e instanceof Ast.BoolLit b) {
      return new Value.Bool(b.value());
    }
    if (e instanceof Ast.Ref r) {
      Value v = cx.paramValue(r.name().text());
      if (v != null) {
        cx.markUsed(r.name().text());
      }
      return v != null ? v : new Value.Choice(r.name().text());
    }
    if (e instanceof Ast.ListExpr l) {
      List<Value> items = new ArrayList<>();
      for (Ast.Expr item : l.elements()) {
        Value v = literal(item);
        if (v == null) {
          return null;
        }
        items.add(v);
      }
      return new Value.Items(items);
    }
    cx.report(ScriptProblems.paramNotPlain(e.span()));
    return null;
  }

  /** Checks {@code e} as an argument for {@code spec} of {@code callee}; null after reporting an error. */
  Value check(String callee, ParamSpec spec, Ast.Expr e) {
    Ast.Expr source = e;
    Value fromParam = null;
    if (e instanceof Ast.Ref r && cx.paramValue(r.name().text()) != null) {
      fromParam = cx.paramValue(r.name().text());
      cx.markUsed(r.name().text());
    }
    String what = "`" + spec.name() + "` of `" + callee + "`";
    ParamType type = spec.type();
    if (fromParam != null) {
      OldSpellings.Word renamed = fromParam instanceof Value.Choice ch ? OldSpellings.word(spec.name(), ch.word()) : null;
      if (renamed != null) {
        cx.report(ValueProblems.oldWord(source.span(), renamed, what));
        fromParam = new Value.Choice(renamed.current());
      }
      CompileContext.Override override = cx.override(((Ast.Ref) source).name().text());
      if (override == null) {
        return checkValue(what, spec, fromParam, source, null);
      }
      Value v = checkValue(what, spec, fromParam, source, override);
      // The override is reported; the declared value (checked quietly) stands in for it.
      return v != null ? v
          : new ValueChecker(new CompileContext(cx.registry)).checkValue(what, spec, override.declared(), source, null);
    }
    if (type instanceof ParamType.Number num) {
      return number(what, num, spec.javaLimit(), source);
    }
    if (type instanceof ParamType.Length) {
      return source instanceof Ast.QuantityLit q ? length(q, what) : mismatchLength(what, source);
    }
    if (type instanceof ParamType.Bool) {
      return source instanceof Ast.BoolLit bl ? new Value.Bool(bl.value()) : mismatch(what, type, source);
    }
    if (type instanceof ParamType.Text) {
      return source instanceof Ast.StringLit s ? new Value.Str(s.value()) : mismatch(what, type, source);
    }
    if (type instanceof ParamType.Choice c) {
      return choice(spec.name(), what, c, source);
    }
    if (type instanceof ParamType.TextList) {
      return textList(what, type, source);
    }
    if (type instanceof ParamType.WordOrDataset w) {
      return choice(spec.name(), what, new ParamType.Choice(w.words()), source);
    }
    if (type instanceof ParamType.ChoiceList c) {
      return choiceList(spec.name(), what, c, source);
    }
    throw new IllegalStateException("kernels are checked by the compiler, not as values");
  }

  /** A value that came from a {@code param} (or a command-line override) against the expected type. */
  Value checkValue(String what, ParamSpec spec, Value v, Ast.Expr at, CompileContext.Override override) {
    ParamType type = spec.type();
    boolean ok;
    if (type instanceof ParamType.Number num && v instanceof Value.Num n) {
      if (!num.accepts(n.value()) || !fitsJava(spec.javaLimit(), n.value())) {
        reportRange(at.span(), what, num, spec.javaLimit(), n, override);
        return null;
      }
      ok = true;
    } else if (type instanceof ParamType.Number) {
      ok = false;
    } else if (type instanceof ParamType.Length) {
      ok = v instanceof Value.Length l && l.mm() > 0;
    } else if (type instanceof ParamType.Bool) {
      ok = v instanceof Value.Bool;
    } else if (type instanceof ParamType.Text) {
      ok = v instanceof Value.Str;
    } else if (type instanceof ParamType.Choice c) {
      ok = v instanceof Value.Choice ch && c.words().contains(ch.word());
    } else if (type instanceof ParamType.TextList) {
      ok = v instanceof Value.Items items && items.items().stream().allMatch(i -> i instanceof Value.Str);
    } else if (type instanceof ParamType.ChoiceList c) {
      List<Value> words = v instanceof Value.Items items ? items.items() : List.of(v);
      ok = !words.isEmpty() && words.stream().allMatch(w -> w instanceof Value.Choice ch && c.words().contains(ch.word()))
          && words.stream().distinct().count() == words.size();
    } else {
      ok = false;
    }
    if (ok && type instanceof ParamType.ChoiceList && !(v instanceof Value.Items)) {
      return new Value.Items(List.of(v));
    }
    if (ok) {
      return v instanceof Value.Num n && type instanceof ParamType.Number num && num.integer()
          ? new Value.Num(n.value(), true) : v;
    }
    cx.report(type instanceof ParamType.Length && v instanceof Value.Num n
        ? ValueProblems.missingUnit(at.span(), what, v.show(), Value.formatNumber(n.value()) + "mm", true)
        : ValueProblems.wrongParamValue(at.span(), what, type.describe(), v.show()));
    return null;
  }

  /**
   * A param's number outside the range (E0304), or a fraction where a whole number is needed.
   * A param given by {@code --param} is named as such: the script's text is not where it was written.
   */
  private void reportRange(Span at, String what, ParamType.Number type, ParamSpec.JavaLimit limit, Value.Num n,
      CompileContext.Override override) {
    String shown = override != null ? override.text() : n.show();
    String from = override != null ? override.shown() : null;
    if (type.integer() && n.value() != Math.rint(n.value())) {
      cx.report(ValueProblems.wrongParamValue(at, what, type.describe(), shown));
    } else if (!type.accepts(n.value())) {
      cx.report(ValueProblems.paramOutOfRange(at, what, type.describe(), shown, from));
    } else {
      cx.report(ValueProblems.beyondJava(at, what, limit.largest(), limit.why(), shown, from));
    }
  }

  private static boolean fitsJava(ParamSpec.JavaLimit limit, double v) {
    return limit == null || limit.holds(v);
  }

  private Value number(String what, ParamType.Number type, ParamSpec.JavaLimit limit, Ast.Expr e) {
    if (e instanceof Ast.NumberLit n) {
      if (!type.accepts(n.value())) {
        cx.report(ValueProblems.badNumber(e.span(), what, type.describe(), n.text(),
            type.integer() && n.value() != Math.rint(n.value())));
        return null;
      }
      if (!fitsJava(limit, n.value())) {
        cx.report(ValueProblems.beyondJava(e.span(), what, limit.largest(), limit.why(), n.text(), null));
        return null;
      }
      return new Value.Num(n.value(), type.integer());
    }
    if (e instanceof Ast.QuantityLit q) {
      cx.report(ValueProblems.quantityNotNumber(e.span(), what, q.value(), q.unit()));
      return null;
    }
    return mismatch(what, type, e);
  }

  /** A length in mm from {@code 10mm} or {@code 1cm}; null after an error. */
  Value length(Ast.QuantityLit q, String what) {
    double mm = switch (q.unit()) {
      case "mm" -> q.value();
      case "cm" -> q.value() * 10;
      default -> Double.NaN;
    };
    if (Double.isNaN(mm)) {
      cx.report(ValueProblems.unknownUnit(q.span(), q.unit()));
      return null;
    }
    if (what != null && mm <= 0) {
      cx.report(ValueProblems.notPositiveLength(q.span(), what, q.text()));
      return null;
    }
    return new Value.Length(mm);
  }

  private Value mismatchLength(String what, Ast.Expr e) {
    if (e instanceof Ast.NumberLit n) {
      cx.report(ValueProblems.missingUnit(e.span(), what, n.text(), n.text() + "mm", false));
      return null;
    }
    return mismatch(what, new ParamType.Length(), e);
  }

  private Value choice(String param, String what, ParamType.Choice type, Ast.Expr e) {
    if (e instanceof Ast.Ref r) {
      String word = r.name().text();
      if (type.words().contains(word)) {
        return new Value.Choice(word);
      }
      OldSpellings.Word renamed = OldSpellings.word(param, word);
      if (renamed != null) {
        cx.report(ValueProblems.oldWord(e.span(), renamed, what));
        return new Value.Choice(renamed.current());
      }
      cx.report(ValueProblems.unknownWord(e.span(), what, type.describe(), word, type.words()));
      return null;
    }
    if (e instanceof Ast.StringLit s && type.words().contains(s.value())) {
      cx.report(ValueProblems.wordNotString(e.span(), what, s.value()));
      return null;
    }
    return mismatch(what, type, e);
  }

  /**
   * One word of a {@link ParamType.ChoiceList} or a list of them, each once: always a list
   * ({@link Value.Items} of {@link Value.Choice}), so readers need not tell one word from many.
   */
  private Value choiceList(String param, String what, ParamType.ChoiceList type, Ast.Expr e) {
    ParamType.Choice one = new ParamType.Choice(type.words());
    if (!(e instanceof Ast.ListExpr list)) {
      Value v = choice(param, what, one, e);
      return v == null ? null : new Value.Items(List.of(v));
    }
    if (list.elements().isEmpty()) {
      cx.report(ValueProblems.wrongType(e.span(), what, type.describe(), "an empty list"));
      return null;
    }
    List<Value> items = new ArrayList<>();
    java.util.Map<Value, Span> seen = new java.util.HashMap<>();
    for (Ast.Expr item : list.elements()) {
      Value v = choice(param, what, one, item);
      if (v == null) {
        return null;
      }
      Span first = seen.putIfAbsent(v, item.span());
      if (first != null) {
        cx.report(DatasetProblems.listedTwice(item.span(), v.show(), param, first));
        return null;
      }
      items.add(v);
    }
    return new Value.Items(items);
  }

  /** A list literal whose items are all strings. */
  private Value textList(String what, ParamType type, Ast.Expr e) {
    if (!(e instanceof Ast.ListExpr list)) {
      return mismatch(what, type, e);
    }
    List<Value> items = new ArrayList<>();
    for (Ast.Expr item : list.elements()) {
      if (!(item instanceof Ast.StringLit s)) {
        cx.report(ValueProblems.listItemNotString(item.span(), what, describe(item)));
        return null;
      }
      items.add(new Value.Str(s.value()));
    }
    return new Value.Items(items);
  }

  private Value mismatch(String what, ParamType type, Ast.Expr e) {
    cx.report(ValueProblems.wrongType(e.span(), what, type.describe(), describe(e)));
    return null;
  }

  /** Words for what an expression is, for messages. */
  String describe(Ast.Expr e) {
    if (e instanceof Ast.NumberLit n) {
      return "the number `" + n.text() + "`";
    }
    if (e instanceof Ast.QuantityLit q) {
      return "the quantity `" + q.text() + "`";
    }
    if (e instanceof Ast.StringLit) {
      return "a string";
    }
    if (e instanceof Ast.BoolLit b) {
      return "`" + b.value() + "`";
    }
    if (e instanceof Ast.ListExpr) {
      return "a list";
    }
    if (e instanceof Ast.Call c) {
      return "a call to `" + c.callee().text() + "`";
    }
    if (e instanceof Ast.Ref r) {
      Symbol s = cx.symbol(r.name().text());
      return s == null ? "the word `" + r.name().text() + "`" : "the " + s.kind().word + " `" + s.name() + "`";
    }
    return "an expression";
  }

  static boolean isIntegral(Ast.NumberLit n) {
    return n.value() == Math.rint(n.value()) && !n.text().contains(".") && !n.text().contains("e")
        && !n.text().contains("E");
  }
}
