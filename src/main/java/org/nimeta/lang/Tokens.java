package org.nimeta.lang;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.CharStreams;
import org.nimeta.lang.antlr.MetaLexer;

/**
 * The tokens of a text as nimeta's lexer reads them, comments included, as our own records with
 * UTF-16 offsets. Lexing never fails, so an editor can ask what is under the cursor while the
 * script does not parse; what the tokens mean is the {@link Parser}'s business.
 */
public final class Tokens {
  /** What kind of token: {@code WORD} covers names and keywords alike. */
  public enum Kind { WORD, NUMBER, QUANTITY, STRING, UNTERMINATED_STRING, SYMBOL, COMMENT, UNKNOWN }

  /** One token: its text and the characters [start, end) it covers. */
  public record Token(Kind kind, String text, int start, int end) {
    /** Whether this is the keyword, name or symbol {@code s} (a string never is). */
    public boolean is(String s) {
      return kind != Kind.STRING && kind != Kind.UNTERMINATED_STRING && text.equals(s);
    }

    public boolean isWord() {
      return kind == Kind.WORD;
    }
  }

  private final List<Token> code;
  private final List<Token> comments;

  private Tokens(List<Token> code, List<Token> comments) {
    this.code = List.copyOf(code);
    this.comments = List.copyOf(comments);
  }

  public static Tokens lex(String text) {
    MetaLexer lexer = new MetaLexer(CharStreams.fromString(text));
    lexer.removeErrorListeners();
    int[] utf16 = SourceFile.utf16Offsets(text);
    List<Token> code = new ArrayList<>();
    List<Token> comments = new ArrayList<>();
    for (org.antlr.v4.runtime.Token t = lexer.nextToken(); t.getType() != org.antlr.v4.runtime.Token.EOF;
        t = lexer.nextToken()) {
      int start = utf16 == null ? t.getStartIndex() : utf16[t.getStartIndex()];
      int end = utf16 == null ? t.getStopIndex() + 1 : utf16[t.getStopIndex() + 1];
      Token token = new Token(kind(t), t.getText(), start, end);
      (token.kind() == Kind.COMMENT ? comments : code).add(token);
    }
    return new Tokens(code, comments);
  }

  private static Kind kind(org.antlr.v4.runtime.Token t) {
    return switch (t.getType()) {
      case MetaLexer.IDENT -> Kind.WORD;
      case MetaLexer.NUMBER -> Kind.NUMBER;
      case MetaLexer.QUANTITY -> Kind.QUANTITY;
      case MetaLexer.STRING -> Kind.STRING;
      case MetaLexer.UNTERMINATED_STRING -> Kind.UNTERMINATED_STRING;
      case MetaLexer.COMMENT -> Kind.COMMENT;
      case MetaLexer.UNKNOWN_CHAR -> Kind.UNKNOWN;
      default -> Keywords.isWord(t.getText()) ? Kind.WORD : Kind.SYMBOL;
    };
  }

  /** The code tokens (no comments), in order. */
  public List<Token> code() {
    return code;
  }

  /** The word that contains or ends at {@code offset}, or null. */
  public Token wordAt(int offset) {
    for (Token t : code) {
      if (t.start() > offset) {
        break;
      }
      if (t.isWord() && offset <= t.end()) {
        return t;
      }
    }
    return null;
  }

  /** The last code token that ends at or before {@code offset}, or null. */
  public Token lastBefore(int offset) {
    Token found = null;
    for (int i = 0; i < code.size() && code.get(i).end() <= offset; i++) {
      found = code.get(i);
    }
    return found;
  }

  /** Whether {@code offset} is inside a string or a comment (after its first character). */
  public boolean inStringOrComment(int offset) {
    for (Token c : comments) {
      if (c.start() < offset && offset <= c.end()) {
        return true;
      }
    }
    for (Token t : code) {
      boolean open = t.kind() == Kind.UNTERMINATED_STRING;
      if ((open || t.kind() == Kind.STRING) && t.start() < offset && (offset < t.end() || open && offset == t.end())) {
        return true;
      }
    }
    return false;
  }
}
