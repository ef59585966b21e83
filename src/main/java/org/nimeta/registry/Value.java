package org.nimeta.registry;

import java.util.List;
import java.util.Locale;

/** A checked argument value, as the plan carries it. Lengths are always held in millimetres. */
public sealed interface Value {

  /** How the value is written in a script (and in {@code nimeta plan}). */
  String show();

  /** The plain Java value for JSON output (Double, Long, Boolean, String, List, or null). */
  Object json();

  record Num(double value, boolean integer) implements Value {
    public String show() {
      return integer ? Long.toString((long) value) : formatNumber(value);
    }

    public Object json() {
      return integer ? (Object) (long) value : (Object) value;
    }
  }

  record Length(double mm) implements Value {
    public String show() {
      return formatNumber(mm) + "mm";
    }

    public Object json() {
      return mm;
    }
  }

  record Bool(boolean value) implements Value {
    public String show() {
      return Boolean.toString(value);
    }

    public Object json() {
      return value;
    }
  }

  record Str(String value) implements Value {
    public String show() {
      return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    public Object json() {
      return value;
    }
  }

  /** One of a parameter's enumerated words, e.g. {@code approximate}. */
  record Choice(String word) implements Value {
    public String show() {
      return word;
    }

    public Object json() {
      return word;
    }
  }

  record Items(List<Value> items) implements Value {
    public Items {
      items = List.copyOf(items);
    }

    public String show() {
      return "[" + String.join(", ", items.stream().map(Value::show).toList()) + "]";
    }

    public Object json() {
      return items.stream().map(Value::json).toList();
    }
  }

  /** "Not set": NiMARE's None, e.g. an ALE kernel's fwhm when it comes from sample sizes. */
  record None() implements Value {
    public String show() {
      return "none";
    }

    public Object json() {
      return null;
    }
  }

  None NONE = new None();

  /** Shortest exact decimal for a double: 10 not 10.0, 0.001 not 1.0E-3. */
  static String formatNumber(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    String s = new java.math.BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
    return s.toLowerCase(Locale.ROOT);
  }
}
