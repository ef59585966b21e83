package org.nimeta.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nimeta.compile.Compiler;
import org.nimeta.compile.PlanPrinter;
import org.nimeta.lang.SourceFile;
import org.nimeta.run.PlanJson;

/** {@code check} and {@code plan}: diagnostics on stderr, exit 1 for script errors. */
class MainScriptTest {
  @TempDir Path tmp;

  @Test
  void checkPrintsEveryErrorWithItsLocationAndExitsOne() throws Exception {
    Path script = Files.writeString(tmp.resolve("bad.meta"),
        "version 1\nkernel k = ALEKernel(fwhm = 10)\nestimate ale = ALE(pian, kernel = k)\n");
    Cli c = Cli.run("check", script.toString());
    assertEquals(1, c.exit());
    assertTrue(c.err().contains(script + ":2:"), c.err());
    assertTrue(c.err().contains(script + ":3:"), c.err());
    assertTrue(c.err().contains("error[E0201]"), c.err());
    assertTrue(c.err().contains("nimeta: found 2 errors."), c.err());
    assertEquals("", c.out());
    assertTrue(c.noInternals(), c.err());
  }

  @Test
  void checkOfAGoodScriptSaysOkAndShowsWarnings() throws Exception {
    Path script = Files.writeString(tmp.resolve("warn.meta"), "version 1\nparam unused = 3\n"
        + "dataset sim = simulate(n_studies = 20, foci = 4, sample_size = 20, seed = 1)\nestimate ale = ALE(sim)\n");
    Cli c = Cli.run("check", script.toString());
    assertEquals(0, c.exit(), c.err());
    assertEquals(script + ": ok (1 warning)\n", c.out());
    assertTrue(c.err().contains("warning[W0103]"), c.err());
  }

  @Test
  void aProtocolsDeclarationsAreExportsNotUnused() throws Exception {
    Cli c = Cli.run("check", "examples/protocols/lab-defaults.meta");
    assertEquals(0, c.exit(), c.err());
    assertEquals("examples/protocols/lab-defaults.meta: ok\n", c.out());
    assertEquals("", c.err());
  }

  @Test
  void anUnknownParamOverrideIsAScriptError() throws Exception {
    Path script = Files.writeString(tmp.resolve("p.meta"), "version 1\nparam fwhm = 10mm\n");
    Cli c = Cli.run("check", script.toString(), "--param", "fhwm=12mm");
    assertEquals(1, c.exit());
    assertTrue(c.err().contains("error[E0406]"), c.err());
    assertTrue(c.err().contains("`fwhm`"), c.err());
  }

  @Test
  void planPrintsTheCompiledPlanAsTextOrJson() throws Exception {
    Path script = examplePain();
    Compiler.Result compiled = Compiler.compile(SourceFile.read(script.toAbsolutePath(), script.toString()),
        Compiler.Options.defaults());

    Cli text = Cli.run("plan", script.toString(), "--no-cache"); // with a cache, steps are marked (CacheEndToEndTest)
    assertEquals(0, text.exit(), text.err());
    assertEquals(PlanPrinter.print(compiled.plan()), text.out());

    Cli json = Cli.run("plan", script.toString(), "--json");
    assertEquals(0, json.exit(), json.err());
    assertEquals(PlanJson.write(compiled.plan()), json.out());
  }

  @Test
  void planAppliesParamOverrides() throws Exception {
    Path script = Files.writeString(tmp.resolve("p.meta"), "version 1\nparam fwhm = 10mm\n");
    Cli c = Cli.run("plan", script.toString(), "--param", "fwhm=12mm");
    assertEquals(0, c.exit(), c.err());
    assertTrue(c.out().contains("param fwhm = 12mm"), c.out());
  }

  static Path examplePain() {
    Path p = Path.of("examples/pain-ale.meta");
    assertTrue(Files.exists(p), "run the tests from the project directory");
    return p;
  }
}
