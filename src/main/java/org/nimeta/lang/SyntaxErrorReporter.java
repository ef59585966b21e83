package org.nimeta.lang;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.InputMismatchException;
import org.antlr.v4.runtime.NoViableAltException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.nimeta.lang.antlr.MetaLexer;

/**
 * Replaces ANTLR's console messages with our diagnostics. Recovery still happens (so several
 * errors are reported in one pass) but every message is worded by us and points at the token
 * where reading stopped.
 */
final class SyntaxErrorReporter extends DefaultErrorStrategy {
  private static final int MAX_EXPECTED_SHOWN = 8;
  private final SourceFile file;
  private final List<Diagnostic> out;
  /** Line of the last reported error: later errors on that line are almost always its echoes. */
  private int lastReportedLine = -1;

  SyntaxErrorReporter(SourceFile file, List<Diagnostic> out) {
    this.file = file;
    this.out = out;
  }

  @Override
  protected void reportNoViableAlternative(org.antlr.v4.runtime.Parser recognizer, NoViableAltException e) {
    report(e.getOffendingToken(), e.getExpectedTokens(), recognizer);
  }

  @Override
  protected void reportInputMismatch(org.antlr.v4.runtime.Parser recognizer, InputMismatchException e) {
    report(e.getOffendingToken(), e.getExpectedTokens(), recognizer);
  }

  @Override
  protected void reportUnwantedToken(org.antlr.v4.runtime.Parser recognizer) {
    if (inErrorRecoveryMode(recognizer)) {
      return;
    }
    beginErrorCondition(recognizer);
    report(recognizer.getCurrentToken(), getExpectedTokens(recognizer), recognizer);
  }

  @Override
  protected void reportMissingToken(org.antlr.v4.runtime.Parser recognizer) {
    if (inErrorRecoveryMode(recognizer)) {
      return;
    }
    beginErrorCondition(recognizer);
    report(recognizer.getCurrentToken(), getExpectedTokens(recognizer), recognizer);
  }

  @Override
  public void reportError(org.antlr.v4.runtime.Parser recognizer, org.antlr.v4.runtime.RecognitionException e) {
    if (inErrorRecoveryMode(recognizer)) {
      return;
    }
    beginErrorCondition(recognizer);
    if (e instanceof NoViableAltException nva) {
      reportNoViableAlternative(recognizer, nva);
    } else if (e instanceof InputMismatchException ime) {
      reportInputMismatch(recognizer, ime);
    } else {
      report(e.getOffendingToken(), e.getExpectedTokens(), recognizer);
    }
  }

  private void report(Token token, IntervalSet expected, org.antlr.v4.runtime.Parser recognizer) {
    if (token.getType() == MetaLexer.IDENT && expectsStatement(expected, recognizer)) {
      // A name where a statement must start is almost always a misspelt statement word: pointing
      // at the end of the previous (complete) line would send the reader to the wrong place.
      if (token.getLine() != lastReportedLine) {
        lastReportedLine = token.getLine();
        out.add(misspeltStatementWord(token));
      }
      return;
    }
    Span span = spanOf(token);
    Token previous = previousToken(recognizer, token);
    boolean incompleteLine = previous != null && token.getLine() > previous.getLine();
    if (incompleteLine) {
      // The statement on the previous line is unfinished: point just after its last token.
      int end = file.charOffset(previous.getStopIndex() + 1);
      span = new Span(file, end, end);
    }
    if (span.line() == lastReportedLine) {
      return;
    }
    lastReportedLine = span.line();
    if (token.getType() == MetaLexer.UNTERMINATED_STRING) {
      out.add(Diagnostic.error(ErrorCode.UNTERMINATED_STRING, span, "this string has no closing `\"`.")
          .withHelp("Strings end on the line they start; add `\"` where the string should end."));
      return;
    }
    String found = describe(token);
    Diagnostic d = incompleteLine
        ? Diagnostic.error(ErrorCode.SYNTAX, span, "this line ends too early (the next thing is "
            + found + (token.getType() == Token.EOF ? "" : " on line " + token.getLine()) + ").")
        : Diagnostic.error(ErrorCode.SYNTAX, span, "unexpected " + found + ".");
    String want = describeExpected(expected, recognizer);
    if (!want.isEmpty()) {
      d = d.withHelp("Expected " + want + " here.");
    }
    out.add(d);
  }

  /**
   * Skips tokens as ANTLR does while recovering, but reports each line it skips that starts like a
   * statement with a misspelt word ({@code corect e with ...}): recovery from the error above would
   * otherwise swallow it unreported, and the user would find it only after fixing the first.
   */
  @Override
  protected void consumeUntil(org.antlr.v4.runtime.Parser recognizer, IntervalSet set) {
    int type = recognizer.getInputStream().LA(1);
    while (type != Token.EOF && !set.contains(type)) {
      reportSkippedStatementWord(recognizer);
      recognizer.consume();
      type = recognizer.getInputStream().LA(1);
    }
  }

