package org.nimeta.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ParserTest {

  private static Ast.Script parse(String text) {
    Parser.Result r = Parser.parse(SourceFile.of("t.meta", text));
    assertTrue(r.ok(), () -> DiagnosticRenderer.render(r.diagnostics()));
    return r.script();
  }

  @Test
  void writeTakesNamedOptionsAfterAQuotedFolder() {
    Ast.Write plain = (Ast.Write) parse("write ale to \"ale\"").statements().get(0);
    assertEquals(List.of(), plain.options());
    Ast.Write w = (Ast.Write) parse("write ale to \"t\" (maps = [\"z\"], alpha = 0.05,)").statements().get(0);
    assertEquals("t", ((Ast.StringLit) w.destination()).value());
    assertEquals(List.of("maps", "alpha"), w.options().stream().map(a -> a.name().text()).toList());
    assertInstanceOf(Ast.ListExpr.class, w.options().get(0).value());
    // After a name the brackets are a call, which the compiler refuses as a folder.
    Ast.Write call = (Ast.Write) parse("write ale to folder (alpha = 0.05)").statements().get(0);
    assertInstanceOf(Ast.Call.class, call.destination());
  }

  /** The lexer counts code points; spans count UTF-16 units like Java strings and editors. */
  @Test
  void spansAfterAnEmojiStillPointAtTheirText() {
    String text = "dataset d = load(\"\uD83E\uDDE0 brain.json\")  # \uD83D\uDE00\nestimate ale = ALE(d)";
    Ast.Script script = parse(text);
    Ast.Declaration ale = (Ast.Declaration) script.statements().get(1);
    assertEquals("ale", ale.name().span().text());
    assertEquals("ALE(d)", ale.value().span().text());
    assertEquals(2, ale.name().span().line());
    assertEquals(10, ale.name().span().column());
    Ast.Call load = (Ast.Call) ((Ast.Declaration) script.statements().get(0)).value();
    assertEquals("\"\uD83E\uDDE0 brain.json\"", load.arguments().get(0).value().span().text());

    Parser.Result broken = Parser.parse(SourceFile.of("t.meta", "# \uD83D\uDE00\uD83D\uDE00\nestimate x = ALE(d e)"));
    assertEquals("e", broken.diagnostics().get(0).span().text());
  }

  @Test
  void quantitiesKeepTheirUnitAndNegativeSign() {
    Ast.Declaration d = (Ast.Declaration) parse("kernel k = ALEKernel(fwhm = -12.5mm)").statements().get(0);
    Ast.Call call = (Ast.Call) d.value();
    Ast.QuantityLit q = (Ast.QuantityLit) call.arguments().get(0).value();
    assertEquals(-12.5, q.value());
    assertEquals("mm", q.unit());
  }

  @Test
  void exponentNumbersAreNotQuantities() {
    Ast.Param p = (Ast.Param) parse("param alpha = 1e-3").statements().get(0);
    assertEquals(0.001, ((Ast.NumberLit) p.value()).value());
  }

  @Test
  void whereBindsLooserThanAndWhichBindsLooserThanComparison() {
    Ast.Declaration d = (Ast.Declaration) parse(
        "dataset a = b where sample_size >= 20 and not study == \"x\" or id ~ \"y\"").statements().get(0);
    Ast.Where w = assertInstanceOf(Ast.Where.class, d.value());
    Ast.Binary or = assertInstanceOf(Ast.Binary.class, w.condition());
    assertEquals("or", or.op().spelling());
    Ast.Binary and = assertInstanceOf(Ast.Binary.class, or.left());
    assertEquals("and", and.op().spelling());
    assertInstanceOf(Ast.Not.class, and.right());
  }

  @Test
  void setOperatorsBindTighterThanWhere() {
    Ast.Declaration d = (Ast.Declaration) parse("dataset a = b + c where foci > 3").statements().get(0);
    Ast.Where w = assertInstanceOf(Ast.Where.class, d.value());
    assertEquals("+", ((Ast.Binary) w.source()).op().spelling());
  }

  @Test
  void stringEscapesAreDecoded() {
    Ast.Import i = (Ast.Import) parse("import \"a\\\"b\\\\c\"").statements().get(0);
    assertEquals("a\"b\\c", i.path().value());
  }

  @Test
  void spansPointAtTheSource() {
    Ast.Declaration d = (Ast.Declaration) parse("\n\n  estimate ale = ALE(pain)").statements().get(0);
    assertEquals(3, d.span().line());
    assertEquals(3, d.span().column());
    assertEquals("ale", d.name().text());
    assertEquals(12, d.name().span().column());
  }

  @Test
  void keywordsCanNameFieldsInsideExpressions() {
    parse("dataset a = b where space == \"TAL\"");
  }

  @Test
  void everySyntaxErrorIsReportedNotJustTheFirst() {
    Parser.Result r = Parser.parse(SourceFile.of("t.meta", "estimate = ALE(\nkernel k = \ndataset d = load(\"x\")"));
    assertFalse(r.ok());
    List<Diagnostic> ds = r.diagnostics();
    assertTrue(ds.size() >= 2, "got " + ds.size());
    assertTrue(ds.stream().allMatch(d -> d.code().equals("E0101")));
  }

  @Test
  void deepNestingIsADiagnosticNotACrash() {
    String deep = "param p = " + "[".repeat(200_000) + "]".repeat(200_000);
    Parser.Result r = Parser.parse(SourceFile.of("t.meta", deep));
    assertFalse(r.ok());
    assertEquals("E0101", r.diagnostics().get(0).code());
  }
}
