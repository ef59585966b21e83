package org.nimeta.lang;

/**
 * The binary operators of the language, as the grammar spells them. What an operator means is the
 * compiler's business (on datasets {@code +} is a union, in a {@code where} {@code <} compares
 * numbers); here it is only syntax, so that no one matches operators by their text.
 */
public enum Operator {
  PLUS("+"),
  MINUS("-"),
  AMPERSAND("&"),
  EQUAL("=="),
  NOT_EQUAL("!="),
  LESS("<"),
  LESS_OR_EQUAL("<="),
  GREATER(">"),
  GREATER_OR_EQUAL(">="),
  IN("in"),
  MATCHES("~"),
  AND("and"),
  OR("or");

  private final String spelling;

  Operator(String spelling) {
    this.spelling = spelling;
  }

  /** The operator as written in a script. */
  public String spelling() {
    return spelling;
  }

  /** The operator spelled {@code text}, or null (a token error recovery put in its place). */
  public static Operator find(String text) {
    for (Operator op : values()) {
      if (op.spelling.equals(text)) {
        return op;
      }
    }
    return null;
  }
}
