package org.nimeta.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A script with syntax errors still yields the tree the parser could build, for the editor. */
class PartialTreeTest {

  private static Parser.Result parse(String text) {
    return Parser.parse(SourceFile.of("t.meta", text));
  }

  private static List<Class<?>> kinds(Parser.Result r) {
    return r.script().statements().stream().<Class<?>>map(Object::getClass).toList();
  }

  @Test
  void aBrokenStatementInTheMiddleKeepsTheDeclarationsBeforeAndAfterIt() {
    Parser.Result r = parse("""
        dataset pain = load("pain.json")
        kernel k = ALEKernel(fwhm =
        estimate ale = ALE(pain, kernel = k)
        """);
    assertFalse(r.ok());
    List<Ast.Stmt> s = r.script().statements();
    assertEquals(3, s.size(), s.toString());
    Ast.Declaration pain = (Ast.Declaration) s.get(0);
    assertEquals("dataset pain = load(\"pain.json\")", pain.span().text());
    assertEquals("pain", pain.name().span().text());
    Ast.Declaration k = (Ast.Declaration) s.get(1);
    assertEquals("k", k.name().text());
    Ast.Call kernel = (Ast.Call) k.value();
    assertFalse(kernel.brackets().closed());
    Ast.Broken fwhm = assertInstanceOf(Ast.Broken.class, kernel.arguments().get(0).value());
    assertEquals("", fwhm.text(), "nothing was written after `fwhm =`");
    Ast.Declaration ale = (Ast.Declaration) s.get(2);
    assertEquals(Ast.DeclKind.ESTIMATE, ale.kind());
    assertEquals("estimate ale = ALE(pain, kernel = k)", ale.span().text());
    assertEquals(3, ale.name().span().line());
    assertTrue(((Ast.Call) ale.value()).brackets().closed());
  }

  @Test
  void aCallMissingItsClosingBracketKeepsTheCallAndItsArguments() {
    Parser.Result r = parse("estimate ale = ALE(pain, kernel = ALEKernel(fwhm = 10mm), null_method = montecarlo\n"
        + "write ale to \"out\"");
    Ast.Call ale = (Ast.Call) ((Ast.Declaration) r.script().statements().get(0)).value();
    assertEquals("ALE", ale.callee().text());
    assertFalse(ale.brackets().closed());
    assertTrue(ale.brackets().span().text().startsWith("(pain, kernel"), ale.brackets().span().text());
    assertEquals(List.of("pain", "kernel", "null_method"), ale.arguments().stream()
        .map(a -> a.name() == null ? ((Ast.Ref) a.value()).name().text() : a.name().text()).toList());
    Ast.Call kernel = (Ast.Call) ale.arguments().get(1).value();
    assertTrue(kernel.brackets().closed());
    assertEquals("ALEKernel(fwhm = 10mm)", kernel.span().text());
    assertEquals("montecarlo", ((Ast.Ref) ale.arguments().get(2).value()).name().text());
    assertInstanceOf(Ast.Write.class, r.script().statements().get(1));
  }

  @Test
  void tokensNoStatementCouldTakeBecomeOneBrokenStatement() {
    Parser.Result r = parse("version 1\n) ) ]\nseed 3");
    assertEquals(List.of(Ast.Version.class, Ast.Broken.class, Ast.Seed.class), kinds(r));
    Ast.Broken junk = (Ast.Broken) r.script().statements().get(1);
    assertEquals(") ) ]", junk.text());
    assertEquals(") ) ]", junk.span().text());
  }

  @Test
  void aMissingNameIsEmptyAndZeroWideWhereItShouldBe() {
    Parser.Result r = parse("dataset = load(\"x.json\")");
    Ast.Declaration d = (Ast.Declaration) r.script().statements().get(0);
    assertTrue(d.name().missing());
    assertEquals(7, d.name().span().start());
    assertEquals(7, d.name().span().end());
    assertEquals("load", ((Ast.Call) d.value()).callee().text());
  }

  @Test
  void aStatementWordStartingALineIsNotSwallowedByTheUnfinishedLineAbove() {
    assertEquals(List.of(Ast.Version.class, Ast.Seed.class), kinds(parse("version\nseed 3")));
    Parser.Result r = parse("dataset d = \nestimate e = ALE(d)\nparam n = 1 +\nkernel k = MKDAKernel()");
    assertEquals(List.of("d", "e", "n", "k"), r.script().statements().stream()
        .map(s -> s instanceof Ast.Declaration d ? d.name().text() : ((Ast.Param) s).name().text()).toList());
  }

  @Test
  void anArgumentNamedLikeAStatementWordMayStillStartALine() {
    Parser.Result r = parse("estimate ale = ALE(pain,\n  kernel = ALEKernel(fwhm = 10mm)\n  null_method = montecarlo)");
    assertFalse(r.ok(), "a comma is missing");
    Ast.Call ale = (Ast.Call) ((Ast.Declaration) r.script().statements().get(0)).value();
    assertEquals("kernel", ale.arguments().get(1).name().text());
  }

  @Test
  void theCompilersReadingIsExactlyTheLanguage() {
    // In a script that parses, a statement word starting a line may still name a field.
    Parser.Result r = parse("dataset a = b where\nspace == \"TAL\"");
    assertTrue(r.ok(), () -> DiagnosticRenderer.render(r.diagnostics()));
    assertInstanceOf(Ast.Where.class, ((Ast.Declaration) r.script().statements().get(0)).value());
  }

  @Test
  void theMessagesOfABrokenScriptAreThoseOfTheCompilersReading() {
    Parser.Result r = parse("version\nseed 3");
    assertEquals(1, r.diagnostics().size());
    assertEquals("this line ends too early (the next thing is `seed` on line 2).", r.diagnostics().get(0).message());
    assertEquals(List.of("Expected a number here."), r.diagnostics().get(0).help());
  }
}
