package org.nimeta.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class FormatterTest {

  private static String fmt(String text) {
    return Formatter.format(SourceFile.of("t.meta", text));
  }

  @Test
  void normalisesSpacingAndKeepsComments() {
    String messy = """
        # header comment
        version   1
        kernel   k=ALEKernel( fwhm=10mm ,sample_size = none )   # trailing
        dataset d = load( "x.json" ) where sample_size>=20 and not(study=="a")


        estimate e=ALE(d,kernel=k)
        """;
    assertEquals("""
        # header comment
        version 1
        kernel k = ALEKernel(fwhm = 10mm, sample_size = none)  # trailing
        dataset d = load("x.json") where sample_size >= 20 and not (study == "a")

        estimate e = ALE(d, kernel = k)
        """, fmt(messy));
  }

  @Test
  void keepsLineBreaksInsideBracketsWithIndent() {
    assertEquals("""
        dataset d = p where study in ["a",
            "b", "c"]
        """, fmt("dataset d = p where study in [\"a\",\n              \"b\", \"c\"]\n"));
  }

  @Test
  void laysOutWriteOptionsLikeCallArguments() {
    assertEquals("write ale to \"t\" (maps = [\"z\"], alpha = 0.05, clusters = true)\n",
        fmt("write ale to \"t\"(maps=[ \"z\" ],alpha=0.05 , clusters=true)"));
    assertEquals("""
        write ale to "t" (
            alpha = 0.05,
        )
        """, fmt("write ale to \"t\" (\n alpha = 0.05,\n)"));
  }

  @Test
  void tellsSignsFromMinus() {
    assertEquals("param x = -2mm\ndataset d = a - b\n", fmt("param x = - 2mm\ndataset d = a-b"));
  }

  @Test
  void examplesAreInCanonicalLayout() throws IOException {
    try (Stream<Path> examples = Files.list(Path.of("examples"))) {
      for (Path p : examples.filter(f -> f.toString().endsWith(".meta")).toList()) {
        String text = Files.readString(p);
        assertEquals(fmt(text), text, p + " is not in canonical layout: nimeta fmt " + p);
      }
    }
  }

  @Test
  void scriptsWithSyntaxErrorsAreNotFormatted() {
    assertNull(fmt("estimate = ALE("));
  }

  @Test
  void isIdempotentOnEveryExampleAndGoldenScript() throws IOException {
    List<Path> scripts;
    try (Stream<Path> a = Files.list(Path.of("examples"));
        Stream<Path> b = Files.walk(Path.of("src/test/resources/scripts/ok"))) {
      scripts = Stream.concat(a, b).filter(p -> p.toString().endsWith(".meta")).toList();
    }
    assertTrue(scripts.size() > 5);
    for (Path p : scripts) {
      String once = fmt(Files.readString(p));
      assertNotNull(once, p.toString());
      assertEquals(once, fmt(once), "formatting twice changes " + p);
      assertEquals(Parser.parse(SourceFile.of("a", Files.readString(p))).script().statements().size(),
          Parser.parse(SourceFile.of("b", once)).script().statements().size(), "statements lost in " + p);
    }
  }
}
