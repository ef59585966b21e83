package org.nimeta.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nimeta.lang.Diagnostic;
import org.nimeta.lang.SourceFile;

/** A simulation too large to hold is refused by check, not found out by run. */
class SimulationMemoryTest {
  private static final long GB = 1L << 30;

  @Test
  void theLargestDocumentedSimulationIsRefusedWithTheFiguresAndWhatFits() {
    String script = "version 1\nseed 1\ndataset sim = simulate(n_studies = 1000000, foci = 10000, seed = 1)\n"
        + "estimate ale = ALE(sim)\n";
    Compiler.Result r = Compiler.compile(new SourceFile("big.meta", Path.of("big.meta").toAbsolutePath(), script),
        new Compiler.Options(Map.of(), false));
    List<Diagnostic> errors = r.diagnostics().stream().filter(Diagnostic::isError).toList();
    assertEquals(1, errors.size(), errors.toString());
    Diagnostic d = errors.get(0);
    assertEquals("E0312", d.code());
    assertEquals(3, d.span().line(), "at the simulate call");
    assertTrue(d.message().contains("1000000 × 10000 = 10000000000 foci"), d.message());
    assertTrue(d.message().contains("447.0 GB"), d.message());
  }

  @Test
  void theLimitIsTheHeapAndTheHelpGivesStudiesThatFit() {
    assertNull(SimulationMemory.problem(null, 14_000, 35, GB), "examples/simulated.meta's size fits in 1 GB");
    Diagnostic d = SimulationMemory.problem(null, 1_000_000, 100, GB);
    assertTrue(d.message().contains("4.5 GB"), d.message());
    long fitting = GB / SimulationMemory.BYTES_PER_FOCUS / 100;
    assertTrue(d.help().get(0).startsWith("Use at most `n_studies = " + fitting + "` with `foci = 100`"),
        d.help().toString());
    assertNull(SimulationMemory.problem(null, fitting, 100, GB), "the suggested size fits");
  }
}
