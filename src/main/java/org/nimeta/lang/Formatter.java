package org.nimeta.lang;

import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Token;
import org.nimeta.lang.antlr.MetaLexer;

/**
 * {@code nimeta fmt}: the canonical layout of a script, so that protocol diffs in git show only
 * real changes. Works on tokens, so every comment survives. Rules: one statement per line, a
 * blank line kept (at most one) where the source has one, single spaces around operators and
 * {@code =}, none inside brackets or before commas, line breaks inside brackets kept with four
 * spaces of indent per open bracket, two spaces before a trailing comment. Idempotent.
 */
public final class Formatter {
  private static final Set<String> STATEMENT_KEYWORDS = Set.of(
      "version", "seed", "space", "param", "import", "dataset", "kernel", "estimate", "contrast", "correct", "diagnose",
      "write");
  private static final Set<String> OPENERS = Set.of("(", "[");
  private static final Set<String> CLOSERS = Set.of(")", "]");
  private static final Set<String> OPERATOR_WORDS = Set.of("and", "or", "not", "in", "where", "with", "to");

  private Formatter() {}

  /** The formatted text, or null when the script has syntax errors (format only what parses). */
  public static String format(SourceFile file) {
    if (!Parser.parse(file).ok()) {
      return null;
    }
    MetaLexer lexer = new MetaLexer(CharStreams.fromString(file.text()));
    lexer.removeErrorListeners();
    CommonTokenStream stream = new CommonTokenStream(lexer);
    stream.fill();
    List<Token> tokens = stream.getTokens();
    StringBuilder out = new StringBuilder();
    int depth = 0;
    Token previous = null;
    Token beforePrevious = null; // the code token before `previous`, to tell a sign from a minus
    for (Token t : tokens) {
      if (t.getType() == Token.EOF) {
        break;
      }
      String text = t.getText();
      boolean comment = t.getChannel() != Token.DEFAULT_CHANNEL;
      if (previous == null) {
        out.append(comment ? text.stripTrailing() : text);
        previous = t;
        beforePrevious = null;
        depth += OPENERS.contains(text) ? 1 : 0;
        continue;
      }
      int gap = t.getLine() - endLine(previous);
      boolean startsStatement = !comment && depth == 0 && STATEMENT_KEYWORDS.contains(text)
          && !isInsideExpression(previous);
      if (comment && gap == 0) {
        out.append("  ").append(text.stripTrailing());
      } else if (startsStatement || (comment && depth == 0) || (gap > 0 && depth > 0)) {
        out.append('\n');
        if (gap > 1 && (startsStatement || comment)) {
          out.append('\n');
        }
        int indent = CLOSERS.contains(text) ? depth - 1 : depth;
        out.append("    ".repeat(Math.max(0, indent))).append(comment ? text.stripTrailing() : text);
      } else {
        out.append(spaceBetween(beforePrevious, previous, t) ? " " : "").append(text);
      }
      if (!comment) {
        depth += OPENERS.contains(text) ? 1 : CLOSERS.contains(text) ? -1 : 0;
        depth = Math.max(0, depth);
        beforePrevious = previous;
      }
      previous = t;
    }
    return out.length() == 0 ? "" : out.append('\n').toString();
  }

  private static int endLine(Token t) {
    return t.getLine() + (int) t.getText().chars().filter(c -> c == '\n').count();
  }

  /** After these, a statement keyword is a field name (`where space == "TAL"`), not a new statement. */
  private static boolean isInsideExpression(Token previous) {
    return Set.of("where", "and", "or", "not", "(", "[", ",", "=", "==", "!=", "<", "<=", ">", ">=", "in", "~", "+",
        "-", "&", "with", "to").contains(previous.getText()) && previous.getType() != MetaLexer.STRING;
  }

  private static boolean spaceBetween(Token beforeA, Token a, Token b) {
    String x = a.getText();
    String y = b.getText();
    if (y.equals(",") || CLOSERS.contains(y) || OPENERS.contains(x)) {
      return false;
    }
    if (y.equals("(") && (a.getType() == MetaLexer.IDENT || (isWord(a) && !OPERATOR_WORDS.contains(x)))) {
      return false; // a call: ALE(...)
    }
    boolean number = b.getType() == MetaLexer.NUMBER || b.getType() == MetaLexer.QUANTITY;
    return !(x.equals("-") && number && !endsOperand(beforeA)); // `-2mm` is a sign, `a - b` a minus
  }

  private static boolean isWord(Token t) {
    return Character.isLetter(t.getText().charAt(0));
  }

  private static boolean endsOperand(Token t) {
    if (t == null) {
      return false;
    }
    int type = t.getType();
    return type == MetaLexer.IDENT || type == MetaLexer.NUMBER || type == MetaLexer.QUANTITY
        || type == MetaLexer.STRING || CLOSERS.contains(t.getText()) || t.getText().equals("true")
        || t.getText().equals("false");
  }
}
