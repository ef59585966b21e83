package org.nimeta.compile;

import java.util.List;
import org.nimeta.lang.Diagnostic;
import org.nimeta.lang.ErrorCode;
import org.nimeta.lang.Span;
import org.nimeta.registry.OldSpellings;
import org.nimeta.registry.Value;

/**
 * The messages about one value against the type it should have. {@code what} names the place, e.g.
 * {@code `fwhm` of `ALEKernel`}; {@code expected} is the type in words, e.g. "a positive number".
 */
final class ValueProblems {
  private ValueProblems() {}

  /** @param found what the value is, in words ({@code the number `3`}, "a list") */
  static Diagnostic wrongType(Span at, String what, String expected, String found) {
    return Diagnostic.error(ErrorCode.TYPE_MISMATCH, at, what + " must be " + expected + ", but this is " + found + ".");
  }

  /** A param's value ({@code shown}) of the wrong type. */
  static Diagnostic wrongParamValue(Span at, String what, String expected, String shown) {
    return Diagnostic.error(ErrorCode.TYPE_MISMATCH, at, what + " must be " + expected + ", but this is `" + shown + "`.");
  }

  /** A number literal outside the range, or a fraction where a whole number is needed ({@code fraction}). */
  static Diagnostic badNumber(Span at, String what, String expected, String written, boolean fraction) {
    return Diagnostic.error(fraction ? ErrorCode.TYPE_MISMATCH : ErrorCode.OUT_OF_RANGE, at,
        what + " must be " + expected + ", but it is `" + written + "`.");
  }

  /**
   * A param's number outside the parameter's range.
   *
   * @param override the {@code --param name=text} that gave the value, or null for the script's own
   */
  static Diagnostic paramOutOfRange(Span at, String what, String expected, String shown, String override) {
    if (override == null) {
      return Diagnostic.error(ErrorCode.OUT_OF_RANGE, at, what + " must be " + expected + ", but this is `" + shown + "`.");
    }
    return Diagnostic.error(ErrorCode.OUT_OF_RANGE, at,
            what + " must be " + expected + ", but `" + override + "` makes it `" + shown + "`.")
        .withHelp("Give `--param` a value that is " + expected + ".");
  }

  /**
   * A whole number the engine cannot hold: it is read as a Java {@code javaType} (an iteration count
   * is an {@code int}), and a larger value would be clamped, not refused.
   *
   * @param override the {@code --param name=text} that gave the value, or null when the script wrote it
   */
  /** @param why why {@code largest} is the limit, a sentence */
  static Diagnostic beyondJava(Span at, String what, long largest, String why, String written, String override) {
    String value = override == null ? "it is `" + written + "`" : "`" + override + "` makes it `" + written + "`";
    return Diagnostic.error(ErrorCode.OUT_OF_RANGE, at, what + " can be at most " + largest + ", but " + value + ".")
        .withHelp(why);
  }

  static Diagnostic quantityNotNumber(Span at, String what, double value, String unit) {
    return Diagnostic.error(ErrorCode.WRONG_UNIT, at, what + " is a plain number, not a quantity with a unit.")
        .withHelp("Write `" + Value.formatNumber(value) + "` without `" + unit + "`.");
  }

  /** @param withUnit how the number is written with a unit ({@code 10mm}) */
  static Diagnostic missingUnit(Span at, String what, String written, String withUnit, boolean aParam) {
    Diagnostic d = Diagnostic.error(ErrorCode.MISSING_UNIT, at, what + " is a length, but `" + written + "` has no unit.");
    return aParam ? d.withHelp("Give the param a unit: `" + withUnit + "`.")
        : d.withHelp("Write `" + withUnit + "`.").withFix("Write `" + withUnit + "`", at, withUnit);
  }

  static Diagnostic unknownUnit(Span at, String unit) {
    Diagnostic d = Diagnostic.error(ErrorCode.WRONG_UNIT, at,
        "unknown unit `" + unit + "`; lengths are written in `mm` (or `cm`).");
    Suggested s = Suggested.of(unit, List.of("mm", "cm"));
    // the unit is what the literal ends with: `10mn` → `mn`
    return s == null ? d : s.addTo(d, new Span(at.file(), Math.max(at.start(), at.end() - unit.length()), at.end()));
  }

  static Diagnostic notPositiveLength(Span at, String what, String written) {
    return Diagnostic.error(ErrorCode.OUT_OF_RANGE, at, what + " must be a positive length, but it is `" + written + "`.");
  }

  static Diagnostic unknownWord(Span at, String what, String expected, String word, List<String> words) {
    Diagnostic d = Diagnostic.error(ErrorCode.UNKNOWN_CHOICE, at, what + " must be " + expected + ", not `" + word + "`.");
    Suggested s = Suggested.of(word, words);
    return s == null ? d : s.addTo(d, at);
  }

  static Diagnostic wordNotString(Span at, String what, String word) {
    return Diagnostic.error(ErrorCode.TYPE_MISMATCH, at, what + " takes a word, not a string.")
        .withHelp(withoutQuotes(word));
  }

  static Diagnostic oldWord(Span at, OldSpellings.Word renamed, String what) {
    return Diagnostic.warning(ErrorCode.OLD_SPELLING, at,
            "`" + renamed.old() + "` is " + renamed.why() + " for " + what + "; nimeta calls it `"
                + renamed.current() + "`.")
        .withHelp("Write `" + renamed.param() + " = " + renamed.current() + "`.");
  }

  static Diagnostic listItemNotString(Span at, String what, String found) {
    return Diagnostic.error(ErrorCode.TYPE_MISMATCH, at,
        "every item of " + what + " must be a string, but this is " + found + ".");
  }

  static String withoutQuotes(String word) {
    return "Write `" + word + "` without quotes.";
  }
}
