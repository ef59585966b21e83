package org.nimeta.compile;

import java.util.List;
import java.util.regex.Pattern;
import org.nimeta.data.Experiment;
import org.nimeta.lang.Operator;
import org.nimeta.registry.Value;

/**
 * A checked {@code where} condition over an experiment's fields: {@code id} (NiMARE's
 * {@code study-contrast}), {@code study}, {@code contrast}, {@code space}, {@code sample_size}
 * (mean of the listed sample sizes), {@code foci} (count), or any metadata key.
 */
public sealed interface Condition {
  boolean test(Experiment e);

  /** The condition as it would be written in a script. */
  String show();

  /** The built-in fields; any other name is looked up in the experiment's metadata. */
  List<String> FIELDS = List.of("id", "study", "contrast", "space", "sample_size", "foci");

  /** The value of a field for an experiment: a String, a Double, or null when absent. */
  static Object valueOf(Experiment e, String field) {
    return switch (field) {
      case "id" -> e.id();
      case "study" -> e.studyId();
      case "contrast" -> e.contrastId();
      case "space" -> e.space();
      case "sample_size" -> e.sampleSize().isPresent() ? e.sampleSize().getAsDouble() : null;
      case "foci" -> (double) e.foci().length;
      default -> {
        Object v = e.metadata().get(field);
        if (v instanceof Number n) {
          yield n.doubleValue();
        }
        if (v instanceof List<?> list && list.size() == 1 && list.get(0) instanceof Number n) {
          yield n.doubleValue();
        }
        yield v == null ? null : v.toString();
      }
    };
  }

  record In(String field, List<Value> values) implements Condition {
    public In {
      values = List.copyOf(values);
    }

    public boolean test(Experiment e) {
      Object v = Condition.valueOf(e, field);
      if (v == null) {
        return false;
      }
      for (Value candidate : values) {
        if (Compare.equal(v, candidate)) {
          return true;
        }
      }
      return false;
    }

    public String show() {
      return field + " in " + new Value.Items(values).show();
    }
  }

  /** How {@link Compare} compares a field with a value. */
  enum Comparison {
    EQUAL(Operator.EQUAL),
    NOT_EQUAL(Operator.NOT_EQUAL),
    LESS(Operator.LESS),
    LESS_OR_EQUAL(Operator.LESS_OR_EQUAL),
    GREATER(Operator.GREATER),
    GREATER_OR_EQUAL(Operator.GREATER_OR_EQUAL);

    private final Operator syntax;

    Comparison(Operator syntax) {
      this.syntax = syntax;
    }

    /** The comparison as written in a script. */
    public String spelling() {
      return syntax.spelling();
    }

    /** True for the comparisons that order numbers, which strings cannot be. */
    public boolean orders() {
      return this != EQUAL && this != NOT_EQUAL;
    }

    /** The comparison written as {@code op}, or null when {@code op} is not one. */
    static Comparison of(Operator op) {
      for (Comparison c : values()) {
        if (c.syntax == op) {
          return c;
        }
      }
      return null;
    }
  }

  /** {@code ==, !=, <, <=, >, >=}; numbers compare numerically, strings exactly. */
  record Compare(String field, Comparison op, Value value) implements Condition {
    public boolean test(Experiment e) {
      Object v = Condition.valueOf(e, field);
      if (v == null) {
        return false;
      }
      if (op == Comparison.EQUAL || op == Comparison.NOT_EQUAL) {
        return equal(v, value) == (op == Comparison.EQUAL);
      }
      if (!(v instanceof Double d) || !(value instanceof Value.Num n)) {
        return false; // only numbers are ordered
      }
      double a = d, b = n.value();
      return switch (op) {
        case LESS -> a < b;
        case LESS_OR_EQUAL -> a <= b;
        case GREATER -> a > b;
        case GREATER_OR_EQUAL -> a >= b;
        case EQUAL, NOT_EQUAL -> throw new IllegalStateException("handled above");
      };
    }

    static boolean equal(Object fieldValue, Value v) {
      if (v instanceof Value.Num n) {
        return fieldValue instanceof Double d && d == n.value();
      }
      if (v instanceof Value.Str s) {
        return fieldValue.toString().equals(s.value());
      }
      return false;
    }

    public String show() {
      return field + " " + op.spelling() + " " + value.show();
    }
  }

  /** {@code field ~ "regex"}: the regular expression is found anywhere in the field, ignoring case. */
  record Matches(String field, String regex) implements Condition {
    public boolean test(Experiment e) {
      Object v = Condition.valueOf(e, field);
      return v != null && Pattern.compile(regex, Pattern.CASE_INSENSITIVE).matcher(v.toString()).find();
    }

    public String show() {
      return field + " ~ " + new Value.Str(regex).show();
    }
  }

  record And(Condition left, Condition right) implements Condition {
    public boolean test(Experiment e) {
      return left.test(e) && right.test(e);
    }

    public String show() {
      return "(" + left.show() + " and " + right.show() + ")";
    }
  }

  record Or(Condition left, Condition right) implements Condition {
    public boolean test(Experiment e) {
      return left.test(e) || right.test(e);
    }

    public String show() {
      return "(" + left.show() + " or " + right.show() + ")";
    }
  }

  record Not(Condition operand) implements Condition {
    public boolean test(Experiment e) {
      return !operand.test(e);
    }

    public String show() {
      return "not " + operand.show();
    }
  }
}
