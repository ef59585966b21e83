package org.nimeta.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Cluster and diagnostics tables as NiMARE 0.2.1 writes them (src/test/resources/report/), shown in the report. */
class TablesTest {
  private static final Path DIR = Path.of("src/test/resources/report");

  @Test
  void aClusterTableShowsEveryColumnAndRowWithNumbersRounded() throws Exception {
    TsvTable table = TsvTable.read(DIR.resolve("z_tab-clust.tsv"));
    String html = table.toHtml("clusters");
    assertEquals(6, table.header().size());
    assertEquals(table.rows().size(), count(html, "<tr>") - 1, "every row and the header");
    assertTrue(html.contains("<th>Cluster Size (mm3)</th>"), html);
    assertTrue(html.contains("<td>PositiveTail 1a</td>"), html);
    assertTrue(html.contains("<td class=\"num\">6.741</td>"), "6.74098875148674 to four digits: " + html);
    assertTrue(html.contains("<td class=\"num\">38</td>"), html);
  }

  @Test
  void numbersAreRecognisedAndTextIsNot() {
    assertEquals("6480", TsvTable.number("6480"));
    assertEquals("-34", TsvTable.number("-34.0"));
    assertEquals("1.742e-07", TsvTable.number("1.7424465163211423e-07"));
    assertEquals("0.5", TsvTable.number("0.5000"));
    assertNull(TsvTable.number("PositiveTail 1"));
    assertNull(TsvTable.number("—"));
    assertNull(TsvTable.number(""));
  }

  @Test
  void theJackknifeTableIsAHeatMapOfExperimentsByClustersShadedByValue() throws Exception {
    TsvTable table = TsvTable.read(DIR.resolve("z_diag-Jackknife_tab-counts_tail-positive.tsv"));
    assertTrue(HeatMap.fits(table));
    String html = HeatMap.toHtml(table);
    assertEquals(21, count(html, "<tr><th>pain_"), "one row per experiment");
    assertTrue(html.contains("<tr><th>pain_01.nidm-1</th>"), html);
    assertEquals(21 * (table.header().size() - 1), count(html, "<td class=\"num\" style=\"background:"));
    assertTrue(html.contains("background:rgb(255,255,255)"), "a 0 is white");
    // the table's largest value is the deepest red
    assertEquals(1, count(html, "background:rgb(178,24,43)"), html);
    assertEquals("rgb(217,140,149)", HeatMap.shade(0.5, 0.5));
    assertEquals("rgb(33,102,172)", HeatMap.shade(-1, 1));
  }

  @Test
  void aTableWithoutAnIdColumnIsNoHeatMap() throws Exception {
    assertTrue(!HeatMap.fits(TsvTable.read(DIR.resolve("z_tab-clust.tsv"))));
  }

  private static int count(String text, String part) {
    Matcher m = Pattern.compile(Pattern.quote(part)).matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }
}
