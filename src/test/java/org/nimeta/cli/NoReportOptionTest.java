package org.nimeta.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code nimeta run} writes {@code report.html} at the top of its output folder, unless {@code --no-report}. */
class NoReportOptionTest {
  @TempDir Path tmp;

  @Test
  void aRunWritesItsReportAndNoReportLeavesItOut() throws Exception {
    Path script = Files.writeString(tmp.resolve("sim.meta"), """
        version 1
        dataset sim = simulate(n_studies = 12, foci = 5, sample_size = 20, seed = 1)
        estimate ale = ALE(sim, null_method = approximate)
        """);
    Cli with = Cli.run("run", script.toString(), "--out", tmp.resolve("with").toString(), "--quiet");
    assertEquals(0, with.exit(), with.err());
    String html = Files.readString(tmp.resolve("with/report.html"));
    assertTrue(html.contains("sim.meta — nimeta report</title>"), "the report's title");
    assertTrue(html.contains("Dataset <code>sim</code>"), "the dataset's section");
    assertTrue(html.contains("data:image/png;base64,"), "figures are embedded");

    Cli without = Cli.run("run", script.toString(), "--out", tmp.resolve("without").toString(), "--quiet",
        "--no-report");
    assertEquals(0, without.exit(), without.err());
    assertFalse(Files.exists(tmp.resolve("without/report.html")));
    assertTrue(Files.isRegularFile(tmp.resolve("without/ale/z.nii.gz")), "the maps are still written");
  }
}
