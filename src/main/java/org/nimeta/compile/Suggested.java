package org.nimeta.compile;

import java.util.Collection;
import java.util.List;
import org.nimeta.lang.Diagnostic;
import org.nimeta.lang.Span;
import org.nimeta.lang.Suggestions;

/**
 * A did-you-mean chosen once, so that its help sentence and the edit an editor applies for it name
 * the same word.
 *
 * @param chosen the candidate closest to what was typed
 */
record Suggested(String chosen) {

  /** The closest of {@code candidates} to {@code typed}, or null when none is close enough. */
  static Suggested of(String typed, Collection<String> candidates) {
    String c = Suggestions.closest(typed, candidates);
    return c == null ? null : new Suggested(c);
  }

  /** "Did you mean `x`?", worded by {@link Suggestions} (the only candidate is the chosen one). */
  String help() {
    return Suggestions.didYouMean(chosen, List.of(chosen));
  }

  /**
   * {@code d} with the help sentence and the edit that writes the chosen word at {@code word}; a
   * string in quotes ({@code map = "zz"}) keeps its quotes.
   */
  Diagnostic addTo(Diagnostic d, Span word) {
    return fix(d.withHelp(help()), this, word);
  }

  /** The help sentence of {@code s}, or null. */
  static String help(Suggested s) {
    return s == null ? null : s.help();
  }

  /** {@code d} with {@code s}'s fix at {@code word} (no help: the caller words it); {@code d} when {@code s} is null. */
  static Diagnostic fix(Diagnostic d, Suggested s, Span word) {
    return s == null ? d : d.withFix("Change to `" + s.chosen + "`", word, quotedLike(word, s.chosen));
  }

  private static String quotedLike(Span word, String chosen) {
    return word != null && word.text().startsWith("\"") ? "\"" + chosen + "\"" : chosen;
  }
}
