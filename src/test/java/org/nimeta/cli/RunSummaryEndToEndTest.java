package org.nimeta.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On success {@code run} prints, under each folder's line, what its result used and the clusters of
 * each thresholded map: the strongest peaks from the map's cluster table when one was written,
 * else the clusters counted in the map; {@code --quiet} prints none of it.
 */
class RunSummaryEndToEndTest {
  private static final String SCRIPT = """
      dataset pain = load("%s")
      dataset early = pain where study ~ "pain_0[1-9]"
      estimate ale = ALE(early, null_method = approximate)
      write ale to "tables" (stat_threshold = 3.09, clusters = true)
      write ale to "maps" (stat_threshold = 3.09)
      """;

  @TempDir static Path tmp;
  static Path script;
  static Cli run;
  static Path out;

  @BeforeAll
  static void runIt() throws IOException {
    script = Files.writeString(tmp.resolve("s.meta"),
        SCRIPT.formatted(Path.of("examples/data/nidm_pain_dset.json").toAbsolutePath()));
    out = tmp.resolve("s.out");
    run = Cli.run("run", script.toString(), "--out", out.toString(), "--threads", "2");
  }

  @Test
  void eachFolderSaysHowManyExperimentsAndFociOfItsDatasetWereUsed() {
    assertEquals(0, run.exit(), run.err());
    List<String> lines = run.out().lines().toList();
    // pain_01 … pain_09 report 127 foci (the plan's golden counts `pain where id ~ "^pain_0"` the same).
    assertEquals(2, lines.stream().filter(l -> l.equals("  early: 9 of 21 experiments used (127 foci)")).count(),
        run.out());
  }

  @Test
  void aMapWithATableShowsItsThreeStrongestPeaksAsTheTableHasThem() throws IOException {
    assertEquals(0, run.exit(), run.err());
    List<String[]> clusters = new ArrayList<>();
    List<String> table = Files.readAllLines(out.resolve("tables/z_thresh-3.09_clusters.tsv"));
    int label = List.of(table.get(0).split("\t", -1)).indexOf("Label (Harvard-Oxford)");
    assertTrue(label > 0, "the table has the atlas label column: " + table.get(0));
    for (String line : table.subList(1, table.size())) {
      String[] cells = line.split("\t", -1);
      if (cells[0].matches("\\d+")) {
        clusters.add(cells);
      }
    }
    assertTrue(clusters.size() > 3, "enough clusters to choose from: " + clusters.size());
    List<String> expected = new ArrayList<>();
    expected.add("  z_thresh-3.09: " + clusters.size() + " clusters");
    clusters.stream().sorted(Comparator.comparingDouble(c -> -Math.abs(Double.parseDouble(c[4])))).limit(3)
        .forEach(c -> expected.add("    cluster " + c[0] + ": "
            + String.format(Locale.ROOT, "%.2f", Double.parseDouble(c[4]))
            + " at (" + whole(c[1]) + ", " + whole(c[2]) + ", " + whole(c[3]) + ")"
            + (c[label].isEmpty() ? "" : ", " + c[label])));
    assertTrue(section(run.out(), "tables").containsAll(expected), run.out());
  }

  @Test
  void aMapWithoutATableHasItsClustersCountedAsTheTableWouldNumberThem() throws IOException {
    assertEquals(0, run.exit(), run.err());
    List<String> table = Files.readAllLines(out.resolve("tables/z_thresh-3.09_clusters.tsv"));
    int label = List.of(table.get(0).split("\t", -1)).indexOf("Label (Harvard-Oxford)");
    assertTrue(label > 0, "the table has the atlas label column: " + table.get(0));
    long clusters = table.stream().skip(1).filter(l -> l.split("\t")[0].matches("\\d+")).count();
    List<String> maps = section(run.out(), "maps");
    assertEquals(List.of("  early: 9 of 21 experiments used (127 foci)", "  z_thresh-3.09: " + clusters + " clusters"),
        maps, "no peaks without a table");
  }

  @Test
  void quietPrintsNoSummary() {
    Cli quiet = Cli.run("run", script.toString(), "--out", tmp.resolve("quiet.out").toString(), "--quiet");
    assertEquals(0, quiet.exit(), quiet.err());
    assertEquals("", quiet.out());
  }

  /** The lines printed under the line of folder {@code name}, up to the next folder or provenance line. */
  private static List<String> section(String printed, String name) {
    List<String> lines = printed.lines().toList();
    int start = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith("ale: ") && lines.get(i).contains("/" + name + "/ (")) {
        start = i + 1;
      }
    }
    assertTrue(start > 0, printed);
    int end = start;
    while (end < lines.size() && lines.get(end).startsWith("  ")) {
      end++;
    }
    return lines.subList(start, end);
  }

  private static String whole(String mm) {
    double v = Double.parseDouble(mm);
    assertEquals(Math.rint(v), v, "2 mm grid: whole millimetres");
    return Long.toString((long) v);
  }
}
