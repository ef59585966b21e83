package org.nimeta.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nimeta.cli.Main;

/**
 * The report of real runs opened in headless Chromium: it loads without a console error (the
 * page's Content-Security-Policy turns any attempt to fetch something into one), every figure
 * decodes to a non-zero size, and its tables are there. Screenshots go to
 * {@code target/report-screenshots/}. Skipped without Chromium, except under CI, where that fails.
 */
class ReportBrowserTest {
  static final Path SCREENSHOTS = Path.of("target", "report-screenshots");
  private static final Pattern CI_ARGS = Pattern.compile("(?m)^# ci: (.*)$");

  @TempDir Path tmp;

  @Test
  void theReportsOfThePainRunsOpenCleanlyInChromium() throws Exception {
    Path browser = HeadlessChromium.find();
    if (browser == null) {
      assertNull(System.getenv("CI"), "CI must test the report in Chromium: install Debian's `chromium`");
      Assumptions.abort("no chromium on the PATH");
    }
    Path data = Path.of("examples/data/nidm_pain_dset.json").toAbsolutePath();
    Path clusters = Files.writeString(tmp.resolve("pain-clusters.meta"), """
        version 1
        seed 42
        dataset pain = load("%s")
        kernel byN = ALEKernel()
        estimate ale = ALE(pain, kernel = byN, null_method = approximate)
        correct ale with FWE(method = montecarlo, n_iters = 20)
        write ale to "ale" (alpha = 0.05, clusters = true)
        """.formatted(data.toString().replace("\\", "/")));
    Path withClusters = run(clusters, List.of());
    Path example = Path.of("examples/pain-ale.meta");
    Path ofExample = run(example, ciArgs(example));

    Files.createDirectories(SCREENSHOTS);
    try (HeadlessChromium chromium = HeadlessChromium.start(browser, Files.createDirectories(tmp.resolve("profile")))) {
      JsonNode page = check(chromium, withClusters, "pain-clusters");
      assertTrue(page.path("clusterTables").asInt() >= 1, "no cluster table: " + page);
      // z, then the voxel- and both cluster-level FWE maps: slices and glass brain each, and the foci
      assertEquals(1 + 2 * 4, page.path("images").asInt(), page.toString());
      assertTrue(page.path("warnings").asInt() >= 1, "the run's W0106 is not shown: " + page);
      check(chromium, ofExample, "pain-ale");
    }
  }

  /** Opens one report, asserts what every report must satisfy, saves its screenshot and returns its facts. */
  private static JsonNode check(HeadlessChromium chromium, Path report, String name) throws Exception {
    chromium.open(report);
    JsonNode page = chromium.evaluate("""
        (() => {
          const imgs = [...document.images];
          return {
            images: imgs.length,
            undecoded: imgs.filter(i => !(i.complete && i.naturalWidth > 0 && i.naturalHeight > 0)).map(i => i.alt),
            sections: ['script', 'plan', 'datasets', 'results', 'warnings', 'methods']
                .filter(id => !document.getElementById(id)),
            keywords: document.querySelectorAll('pre.script .tok-keyword').length,
            factTables: document.querySelectorAll('table.facts tr').length,
            experimentRows: document.querySelectorAll('table.experiments tbody tr').length,
            clusterTables: document.querySelectorAll('table.clusters tbody tr').length,
            warnings: document.querySelectorAll('pre.warning').length
          };
        })()""");
    Files.write(SCREENSHOTS.resolve(name + ".png"), chromium.screenshot(1300, 12000));
    assertEquals(List.of(), chromium.errors(), "console errors in " + report);
    assertTrue(page.path("images").asInt() >= 1, page.toString());
    assertEquals(0, page.path("undecoded").size(), "figures that do not decode: " + page);
    assertEquals(0, page.path("sections").size(), "missing sections: " + page);
    assertTrue(page.path("keywords").asInt() > 3, "the script is not highlighted: " + page);
    assertEquals(5, page.path("factTables").asInt(), "the dataset's counts: " + page);
    assertEquals(21, page.path("experimentRows").asInt(), "the dataset's experiments: " + page);
    return page;
  }

  private Path run(Path script, List<String> extra) throws Exception {
    Path out = tmp.resolve(script.getFileName() + ".out");
    List<String> args = new ArrayList<>(List.of("run", script.toString(), "--out", out.toString(), "--quiet"));
    args.addAll(extra);
    StringWriter err = new StringWriter();
    int exit = Main.execute(args.toArray(String[]::new), new PrintWriter(new StringWriter()), new PrintWriter(err),
        false, false);
    assertEquals(0, exit, err.toString());
    Path report = out.resolve(ReportWriter.FILE_NAME);
    assertTrue(Files.isRegularFile(report), "no report in " + out);
    return report;
  }

  /** The overrides an example names for CI ({@code # ci: --param n_iters=200}), as ExamplesTest reads them. */
  private static List<String> ciArgs(Path script) throws Exception {
    List<String> args = new ArrayList<>();
    Matcher m = CI_ARGS.matcher(Files.readString(script));
    while (m.find()) {
      args.addAll(List.of(m.group(1).trim().split("\\s+")));
    }
    return args;
  }
}
