package org.nimeta.registry;

import java.util.List;

/** What a parameter accepts. The compiler checks arguments against it; the docs print it. */
public sealed interface ParamType {

  /** Short human name used in messages and docs ("a length in mm", "an integer ≥ 1"). */
  String describe();

  /** A number, optionally integral and bounded. Bounds are null when open. */
  record Number(boolean integer, Double min, boolean minInclusive, Double max, boolean maxInclusive)
      implements ParamType {
    public static Number positive() {
      return new Number(false, 0.0, false, null, false);
    }

    public static Number atLeast(long min) {
      return new Number(true, (double) min, true, null, false);
    }

    public static Number probability() {
      return new Number(false, 0.0, false, 1.0, false);
    }

    public String describe() {
      String base = integer ? "an integer" : "a number";
      return base + range();
    }

    public String range() {
      String lo = min == null ? "" : (minInclusive ? " ≥ " : " > ") + Value.formatNumber(min);
      String hi = max == null ? "" : (maxInclusive ? " ≤ " : " < ") + Value.formatNumber(max);
      if (!lo.isEmpty() && !hi.isEmpty()) {
        return " in " + (minInclusive ? "[" : "(") + Value.formatNumber(min) + ", "
            + Value.formatNumber(max) + (maxInclusive ? "]" : ")");
      }
      return lo + hi;
    }

    public boolean accepts(double v) {
      if (integer && v != Math.rint(v)) {
        return false;
      }
      if (min != null && (minInclusive ? v < min : v <= min)) {
        return false;
      }
      return max == null || (maxInclusive ? v <= max : v < max);
    }
  }

  /** A length with a unit (mm or cm), held in mm; must be positive. */
  record Length() implements ParamType {
    public String describe() {
      return "a length such as `10mm`";
    }
  }

  record Bool() implements ParamType {
    public String describe() {
      return "`true` or `false`";
    }
  }

  record Text() implements ParamType {
    public String describe() {
      return "a string";
    }
  }

  record Choice(List<String> words) implements ParamType {
    public Choice {
      words = List.copyOf(words);
    }

    public String describe() {
      return "one of " + String.join(", ", words.stream().map(w -> "`" + w + "`").toList());
    }
  }

  /** One word of {@code words} or a list of them, such as image types: {@code to = [z, varcope]}. */
  record ChoiceList(List<String> words) implements ParamType {
    public ChoiceList {
      words = List.copyOf(words);
    }

    public String describe() {
      return "one or a list of " + String.join(", ", words.stream().map(w -> "`" + w + "`").toList());
    }
  }

  /** A list of strings, such as map names: {@code ["z", "p"]}. */
  record TextList() implements ParamType {
    public String describe() {
      return "a list of strings such as `[\"z\"]`";
    }
  }

  /**
   * A word from {@code words} (e.g. {@code mask}) or a dataset (a declared name or a dataset
   * expression). A dataset becomes one more input of the step; the value then names that input.
   */
  record WordOrDataset(List<String> words) implements ParamType {
    public WordOrDataset {
      words = List.copyOf(words);
    }

    public String describe() {
      return String.join(" or ", words.stream().map(w -> "`" + w + "`").toList()) + " or a dataset";
    }
  }

  /** A kernel declared with {@code kernel k = ...} or written inline; limited to some kernel types. */
  record Kernel(List<String> allowed) implements ParamType {
    public Kernel {
      allowed = List.copyOf(allowed);
    }

    public String describe() {
      return "a kernel (" + String.join(" or ", allowed) + ")";
    }
  }
}
