package org.nimeta.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MarkdownTest {
  @Test
  void headingsParagraphsAndListsBecomeTheirElements() {
    String html = Markdown.toHtml("""
        # Methods

        An activation likelihood estimation (ALE; Eickhoff et al., 2009)
        was run with **nimeta** 0.1.0.

        - kernel: `ALEKernel()`
        - *seed* 42
        """);
    assertEquals("""
        <h3>Methods</h3>
        <p>An activation likelihood estimation (ALE; Eickhoff et al., 2009) was run with <strong>nimeta</strong> 0.1.0.</p>
        <ul>
        <li>kernel: <code>ALEKernel()</code></li>
        <li><em>seed</em> 42</li>
        </ul>
        """, html);
  }

  @Test
  void noMarkupOfTheTextReachesThePage() {
    String html = Markdown.toHtml("A <script>alert(1)</script> & `<b>` [x](javascript:alert(1))");
    assertFalse(html.contains("<script>"), html);
    assertFalse(html.contains("href=\"javascript"), html);
    assertTrue(html.contains("&lt;script&gt;"), html);
    assertTrue(html.contains("<code>&lt;b&gt;</code>"), html);
  }

  @Test
  void linksToTheWebAreKept() {
    assertTrue(Markdown.toHtml("[NiMARE](https://nimare.readthedocs.io)")
        .contains("<a href=\"https://nimare.readthedocs.io\">NiMARE</a>"));
  }
}
