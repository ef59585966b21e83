package org.nimeta.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nimeta.lang.SourceFile;

/** The first pass: declarations (imports included), imported files and the uses of declared names. */
class AnalysisTest {
  @TempDir
  Path dir;

  private Compiler.Result compile(String main) throws IOException {
    Files.writeString(dir.resolve("studies.json"), "{}");
    Files.writeString(dir.resolve("protocol.meta"), """
        param width = 12mm
        dataset pain = load("studies.json")
        kernel k = MKDAKernel(r = width)
        """);
    Path file = dir.resolve("main.meta");
    Files.writeString(file, main);
    return Compiler.compile(SourceFile.read(file, "main.meta"), new Compiler.Options(Map.of(), false));
  }

  private static List<String> names(List<Symbol> symbols) {
    return symbols.stream().map(s -> s.name() + ":" + s.kind().word + "@" + s.span().file().displayName()
        + ":" + s.span().line()).toList();
  }

  private static List<String> uses(Analysis a) {
    return a.references().stream().map(r -> r.span().text() + "@" + r.span().file().displayName() + ":"
        + r.span().line() + "->" + r.target().kind().word).toList();
  }

  @Test
  void importedDeclarationsComeInPlaceOfTheirImport() throws IOException {
    Compiler.Result r = compile("""
        version 1
        param alpha = 0.05
        import "protocol.meta"
        estimate e = MKDADensity(pain, kernel = k)
        write e to "out"
        """);
    assertTrue(r.ok(), r.diagnostics().toString());
    Analysis a = r.analysis();
    assertEquals(List.of("alpha:param@main.meta:2", "width:param@protocol.meta:1", "pain:dataset@protocol.meta:2",
        "k:kernel@protocol.meta:3", "e:estimate@main.meta:4"), names(a.declarations()));
    assertEquals(List.of(dir.resolve("protocol.meta").toAbsolutePath().normalize()), a.imports());
    assertEquals(List.of("width@protocol.meta:3->param", "pain@main.meta:4->dataset", "k@main.meta:4->kernel",
        "e@main.meta:5->estimate"), uses(a));
  }

  @Test
  void aReferenceNamesTheDeclarationItself() throws IOException {
    Analysis a = compile("""
        version 1
        import "protocol.meta"
        estimate e = MKDADensity(pain, kernel = k)
        """).analysis();
    Symbol pain = a.declarations().get(1);
    assertSame(pain, a.references().get(1).target());
  }

  @Test
  void wordsInsideWhereAreFieldsUnlessTheyNameAParam() throws IOException {
    Analysis a = compile("""
        version 1
        param n = 20
        dataset sample_size = load("studies.json")
        dataset big = sample_size where sample_size >= n
        estimate e = ALE(big)
        """).analysis();
    // `sample_size` is a dataset before `where` and a field after it; `n` is the param.
    assertEquals(List.of("sample_size@main.meta:4->dataset", "n@main.meta:4->param", "big@main.meta:5->dataset"),
        uses(a));
  }

  @Test
  void namesAreSeenOnlyBelowTheirDeclaration() throws IOException {
    Compiler.Result r = compile("""
        version 1
        estimate e = ALE(later)
        dataset later = load("studies.json")
        """);
    assertFalse(r.ok());
    assertEquals(List.of("e", "later"), r.analysis().declarations().stream().map(Symbol::name).toList());
    assertEquals(List.of(), r.analysis().references(), "a use above the declaration names nothing");
  }

  @Test
  void aSecondDeclarationIsAnErrorNotADeclaration() throws IOException {
    Compiler.Result r = compile("""
        version 1
        import "protocol.meta"
        dataset pain = load("studies.json")
        estimate e = ALE(pain)
        """);
    assertFalse(r.ok());
    Symbol pain = r.analysis().declarations().stream().filter(s -> s.name().equals("pain")).findFirst().orElseThrow();
    assertEquals("protocol.meta", pain.span().file().displayName());
    assertEquals(1, r.analysis().declarations().stream().filter(s -> s.name().equals("pain")).count());
  }

  @Test
  void theAnalysisIsImmutable() throws IOException {
    Analysis a = compile("version 1\nimport \"protocol.meta\"\nestimate e = MKDADensity(pain, kernel = k)\n")
        .analysis();
    assertThrows(UnsupportedOperationException.class, () -> a.declarations().clear());
    assertThrows(UnsupportedOperationException.class, () -> a.imports().clear());
    assertThrows(UnsupportedOperationException.class, () -> a.references().clear());
  }

  @Test
  void aScriptThatDoesNotParseHasAnEmptyAnalysis() {
    Compiler.Result r = Compiler.compile(SourceFile.of("t.meta", "version 1\nestimate = \n"), Compiler.Options.defaults());
    assertSame(Analysis.EMPTY, r.analysis());
  }
}
