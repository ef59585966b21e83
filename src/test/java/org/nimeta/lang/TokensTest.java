package org.nimeta.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The editor's lexical view: our own token records, and the grammar's words. */
class TokensTest {

  @Test
  void tokensHaveKindsAndUtf16Offsets() {
    Tokens t = Tokens.lex("# \uD83D\uDE00\nkernel k = ALEKernel(fwhm = 10mm, n = 3) \"s\" \"open");
    assertEquals(List.of(Tokens.Kind.WORD, Tokens.Kind.WORD, Tokens.Kind.SYMBOL, Tokens.Kind.WORD, Tokens.Kind.SYMBOL,
        Tokens.Kind.WORD, Tokens.Kind.SYMBOL, Tokens.Kind.QUANTITY, Tokens.Kind.SYMBOL, Tokens.Kind.WORD,
        Tokens.Kind.SYMBOL, Tokens.Kind.NUMBER, Tokens.Kind.SYMBOL, Tokens.Kind.STRING, Tokens.Kind.UNTERMINATED_STRING),
        t.code().stream().map(Tokens.Token::kind).toList());
    Tokens.Token kernel = t.code().get(0);
    assertEquals(5, kernel.start(), "the emoji is two UTF-16 units");
    assertEquals("k", t.wordAt(13).text());
    assertEquals("k", t.wordAt(12).text(), "a word ending at the offset counts");
    assertNull(t.wordAt(15));
    assertEquals("=", t.lastBefore(15).text());
  }

  @Test
  void stringsAndCommentsAreTold() {
    String text = "load(\"a.json\") # note\nload(\"b";
    Tokens t = Tokens.lex(text);
    assertTrue(t.inStringOrComment(text.indexOf("a.json")));
    assertFalse(t.inStringOrComment(text.indexOf(")")+1), "after the closing quote");
    assertTrue(t.inStringOrComment(text.indexOf("note")));
    assertTrue(t.inStringOrComment(text.length()), "an open string runs to the end of its line");
    assertFalse(t.code().get(2).is("a.json"), "a string is never a word or symbol");
  }

  @Test
  void keywordsComeFromTheGrammar() {
    assertEquals(List.of("version", "seed", "space", "param", "import", "dataset", "kernel", "estimate", "contrast",
        "correct", "diagnose", "write"), Keywords.statementWords());
    assertTrue(Keywords.operatorWords().containsAll(List.of("and", "or", "not", "in", "where", "with", "to")));
    assertFalse(Keywords.operatorWords().contains("dataset"));
    assertFalse(Keywords.operatorWords().contains("true"));
  }
}
