package org.nimeta.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every script in examples/ runs through {@code nimeta run} and writes a map folder for each of its
 * estimates. Scripts may name CI-sized overrides in a comment {@code # ci: --param n_iters=200}.
 */
class ExamplesTest {
  private static final Path EXAMPLES = Path.of("examples");
  private static final Pattern CI_ARGS = Pattern.compile("(?m)^# ci: (.*)$");
  private static final Pattern ESTIMATE = Pattern.compile("(?m)^\\s*(?:estimate|contrast)\\s+(\\w+)\\s*=");

  @TempDir Path tmp;

  @TestFactory
  Stream<DynamicTest> everyExampleRuns() throws IOException {
    List<Path> scripts;
    try (Stream<Path> s = Files.list(EXAMPLES)) {
      scripts = s.filter(p -> p.toString().endsWith(".meta")).sorted().toList();
    }
    assertTrue(scripts.size() >= 5, "examples: " + scripts);
    return scripts.stream().map(script -> DynamicTest.dynamicTest(script.getFileName().toString(), () -> {
      String text = Files.readString(script);
      Path out = tmp.resolve(script.getFileName() + ".out");
      List<String> args = new ArrayList<>(List.of("run", script.toString(), "--out", out.toString(), "--quiet"));
      Matcher ci = CI_ARGS.matcher(text);
      while (ci.find()) {
        args.addAll(List.of(ci.group(1).trim().split("\\s+")));
      }
      Cli run = Cli.run(args.toArray(String[]::new));
      assertEquals(0, run.exit(), run.err());
      assertFalse(run.err().contains("error["), run.err());
      Matcher est = ESTIMATE.matcher(text);
      int estimates = 0;
      while (est.find()) {
        estimates++;
        String name = est.group(1);
        boolean written = Files.isDirectory(out.resolve(name)) || text.contains("write " + name + " to");
        assertTrue(written, "no map folder for `" + name + "`");
      }
      assertTrue(estimates > 0, "an example without an estimate");
      assertTrue(Files.isRegularFile(out.resolve("provenance.json")));
    }));
  }
}
