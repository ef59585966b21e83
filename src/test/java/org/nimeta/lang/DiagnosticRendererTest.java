package org.nimeta.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DiagnosticRendererTest {

  @Test
  void rendersLocationCodeSourceLineAndCaret() {
    SourceFile f = SourceFile.of("s.meta", "dataset pain = load(\"x\")\nestimate ale = ALE(pian)\n");
    int at = f.text().indexOf("pian");
    Diagnostic d = Diagnostic.error(ErrorCode.UNKNOWN_NAME, new Span(f, at, at + 4), "unknown dataset `pian`.")
        .withHelp("Did you mean `pain`?");
    assertEquals("""
        s.meta:2:20: error[E0201]: unknown dataset `pian`.
         2 | estimate ale = ALE(pian)
           |                    ^^^^
           = help: Did you mean `pain`?
        """, DiagnosticRenderer.render(d));
  }

  @Test
  void aHugeLineIsShownAroundTheCaretOnly() {
    String line = "x".repeat(1_000_000) + " @";
    SourceFile f = SourceFile.of("big.meta", line);
    Diagnostic d = Diagnostic.error(ErrorCode.SYNTAX, new Span(f, 1_000_001, 1_000_002), "unexpected character `@`.");
    String out = DiagnosticRenderer.render(d);
    assertTrue(out.length() < 600, "rendered " + out.length() + " characters");
    assertTrue(out.startsWith("big.meta:1:1000002: error[E0101]"));
    String[] lines = out.split("\n");
    assertEquals(lines[1].indexOf('@'), lines[2].indexOf('^'), "caret under the offending character");
  }

  @Test
  void diagnosticsWithoutAPlaceSayNimeta() {
    Diagnostic d = Diagnostic.error(ErrorCode.BAD_PARAM_OVERRIDE, null, "`--param x=1`: no param `x`.");
    assertEquals("nimeta: error[E0406]: `--param x=1`: no param `x`.\n", DiagnosticRenderer.render(d));
  }

  @Test
  void controlCharactersInMessagesHelpAndSourceAreNeverPrintedRaw() {
    SourceFile f = SourceFile.of("s.meta", "load(\"a\u001bb\") @\n");
    int at = f.text().indexOf('@');
    Diagnostic d = Diagnostic.error(ErrorCode.SYNTAX, new Span(f, at, at + 1), "label `x\u001b[31m`\u0000.")
        .withHelp("first\tsecond\nthird\u007f");
    assertEquals("""
        s.meta:1:13: error[E0101]: label `x\\x1b[31m`\\x00.
         1 | load("a\ufffdb") @
           |             ^
           = help: first\tsecond
        third\\x7f
        """, DiagnosticRenderer.render(d));
  }
}
