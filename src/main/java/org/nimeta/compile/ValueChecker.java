package org.nimeta.compile;

import java.util.ArrayList;
import java.util.List;
import org.nimeta.lang.Ast;
import org.nimeta.lang.Diagnostic;
import org.nimeta.lang.ErrorCode;
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
    cx.report(Diagnostic.error(ErrorCode.TYPE_MISMATCH, e.span(),
        "a `param` holds a plain value (a number, a length, a string, `true`/`false` or a word), not an expression."));
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
        cx.report(oldWord(renamed, what, source));
        fromParam = new Value.Choice(renamed.current());
      }
      return checkValue(what, type, fromParam, source);
    }
    if (type instanceof ParamType.Number num) {
      return number(what, num, source);
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
    throw new IllegalStateException("kernels are checked by the compiler, not as values");
  }

  /** A value that came from a {@code param} (or a command-line override) against the expected type. */
  Value checkValue(String what, ParamType type, Value v, Ast.Expr at) {
    boolean ok;
    if (type instanceof ParamType.Number num) {
      ok = v instanceof Value.Num n && num.accepts(n.value());
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
    } else {
      ok = false;
    }
    if (ok) {
      return v instanceof Value.Num n && type instanceof ParamType.Number num && num.integer()
          ? new Value.Num(n.value(), true) : v;
    }
    Diagnostic d = Diagnostic.error(ErrorCode.TYPE_MISMATCH, at.span(),
        what + " must be " + type.describe() + ", but this is `" + v.show() + "`.");
    if (type instanceof ParamType.Length && v instanceof Value.Num n) {
      d = Diagnostic.error(ErrorCode.MISSING_UNIT, at.span(),
          what + " is a length, but `" + v.show() + "` has no unit.")
          .withHelp("Give the param a unit: `" + Value.formatNumber(n.value()) + "mm`.");
    }
    cx.report(d);
    return null;
  }

  private Value number(String what, ParamType.Number type, Ast.Expr e) {
    if (e instanceof Ast.NumberLit n) {
      if (!type.accepts(n.value())) {
        cx.report(Diagnostic.error(type.integer() && n.value() != Math.rint(n.value())
                ? ErrorCode.TYPE_MISMATCH : ErrorCode.OUT_OF_RANGE, e.span(),
            what + " must be " + type.describe() + ", but it is `" + n.text() + "`."));
        return null;
      }
      return new Value.Num(n.value(), type.integer());
    }
    if (e instanceof Ast.QuantityLit q) {
      cx.report(Diagnostic.error(ErrorCode.WRONG_UNIT, e.span(),
              what + " is a plain number, not a quantity with a unit.")
          .withHelp("Write `" + Value.formatNumber(q.value()) + "` without `" + q.unit() + "`."));
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
      Diagnostic d = Diagnostic.error(ErrorCode.WRONG_UNIT, q.span(),
          "unknown unit `" + q.unit() + "`; lengths are written in `mm` (or `cm`).");
      String s = Suggestions.didYouMean(q.unit(), List.of("mm", "cm"));
      cx.report(s == null ? d : d.withHelp(s));
      return null;
    }
    if (what != null && mm <= 0) {
      cx.report(Diagnostic.error(ErrorCode.OUT_OF_RANGE, q.span(),
          what + " must be a positive length, but it is `" + q.text() + "`."));
      return null;
    }
    return new Value.Length(mm);
  }

  private Value mismatchLength(String what, Ast.Expr e) {
    if (e instanceof Ast.NumberLit n) {
      cx.report(Diagnostic.error(ErrorCode.MISSING_UNIT, e.span(),
              what + " is a length, but `" + n.text() + "` has no unit.")
          .withHelp("Write `" + n.text() + "mm`."));
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
        cx.report(oldWord(renamed, what, e));
        return new Value.Choice(renamed.current());
      }
      Diagnostic d = Diagnostic.error(ErrorCode.UNKNOWN_CHOICE, e.span(),
          what + " must be " + type.describe() + ", not `" + word + "`.");
      String s = Suggestions.didYouMean(word, type.words());
      cx.report(s == null ? d : d.withHelp(s));
      return null;
    }
    if (e instanceof Ast.StringLit s && type.words().contains(s.value())) {
      cx.report(Diagnostic.error(ErrorCode.TYPE_MISMATCH, e.span(),
              what + " takes a word, not a string.")
          .withHelp("Write `" + s.value() + "` without quotes."));
      return null;
    }
    return mismatch(what, type, e);
  }

  private static Diagnostic oldWord(OldSpellings.Word renamed, String what, Ast.Expr at) {
    return Diagnostic.warning(ErrorCode.OLD_SPELLING, at.span(),
            "`" + renamed.old() + "` is " + renamed.why() + " for " + what + "; nimeta calls it `"
                + renamed.current() + "`.")
        .withHelp("Write `" + renamed.param() + " = " + renamed.current() + "`.");
  }

  /** A list literal whose items are all strings. */
  private Value textList(String what, ParamType type, Ast.Expr e) {
    if (!(e instanceof Ast.ListExpr list)) {
      return mismatch(what, type, e);
    }
    List<Value> items = new ArrayList<>();
    for (Ast.Expr item : list.elements()) {
      if (!(item instanceof Ast.StringLit s)) {
        cx.report(Diagnostic.error(ErrorCode.TYPE_MISMATCH, item.span(),
            "every item of " + what + " must be a string, but this is " + describe(item) + "."));
        return null;
      }
      items.add(new Value.Str(s.value()));
    }
    return new Value.Items(items);
  }

  private Value mismatch(String what, ParamType type, Ast.Expr e) {
    String found = describe(e);
    cx.report(Diagnostic.error(ErrorCode.TYPE_MISMATCH, e.span(),
        what + " must be " + type.describe() + ", but this is " + found + "."));
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