  /**
   * A name first on its line and followed on that line by a name, number or string: no expression
   * has two such tokens in a row, so it can only be a statement whose word is misspelt.
   */
  private void reportSkippedStatementWord(org.antlr.v4.runtime.Parser recognizer) {
    Token word = recognizer.getInputStream().LT(1);
    Token next = recognizer.getInputStream().LT(2);
    if (word.getType() != MetaLexer.IDENT || word.getLine() == lastReportedLine || next.getLine() != word.getLine()) {
      return;
    }
    boolean operand = next.getType() == MetaLexer.IDENT || next.getType() == MetaLexer.NUMBER
        || next.getType() == MetaLexer.STRING;
    Token previous = previousToken(recognizer, word);
    if (operand && (previous == null || previous.getLine() < word.getLine())) {
      lastReportedLine = word.getLine();
      out.add(misspeltStatementWord(word));
    }
  }

  private Diagnostic misspeltStatementWord(Token token) {
    String word = token.getText();
    Diagnostic d = Diagnostic.error(ErrorCode.SYNTAX, spanOf(token),
        "`" + shorten(word) + "` is not a statement word.");
    String suggestion = closestStatementWord(word);
    return suggestion != null
        ? d.withHelp("Did you mean `" + suggestion + "`?")
            .withFix("Change to `" + suggestion + "`", spanOf(token), suggestion)
        : d.withHelp("A statement starts with one of "
            + String.join(", ", Keywords.statementWords().stream().map(w -> "`" + w + "`").toList()) + ".");
  }

  /** Whether the parser was waiting for a statement to start (any statement word would do). */
  private static boolean expectsStatement(IntervalSet expected, org.antlr.v4.runtime.Parser recognizer) {
    if (expected == null || expected.isNil()) {
      return false;
    }
    Set<String> literals = new LinkedHashSet<>();
    for (int type : expected.toList()) {
      String literal = recognizer.getVocabulary().getLiteralName(type);
      if (literal != null) {
        literals.add(literal.substring(1, literal.length() - 1));
      }
    }
    return literals.containsAll(Keywords.statementWords());
  }

  /** The statement word within a typo's reach of {@code word} (as the compiler's did-you-mean), or null. */
  private static String closestStatementWord(String word) {
    return Suggestions.closest(word, Keywords.statementWords());
  }

  /** The last on-channel token before {@code token}, or null at the start. */
  private static Token previousToken(org.antlr.v4.runtime.Parser recognizer, Token token) {
    org.antlr.v4.runtime.TokenStream tokens = recognizer.getInputStream();
    for (int i = token.getTokenIndex() - 1; i >= 0; i--) {
      Token t = tokens.get(i);
      if (t.getChannel() == Token.DEFAULT_CHANNEL) {
        return t;
      }
    }
    return null;
  }

  private Span spanOf(Token token) {
    if (token.getType() == Token.EOF) {
      int end = file.text().length();
      return new Span(file, end, end);
    }
    int start = file.charOffset(Math.max(0, token.getStartIndex()));
    int stop = Math.max(start, file.charOffset(token.getStopIndex() + 1));
    return new Span(file, start, stop);
  }

  private static String describe(Token token) {
    return switch (token.getType()) {
      case Token.EOF -> "end of file";
      case MetaLexer.UNKNOWN_CHAR -> "character `" + printable(token.getText()) + "`";
      case MetaLexer.STRING -> "string " + shorten(token.getText());
      case MetaLexer.NUMBER, MetaLexer.QUANTITY -> "number `" + shorten(token.getText()) + "`";
      case MetaLexer.IDENT -> "name `" + shorten(token.getText()) + "`";
      default -> "`" + shorten(token.getText()) + "`";
    };
  }

  private static String describeExpected(IntervalSet expected, org.antlr.v4.runtime.Parser recognizer) {
    if (expected == null || expected.isNil()) {
      return "";
    }
    Set<String> words = new LinkedHashSet<>();
    for (int type : expected.toList()) {
      words.add(tokenName(type, recognizer));
    }
    if (words.contains("`dataset`") && words.contains("`estimate`")) {
      words.removeIf(w -> w.startsWith("`"));
      words.add("a statement (`dataset`, `kernel`, `estimate`, `correct`, …)");
    }
    List<String> list = new ArrayList<>(words);
    if (list.size() > MAX_EXPECTED_SHOWN) {
      list = new ArrayList<>(list.subList(0, MAX_EXPECTED_SHOWN));
      list.add("…");
    }
    if (list.size() == 1) {
      return list.get(0);
    }
    return "one of " + String.join(", ", list);
  }

  private static String tokenName(int type, org.antlr.v4.runtime.Parser recognizer) {
    return switch (type) {
      case Token.EOF -> "end of file";
      case MetaLexer.IDENT -> "a name";
      case MetaLexer.NUMBER -> "a number";
      case MetaLexer.QUANTITY -> "a number with a unit";
      case MetaLexer.STRING -> "a string";
      default -> {
        String literal = recognizer.getVocabulary().getLiteralName(type);
        yield literal != null ? "`" + literal.substring(1, literal.length() - 1) + "`"
            : recognizer.getVocabulary().getDisplayName(type);
      }
    };
  }

  private static String shorten(String s) {
    return s.length() > 40 ? s.substring(0, 37) + "…" : s;
  }

  private static String printable(String s) {
    int c = s.codePointAt(0);
    return Character.isISOControl(c) || Character.isWhitespace(c)
        ? String.format("U+%04X", c) : s;
  }
}
