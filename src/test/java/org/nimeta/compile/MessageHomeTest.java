package org.nimeta.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every compile diagnostic is worded in a message factory, a {@code *Problems.java} file of the
 * compiler, so one sentence lives in one place: no other compiler file builds a Diagnostic itself.
 */
class MessageHomeTest {
  private static final Path COMPILER = Path.of("src/main/java/org/nimeta/compile");
  /** A Diagnostic built directly, however it is spelt (qualified, statically imported, constructed). */
  private static final Pattern BUILDS_DIAGNOSTIC = Pattern.compile(
      "Diagnostic\\s*\\.\\s*(error|warning)\\s*\\(|new\\s+Diagnostic\\s*\\(|import\\s+static\\s+org\\.nimeta\\.lang\\.Diagnostic\\.");

  static boolean isFactory(Path file) {
    return file.getFileName().toString().endsWith("Problems.java");
  }

  @Test
  void onlyMessageFactoriesBuildDiagnostics() throws IOException {
    List<String> offenders = new ArrayList<>();
    List<String> factories = new ArrayList<>();
    try (Stream<Path> files = Files.walk(COMPILER)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
        boolean builds = BUILDS_DIAGNOSTIC.matcher(Files.readString(f)).find();
        if (builds && isFactory(f)) {
          factories.add(f.getFileName().toString());
        } else if (builds) {
          offenders.add(COMPILER.relativize(f).toString());
        }
      }
    }
    // Guards the scan itself: were the path or the pattern wrong, nothing would be found anywhere.
    assertFalse(factories.isEmpty(), "no message factory found under " + COMPILER);
    assertEquals(List.of(), offenders,
        "compiler files that word a diagnostic themselves; add a method named by intent to a *Problems.java factory");
  }
}
