package org.nimeta.lsp;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;
import org.nimeta.lang.antlr.MetaLexer;

/**
 * The code tokens of a script (comments and whitespace dropped) from nimeta's own lexer, each
 * with the bracket depth it sits at. Lexing never fails, so everything built on this keeps working
 * while a line is half typed.
 */
final class ScriptTokens {
  /**
   * @param start first character; {@code end} one past the last
   * @param depth open brackets ({@code (} and {@code [}) before this token
   */
  record Tok(int type, String text, int start, int end, int depth) {
    boolean is(String s) {
      return type != MetaLexer.STRING && text.equals(s);
    }

    boolean isWord() {
      return type != MetaLexer.STRING && type != MetaLexer.UNTERMINATED_STRING && Keywords.isWord(text);
    }
  }

  private final List<Tok> tokens;

  private ScriptTokens(List<Tok> tokens) {
    this.tokens = tokens;
  }

  static ScriptTokens lex(String text) {
    MetaLexer lexer = new MetaLexer(CharStreams.fromString(text));
    lexer.removeErrorListeners();
    List<Tok> out = new ArrayList<>();
    int depth = 0;
    for (Token t = lexer.nextToken(); t.getType() != Token.EOF; t = lexer.nextToken()) {
      if (t.getChannel() != Token.DEFAULT_CHANNEL) {
        continue;
      }
      String s = t.getText();
      if (s.equals(")") || s.equals("]")) {
        depth = Math.max(0, depth - 1);
      }
      out.add(new Tok(t.getType(), s, t.getStartIndex(), t.getStopIndex() + 1, depth));
      if (s.equals("(") || s.equals("[")) {
        depth++;
      }
    }
    return new ScriptTokens(List.copyOf(out));
  }

  List<Tok> all() {
    return tokens;
  }

  int size() {
    return tokens.size();
  }

  /** The token at index {@code i}, or null outside the list. */
  Tok get(int i) {
    return i >= 0 && i < tokens.size() ? tokens.get(i) : null;
  }

  /** The index of the word token that contains or ends at {@code offset}, or -1. */
  int wordAt(int offset) {
    for (int i = 0; i < tokens.size(); i++) {
      Tok t = tokens.get(i);
      if (t.start() > offset) {
        break;
      }
      if (t.isWord() && offset <= t.end()) {
        return i;
      }
    }
    return -1;
  }

  /** The index of the last token that ends at or before {@code offset}, or -1. */
  int lastBefore(int offset) {
    int found = -1;
    for (int i = 0; i < tokens.size() && tokens.get(i).end() <= offset; i++) {
      found = i;
    }
    return found;
  }

  /**
   * Whether token {@code i} starts a statement: a statement word outside brackets that is the
   * first token on its line (statements need no terminator; `nimeta fmt` puts one per line).
   */
  boolean startsStatement(int i, String text) {
    Tok t = tokens.get(i);
    if (t.depth() != 0 || !Keywords.statementWords().contains(t.text()) || t.type() == MetaLexer.STRING) {
      return false;
    }
    Tok previous = get(i - 1);
    return previous == null || text.lastIndexOf('\n', t.start()) >= previous.end();
  }
}
