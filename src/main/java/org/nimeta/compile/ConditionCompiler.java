package org.nimeta.compile;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.nimeta.lang.Ast;
import org.nimeta.lang.Operator;
import org.nimeta.registry.Value;

/** A {@code where} expression → {@link Condition}, checking fields, operators and value types. */
final class ConditionCompiler {
  private static final Set<String> TEXT_FIELDS = Set.of("id", "study", "contrast", "space");
  private static final Set<String> NUMBER_FIELDS = Set.of("sample_size", "foci");
  private final CompileContext cx;
  private final ValueChecker values;

  ConditionCompiler(CompileContext cx, ValueChecker values) {
    this.cx = cx;
    this.values = values;
  }

  /** Null after reporting an error. */
  Condition compile(Ast.Expr e) {
    if (e instanceof Ast.Binary b && (b.op() == Operator.AND || b.op() == Operator.OR)) {
      Condition l = compile(b.left());
      Condition r = compile(b.right());
      if (l == null || r == null) {
        return null;
      }
      return b.op() == Operator.AND ? new Condition.And(l, r) : new Condition.Or(l, r);
    }
    if (e instanceof Ast.Not n) {
      Condition c = compile(n.operand());
      return c == null ? null : new Condition.Not(c);
    }
    if (e instanceof Ast.Binary b && isComparison(b.op())) {
      return comparison(b);
    }
    cx.report(ConditionProblems.notACondition(e.span()));
    return null;
  }

  private static boolean isComparison(Operator op) {
    return op == Operator.IN || op == Operator.MATCHES || Condition.Comparison.of(op) != null;
  }

  private Condition comparison(Ast.Binary b) {
    if (!(b.left() instanceof Ast.Ref ref)) {
      cx.report(ConditionProblems.leftNotAField(b.left().span(), b.op().spelling(), Condition.FIELDS));
      return null;
    }
    String field = ref.name().text();
    switch (b.op()) {
      case IN -> {
        if (!(b.right() instanceof Ast.ListExpr list)) {
          cx.report(ConditionProblems.inNeedsList(b.right().span(), field));
          return null;
        }
        List<Value> items = new ArrayList<>();
        for (Ast.Expr item : list.elements()) {
          Value v = operand(field, item);
          if (v == null) {
            return null;
          }
          items.add(v);
        }
        return new Condition.In(field, items);
      }
      case MATCHES -> {
        if (!(b.right() instanceof Ast.StringLit s)) {
          cx.report(ConditionProblems.matchesNeedsString(b.right().span(), field));
          return null;
        }
        try {
          Pattern.compile(s.value());
        } catch (PatternSyntaxException bad) {
          cx.report(ConditionProblems.badRegex(s.span(), bad.getDescription()));
          return null;
        }
        return new Condition.Matches(field, s.value());
      }
      default -> {
        Value v = operand(field, b.right());
        if (v == null) {
          return null;
        }
        Condition.Comparison comparison = Condition.Comparison.of(b.op());
        if (comparison.orders() && !(v instanceof Value.Num)) {
          cx.report(ConditionProblems.ordersNumbers(b.right().span(), comparison.spelling(), values.describe(b.right())));
          return null;
        }
        return new Condition.Compare(field, comparison, v);
      }
    }
  }

  /** A literal compared with {@code field}; its type must fit a known field's type. */
  private Value operand(String field, Ast.Expr e) {
    Value v = null;
    if (e instanceof Ast.NumberLit n) {
      v = new Value.Num(n.value(), ValueChecker.isIntegral(n));
    } else if (e instanceof Ast.StringLit s) {
      v = new Value.Str(s.value());
    } else if (e instanceof Ast.Ref r && cx.paramValue(r.name().text()) != null) {
      cx.markUsed(r.name().text());
      v = cx.paramValue(r.name().text());
    }
    if (v == null || !(v instanceof Value.Num || v instanceof Value.Str)) {
      cx.report(ConditionProblems.notNumberOrString(e.span(), values.describe(e)));
      return null;
    }
    if (TEXT_FIELDS.contains(field) && !(v instanceof Value.Str)) {
      cx.report(ConditionProblems.textField(e.span(), field, v.show()));
      return null;
    }
    if (NUMBER_FIELDS.contains(field) && !(v instanceof Value.Num)) {
      cx.report(ConditionProblems.numberField(e.span(), field));
      return null;
    }
    return v;
  }
}
