package org.nimeta.compile;

import java.util.List;
import org.nimeta.lang.Diagnostic;
import org.nimeta.lang.ErrorCode;
import org.nimeta.lang.Span;

/** The messages about a {@code where} condition on experiments: its shape, fields and operands. */
final class ConditionProblems {
  private ConditionProblems() {}

  static Diagnostic notACondition(Span at) {
    return Diagnostic.error(ErrorCode.BAD_CONDITION, at, "this is not a condition on experiments.")
        .withHelp("Write e.g. `study in [\"a\", \"b\"]`, `sample_size >= 20` or `label ~ \"pain\"`, "
            + "joined with `and`, `or`, `not`.");
  }

  /** @param fields the fields every experiment has */
  static Diagnostic leftNotAField(Span at, String operator, List<String> fields) {
    return Diagnostic.error(ErrorCode.BAD_CONDITION, at,
            "the left side of `" + operator + "` must be a field of the experiments.")
        .withHelp("Fields are " + String.join(", ", fields.stream().map(f -> "`" + f + "`").toList())
            + ", or any metadata key.");
  }

  static Diagnostic inNeedsList(Span at, String field) {
    return Diagnostic.error(ErrorCode.BAD_CONDITION, at,
        "`in` needs a list, e.g. `" + field + " in [\"a\", \"b\"]`.");
  }

  static Diagnostic matchesNeedsString(Span at, String field) {
    return Diagnostic.error(ErrorCode.BAD_CONDITION, at,
        "`~` needs a regular expression in a string, e.g. `" + field + " ~ \"pain\"`.");
  }

  /** @param reason the regex engine's description of the fault */
  static Diagnostic badRegex(Span at, String reason) {
    return Diagnostic.error(ErrorCode.BAD_CONDITION, at, "this regular expression is not valid: " + reason + ".");
  }

  /** @param found what the operand is, in words */
  static Diagnostic ordersNumbers(Span at, String operator, String found) {
    return Diagnostic.error(ErrorCode.BAD_CONDITION, at,
        "`" + operator + "` compares numbers, but this is " + found + ".");
  }

  /** @param found what the operand is, in words */
  static Diagnostic notNumberOrString(Span at, String found) {
    return Diagnostic.error(ErrorCode.BAD_CONDITION, at,
        "experiments are compared with a number or a string, not " + found + ".");
  }

  /** @param shown the operand as the script would write it */
  static Diagnostic textField(Span at, String field, String shown) {
    return Diagnostic.error(ErrorCode.BAD_CONDITION, at, "`" + field + "` is text; compare it with a string.")
        .withHelp("Write `\"" + shown + "\"`.");
  }

  static Diagnostic numberField(Span at, String field) {
    return Diagnostic.error(ErrorCode.BAD_CONDITION, at, "`" + field + "` is a number; compare it with a number.");
  }

  /**
   * @param shown the comparison as written; {@code metadata} the dataset's metadata keys;
   *     {@code didYouMean} a suggestion or null
   */
  static Diagnostic unknownField(Span at, String field, String shown, List<String> metadata, Suggested didYouMean) {
    String keys = metadata.isEmpty()
        ? "its experiments have no metadata keys"
        : "its metadata keys are " + String.join(", ", metadata.stream().map(f -> "`" + f + "`").toList());
    Diagnostic d = Diagnostic.error(ErrorCode.BAD_CONDITION, at,
            "`" + shown + "`: no experiment in this dataset has a field `" + field + "`, so this comparison "
                + "holds for none of them.")
        .withHelp((didYouMean == null ? "" : didYouMean.help() + " ") + "Fields are "
            + String.join(", ", Condition.FIELDS.stream().map(f -> "`" + f + "`").toList()) + "; " + keys + ".");
    return Suggested.fix(d, didYouMean, wordAfterWhere(at, field));
  }

  /**
   * Where {@code word} is first written after {@code where} in {@code at} (the selection as a whole),
   * or null: the condition keeps no spans of its own fields.
   */
  private static Span wordAfterWhere(Span at, String word) {
    String text = at.text();
    java.util.regex.Matcher m = java.util.regex.Pattern
        .compile("\\bwhere\\b.*?(?<![\\w\"])(" + java.util.regex.Pattern.quote(word) + ")(?![\\w\"])",
            java.util.regex.Pattern.DOTALL)
        .matcher(text);
    return m.find() ? new Span(at.file(), at.start() + m.start(1), at.start() + m.end(1)) : null;
  }

  /** @param shown the comparison as written */
  static Diagnostic textMetadataField(Span at, String field, String shown) {
    return Diagnostic.error(ErrorCode.BAD_CONDITION, at,
            "`" + shown + "`: `" + field + "` holds text in every experiment, so no number can equal it.")
        .withHelp("Compare it with a string, e.g. `" + field + " == \"...\"`.");
  }
}
