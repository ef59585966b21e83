package org.nimeta.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.nimeta.lang.DiagnosticRenderer;
import org.nimeta.lang.SourceFile;

/**
 * Golden script tests: {@code scripts/ok/X.meta} must compile and print {@code X.plan} (warnings
 * first, then the plan); {@code scripts/errors/X.meta} must fail with exactly {@code X.err}.
 * A line {@code #! param name=value} in a script passes a {@code --param} override.
 *
 * <p>Regenerate with {@code NIMETA_UPDATE_GOLDEN=1 mvn test}: the files are rewritten and the
 * test still fails, so an update is always a deliberate, reviewed change.
 */
class GoldenScriptTest {
  private static final Path ROOT = Path.of("src/test/resources/scripts");
  private static final boolean UPDATE = "1".equals(System.getenv("NIMETA_UPDATE_GOLDEN"));

  @TestFactory
  Stream<DynamicTest> okScripts() throws IOException {
    return scripts("ok").map(script -> DynamicTest.dynamicTest(script.getFileName().toString(), () -> {
      Compiler.Result r = compile(script);
      assertTrue(r.ok(), () -> "expected a plan, got:\n" + DiagnosticRenderer.render(r.diagnostics()));
      String actual = DiagnosticRenderer.render(r.diagnostics()) + PlanPrinter.print(r.plan());
      compare(script, ".plan", machineIndependent(actual));
    }));
  }

  @TestFactory
  Stream<DynamicTest> errorScripts() throws IOException {
    return scripts("errors").map(script -> DynamicTest.dynamicTest(script.getFileName().toString(), () -> {
      Compiler.Result r = compile(script);
      assertFalse(r.ok(), "expected errors, but the script compiled");
      compare(script, ".err", machineIndependent(DiagnosticRenderer.render(r.diagnostics())));
    }));
  }

  private static Stream<Path> scripts(String dir) throws IOException {
    try (Stream<Path> files = Files.list(ROOT.resolve(dir))) {
      List<Path> list = files.filter(p -> p.toString().endsWith(".meta")).sorted().toList();
      if (list.isEmpty()) {
        fail("no scripts in " + ROOT.resolve(dir));
      }
      return list.stream();
    }
  }

  private static Compiler.Result compile(Path script) throws IOException {
    String display = ROOT.relativize(script).toString().replace('\\', '/');
    SourceFile source = SourceFile.read(script.toAbsolutePath(), display);
    Map<String, String> overrides = new LinkedHashMap<>();
    for (String line : source.text().split("\n")) {
      if (line.startsWith("#! param ")) {
        String kv = line.substring("#! param ".length()).trim();
        int eq = kv.indexOf('=');
        overrides.put(kv.substring(0, eq), kv.substring(eq + 1));
      }
    }
    return Compiler.compile(source, new Compiler.Options(overrides, true));
  }

  /** Help texts show resolved absolute paths; the checkout's location must not matter. */
  private static String machineIndependent(String text) {
    return text.replace(ROOT.toAbsolutePath().toString(), "<scripts>");
  }

  private static void compare(Path script, String extension, String actual) throws IOException {
    String name = script.getFileName().toString().replaceFirst("\\.meta$", extension);
    Path expectedFile = script.resolveSibling(name);
    if (UPDATE) {
      Files.writeString(expectedFile, actual, StandardCharsets.UTF_8);
      fail("updated " + expectedFile + "; review the change and run again without NIMETA_UPDATE_GOLDEN");
    }
    if (!Files.exists(expectedFile)) {
      fail("missing " + expectedFile + "; actual output:\n" + actual);
    }
    assertEquals(Files.readString(expectedFile, StandardCharsets.UTF_8), actual);
  }
}
