package org.nimeta.lang;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.InputMismatchException;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.nimeta.lang.antlr.MetaLexer;
import org.nimeta.lang.antlr.MetaParser;

/**
 * The editor's reading of a script with syntax errors. It differs from the compiler's in one
 * rule: a statement word that starts a line and is not followed by {@code =} (so it is no
 * argument name, as {@code kernel = …} on a line of its own is) starts a statement and is never
 * read as a name. In a script that parses this holds anyway; in one that does not, it keeps an
 * unfinished line from swallowing the statement below it. The compiler never reads this way: its
 * grammar is exactly the language.
 */
final class EditorParser extends MetaParser {
  private static final Set<Integer> STATEMENT_WORDS = statementWordTypes();

  EditorParser(SourceFile file) {
    super(tokens(file));
    removeErrorListeners();
    setErrorHandler(new EditorRecovery());
  }

  private static CommonTokenStream tokens(SourceFile file) {
    MetaLexer lexer = new MetaLexer(CharStreams.fromString(file.text(), file.displayName()));
    lexer.removeErrorListeners();
    CommonTokenStream tokens = new CommonTokenStream(lexer);
    tokens.fill(); // looking at the next token must never read further
    return tokens;
  }

  private static Set<Integer> statementWordTypes() {
    return IntStream.rangeClosed(1, MetaLexer.VOCABULARY.getMaxTokenType()).boxed()
        .filter(type -> {
          String literal = MetaLexer.VOCABULARY.getLiteralName(type);
          return literal != null && Keywords.statementWords().contains(literal.substring(1, literal.length() - 1));
        })
        .collect(Collectors.toUnmodifiableSet());
  }

  /** Refuses to read a name at a statement's first word: the rule around fails there and recovery resumes at it. */
  @Override
  public void enterRule(ParserRuleContext localctx, int state, int ruleIndex) {
    if (ruleIndex == RULE_name && startsStatement(getCurrentToken())) {
      throw new InputMismatchException(this);
    }
    super.enterRule(localctx, state, ruleIndex);
  }

  private boolean startsStatement(Token t) {
    if (!STATEMENT_WORDS.contains(t.getType())) {
      return false;
    }
    Token previous = neighbour(t, -1);
    Token next = neighbour(t, 1);
    boolean firstOnLine = previous == null || previous.getLine() < t.getLine();
    return firstOnLine && (next == null || !next.getText().equals("="));
  }

  /** The nearest code token before ({@code step} -1) or after (+1) {@code t}, or null. */
  private Token neighbour(Token t, int step) {
    CommonTokenStream tokens = (CommonTokenStream) getInputStream();
    for (int i = t.getTokenIndex() + step; i >= 0 && i < tokens.size(); i += step) {
      Token n = tokens.get(i);
      if (n.getType() == Token.EOF) {
        return null;
      }
      if (n.getChannel() == Token.DEFAULT_CHANNEL) {
        return n;
      }
    }
    return null;
  }
}
