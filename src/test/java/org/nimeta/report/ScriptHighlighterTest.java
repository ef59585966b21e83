package org.nimeta.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nimeta.registry.Registry;

class ScriptHighlighterTest {
  private final ScriptHighlighter highlighter = new ScriptHighlighter(Registry.builtin());

  @Test
  void keywordsMethodsStringsNumbersAndCommentsGetTheirClasses() {
    String html = highlighter.highlight("""
        dataset pain = load("a.json")  # the 21 studies
        estimate ale = ALE(pain, n_iters = 200)
        """);
    assertTrue(html.contains("<span class=\"tok-keyword\">dataset</span>"), html);
    assertTrue(html.contains("<span class=\"tok-keyword\">estimate</span>"), html);
    assertTrue(html.contains("<span class=\"tok-method\">ALE</span>"), html);
    assertTrue(html.contains("<span class=\"tok-string\">&quot;a.json&quot;</span>"), html);
    assertTrue(html.contains("<span class=\"tok-number\">200</span>"), html);
    assertTrue(html.contains("<span class=\"tok-comment\"># the 21 studies</span>"), html);
    assertFalse(html.contains("tok-keyword\">pain"), "a name is no keyword: " + html);
  }

  @Test
  void theTextReadsAsWrittenOnceTheMarkupIsTakenAway() {
    String script = "version 1\n\n  seed 42   # a <b>comment</b> & more\nwrite ale to \"x # not a comment\"\n";
    String html = highlighter.highlight(script);
    String text = html.replaceAll("<[^>]+>", "").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
        .replace("&amp;", "&");
    assertEquals(script, text);
    assertFalse(html.contains("<b>"), "markup in a comment is escaped: " + html);
    assertTrue(html.contains("<span class=\"tok-string\">&quot;x # not a comment&quot;</span>"), html);
  }
}
