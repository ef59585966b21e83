package org.nimeta.report;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.nimeta.lang.Keywords;
import org.nimeta.lang.Tokens;
import org.nimeta.registry.Definition;
import org.nimeta.registry.Registry;

/**
 * A script as highlighted HTML, read by nimeta's own lexer: keywords, the registry's method names
 * (estimators, kernels, corrections, functions), strings, numbers and comments each get a class.
 * Text between tokens (spaces, new lines) is kept as it is, so the script reads as written.
 */
final class ScriptHighlighter {
  private final Set<String> keywords = new HashSet<>();
  private final Set<String> methods;

  ScriptHighlighter(Registry registry) {
    keywords.addAll(Keywords.statementWords());
    keywords.addAll(Keywords.operatorWords());
    keywords.addAll(Keywords.BOOLEANS);
    methods = registry.all().stream().map(Definition::name).collect(Collectors.toUnmodifiableSet());
  }

  /** {@code text} as a sequence of escaped spans, for a {@code <pre>}. */
  String highlight(String text) {
    Tokens tokens = Tokens.lex(text);
    StringBuilder out = new StringBuilder();
    int at = 0;
    for (Tokens.Token t : tokens.code()) {
      between(out, text.substring(at, t.start()));
      String css = cssClass(t);
      String shown = Html.escape(text.substring(t.start(), t.end()));
      out.append(css == null ? shown : "<span class=\"" + css + "\">" + shown + "</span>");
      at = t.end();
    }
    between(out, text.substring(at));
    return out.toString();
  }

  /**
   * The text between two code tokens: spaces and comments. A {@code #} there starts a comment to
   * the end of its line (one inside a string is part of the string's token).
   */
  private static void between(StringBuilder out, String gap) {
    int from = 0;
    int hash;
    while ((hash = gap.indexOf('#', from)) >= 0) {
      int end = gap.indexOf('\n', hash);
      end = end < 0 ? gap.length() : end;
      out.append(Html.escape(gap.substring(from, hash)))
          .append("<span class=\"tok-comment\">").append(Html.escape(gap.substring(hash, end))).append("</span>");
      from = end;
    }
    out.append(Html.escape(gap.substring(from)));
  }

  private String cssClass(Tokens.Token t) {
    return switch (t.kind()) {
      case STRING, UNTERMINATED_STRING -> "tok-string";
      case NUMBER, QUANTITY -> "tok-number";
      case WORD -> keywords.contains(t.text()) ? "tok-keyword" : methods.contains(t.text()) ? "tok-method" : null;
      default -> null;
    };
  }
}
