package org.nimeta.data;

import java.util.Locale;
import java.util.regex.Pattern;

/** Number spellings accepted in text data: what Python's {@code float()} accepts, minus oddities. */
final class Decimals {
  private static final Pattern DECIMAL =
      Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

  private Decimals() {}

  /**
   * Parses a decimal number ({@code 12}, {@code -4.5}, {@code .5}, {@code 1e3}) or Python's
   * non-finite spellings ({@code nan}, {@code inf}, {@code -Infinity}, any case).
   *
   * @return the value, or null when {@code s} is not a number
   */
  static Double parse(String s) {
    String t = s.strip();
    if (DECIMAL.matcher(t).matches()) {
      return Double.parseDouble(t);
    }
    String unsigned = t.startsWith("+") || t.startsWith("-") ? t.substring(1) : t;
    boolean negative = t.startsWith("-");
    return switch (unsigned.toLowerCase(Locale.ROOT)) {
      case "nan" -> Double.NaN;
      case "inf", "infinity" -> negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
      default -> null;
    };
  }
}
