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
  /** Comments as [start, end) pairs. */
  private final List<int[]> comments;

  private ScriptTokens(List<Tok> tokens, List<int[]> comments) {
    this.tokens = tokens;
    this.comments = comments;
  }

  static ScriptTokens lex(String text) {
    MetaLexer lexer = new MetaLexer(CharStreams.fromString(text));
    lexer.removeErrorListeners();
    List<Tok> out = new ArrayList<>();
    List<int[]> comments = new ArrayList<>();
    int[] utf16 = org.nimeta.lang.SourceFile.utf16Offsets(text);
    int depth = 0;
    for (Token t = lexer.nextToken(); t.getType() != Token.EOF; t = lexer.nextToken()) {
      int start = utf16 == null ? t.getStartIndex() : utf16[t.getStartIndex()];
      int end = utf16 == null ? t.getStopIndex() + 1 : utf16[t.getStopIndex() + 1];
      if (t.getChannel() != Token.DEFAULT_CHANNEL) {
        comments.add(new int[] {start, end});
        continue;
      }
      String s = t.getText();
      if (s.equals(")") || s.equals("]")) {
        depth = Math.max(0, depth - 1);
      }
      out.add(new Tok(t.getType(), s, start, end, depth));
      if (s.equals("(") || s.equals("[")) {
        depth++;
      }
    }
    return new ScriptTokens(List.copyOf(out), List.copyOf(comments));
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

  /** Whether {@code offset} is inside a string or a comment (after its first character). */
  boolean inStringOrComment(int offset) {
    for (int[] c : comments) {
      if (c[0] < offset && offset <= c[1]) {
        return true;
      }
    }
    for (Tok t : tokens) {
      boolean string = t.type() == MetaLexer.STRING || t.type() == MetaLexer.UNTERMINATED_STRING;
      boolean open = t.type() == MetaLexer.UNTERMINATED_STRING;
      if (string && t.start() < offset && (offset < t.end() || open && offset == t.end())) {
        return true;
      }
    }
    return false;
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
