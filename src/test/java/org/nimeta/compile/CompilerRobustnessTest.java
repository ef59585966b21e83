package org.nimeta.compile;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.nimeta.lang.Diagnostic;
import org.nimeta.lang.DiagnosticRenderer;
import org.nimeta.lang.SourceFile;

/**
 * Feeds thousands of mutated scripts to the compiler: each must end in a plan or in diagnostics
 * (every error rendered with a location), never in an exception or a hang.
 */
class CompilerRobustnessTest {
  private static final Path SCRIPTS = Path.of("src/test/resources/scripts/ok");
  private static final int MUTANTS_PER_SCRIPT = 600;

  @Test
  void mutatedScriptsEndInDiagnosticsNeverExceptions() throws IOException {
    List<Path> seeds;
    try (Stream<Path> s = Files.list(SCRIPTS)) {
      seeds = s.filter(p -> p.toString().endsWith(".meta")).sorted().toList();
    }
    assertFalse(seeds.isEmpty());
    SplittableRandom rng = new SplittableRandom(20261124);
    int failures = 0;
    for (Path seed : seeds) {
      String text = Files.readString(seed);
      for (int i = 0; i < MUTANTS_PER_SCRIPT; i++) {
        String mutant = mutate(text, rng);
        // Mutants are compiled as if they lived next to the seed script, so their data paths resolve.
        SourceFile src = new SourceFile("mutant.meta", seed.toAbsolutePath(), mutant);
        Compiler.Options options = new Compiler.Options(Map.of(), i % 10 == 0);
        try {
          Compiler.Result r = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> Compiler.compile(src, options));
          if (!r.ok()) {
            assertTrue(r.diagnostics().stream().anyMatch(Diagnostic::isError), "failed without an error");
            DiagnosticRenderer.render(r.diagnostics());
          }
        } catch (RuntimeException | Error e) {
          if (++failures <= 3) {
            e.printStackTrace();
            System.err.println("--- mutant ---\n" + mutant);
          }
        }
      }
    }
    if (failures > 0) {
      fail(failures + " mutants crashed the compiler (first ones printed above)");
    }
  }

  @Test
  void pathologicalInputsEndInDiagnostics() {
    List<String> inputs = List.of(
        "",
        "\u0000\u0001\u0002",
        "dataset d = load(\"" + "x".repeat(1_000_000) + "\")",
        "param p = " + "(".repeat(50_000) + "1" + ")".repeat(50_000),
        "dataset d = a where " + "not ".repeat(50_000) + "foci > 1",
        "dataset d = " + "a + ".repeat(20_000) + "a",
        "estimate e = ALE(" + "x, ".repeat(100_000) + ")",
        "\uFEFFversion 1\n\u00e9t\u00e9 = 3");
    for (String input : inputs) {
      Compiler.Result r = assertTimeoutPreemptively(Duration.ofSeconds(20),
          () -> Compiler.compile(SourceFile.of("p.meta", input), Compiler.Options.defaults()));
      if (!r.ok()) {
        assertTrue(r.diagnostics().stream().anyMatch(Diagnostic::isError));
      }
    }
  }

  private static String mutate(String text, SplittableRandom rng) {
    List<String> tokens = tokens(text);
    int edits = 1 + rng.nextInt(3);
    for (int e = 0; e < edits && !tokens.isEmpty(); e++) {
      int i = rng.nextInt(tokens.size());
      switch (rng.nextInt(5)) {
        case 0 -> tokens.remove(i);
        case 1 -> tokens.add(i, tokens.get(i));
        case 2 -> {
          int j = rng.nextInt(tokens.size());
          String t = tokens.get(i);
          tokens.set(i, tokens.get(j));
          tokens.set(j, t);
        }
        case 3 -> tokens.add(i, String.valueOf((char) rng.nextInt(1, 0x3000)));
        default -> tokens.set(i, RANDOM_WORDS[rng.nextInt(RANDOM_WORDS.length)]);
      }
    }
    return String.join("", tokens);
  }

  private static final String[] RANDOM_WORDS = {
    "(", ")", "[", "]", ",", "=", "\"", "where", "and", "not", "in", "~", "10mm", "-1", "1e999",
    "load(\"\")", "ALE(", "kernel", "dataset", "estimate", "correct", "seed", "version", "space", "\n", " "
  };

  /** Splits into words, numbers, whitespace and single symbols, keeping everything. */
  private static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      int j = i + 1;
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c) || c == '_') {
        while (j < text.length() && (Character.isLetterOrDigit(text.charAt(j)) || text.charAt(j) == '_')) {
          j++;
        }
      } else if (Character.isWhitespace(c)) {
        while (j < text.length() && Character.isWhitespace(text.charAt(j))) {
          j++;
        }
      }
      out.add(text.substring(i, j));
      i = j;
    }
    return out;
  }
}
