package org.nimeta.compile;

import java.util.List;

/** The small pieces of English the messages share: quoted lists, articles, counts. */
final class Words {
  private Words() {}

  /** {@code `a`, `b`, `c`}. */
  static String quoted(List<String> names) {
    return String.join(", ", names.stream().map(n -> "`" + n + "`").toList());
  }

  /** {@code `a`, `b` and `c`}. */
  static String quotedAnd(List<String> names) {
    List<String> quoted = names.stream().map(n -> "`" + n + "`").toList();
    return String.join(", ", quoted.subList(0, quoted.size() - 1)) + " and " + quoted.get(quoted.size() - 1);
  }

  static String article(String word) {
    return ("aeiou".indexOf(word.charAt(0)) >= 0 ? "an " : "a ") + word;
  }

  /** "one dataset", "two datasets", "3 results". */
  static String count(int n, String word) {
    return (n == 1 ? "one " : n == 2 ? "two " : n + " ") + word + (n == 1 ? "" : "s");
  }

  /** "1 experiment", "2 experiments". */
  static String number(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
