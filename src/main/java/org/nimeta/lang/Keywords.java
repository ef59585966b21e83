package org.nimeta.lang;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Vocabulary;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.nimeta.lang.antlr.MetaLexer;
import org.nimeta.lang.antlr.MetaParser;

/**
 * The grammar's words, read from the generated parser so that they follow grammar/Meta.g4 (for
 * the editor's completion and highlighting, which must not see ANTLR's classes).
 */
public final class Keywords {
  /** The literals of the grammar's `boolPrimary`. */
  public static final List<String> BOOLEANS = List.of("true", "false");

  private static final List<String> STATEMENT_WORDS = firstWordsOfStatement();

  private Keywords() {}

  /** The words a statement can start with, in grammar order. */
  public static List<String> statementWords() {
    return STATEMENT_WORDS;
  }

  private static List<String> firstWordsOfStatement() {
    IntervalSet first = MetaParser._ATN.nextTokens(MetaParser._ATN.ruleToStartState[MetaParser.RULE_statement]);
    List<String> words = new ArrayList<>();
    for (int type : first.toArray()) {
      String w = literal(type);
      if (w != null && isWord(w)) {
        words.add(w);
      }
    }
    return List.copyOf(words);
  }

  /** Word literals that are neither statement words nor booleans: `and`, `where`, `with`, …, in token order. */
  public static List<String> operatorWords() {
    List<String> words = new ArrayList<>();
    for (int type = 1; type <= MetaLexer.VOCABULARY.getMaxTokenType(); type++) {
      String w = literal(type);
      if (w != null && isWord(w) && !STATEMENT_WORDS.contains(w) && !BOOLEANS.contains(w)) {
        words.add(w);
      }
    }
    return List.copyOf(words);
  }

  /** Whether {@code text} reads as a name or keyword (not a number, string or symbol). */
  public static boolean isWord(String text) {
    return !text.isEmpty() && (Character.isLetter(text.charAt(0)) || text.charAt(0) == '_');
  }

  private static String literal(int type) {
    Vocabulary v = MetaLexer.VOCABULARY;
    String quoted = v.getLiteralName(type);
    return quoted == null ? null : quoted.substring(1, quoted.length() - 1);
  }
}
