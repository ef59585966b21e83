package org.nimeta.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.nimeta.lang.ErrorCode;

/** Every diagnostic the compiler can emit appears in at least one golden script's expected output. */
class DiagnosticCoverageTest {
  /** Emitted only while running, and covered by the run package's tests (the cache's by CacheEndToEndTest) instead. */
  private static final Set<ErrorCode> RUN_TIME_ONLY = Set.of(ErrorCode.RUN_FAILED, ErrorCode.CACHE_PROBLEM);

  @Test
  void everyCodeHasAGoldenScript() throws IOException {
    StringBuilder all = new StringBuilder();
    try (Stream<Path> files = Files.walk(Path.of("src/test/resources/scripts"))) {
      for (Path p : files.filter(f -> f.toString().endsWith(".err") || f.toString().endsWith(".plan")).toList()) {
        all.append(Files.readString(p));
      }
    }
    List<String> missing = Arrays.stream(ErrorCode.values())
        .filter(c -> !RUN_TIME_ONLY.contains(c))
        .filter(c -> !all.toString().contains("[" + c.code() + "]"))
        .map(ErrorCode::code).toList();
    assertEquals(List.of(), missing, "codes without a golden script");
  }
}
