package org.nimeta.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** ANTLR stays inside org.nimeta.lang: everything else reads our tree, tokens and keywords. */
class AntlrBoundaryTest {
  private static final Path MAIN = Path.of("src/main/java");
  private static final Path LANG = MAIN.resolve("org/nimeta/lang");

  @Test
  void nothingOutsideLangImportsAntlrOrTheGeneratedParser() throws IOException {
    List<String> offenders;
    try (Stream<Path> files = Files.walk(MAIN)) {
      offenders = files.filter(p -> p.toString().endsWith(".java") && !p.getParent().equals(LANG))
          .filter(p -> {
            try {
              String text = Files.readString(p);
              return text.contains("org.antlr.") || text.contains("org.nimeta.lang.antlr");
            } catch (IOException e) {
              throw new java.io.UncheckedIOException(e);
            }
          })
          .map(Path::toString).toList();
    }
    assertEquals(List.of(), offenders);
  }
}
