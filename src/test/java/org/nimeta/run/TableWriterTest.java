package org.nimeta.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TableWriterTest {
  @TempDir Path tmp;

  @Test
  void rowsAreTabSeparatedAndReadBackExactly() throws Exception {
    double[][] rows = {{1, 2.5}, {1e-300, 1.0 / 3}};
    Path f = tmp.resolve("t.tsv");
    assertTrue(TableWriter.write(rows, f));
    List<String> lines = Files.readAllLines(f);
    assertEquals("1.0\t2.5", lines.get(0));
    String[] second = lines.get(1).split("\t");
    assertEquals(rows[1][0], Double.parseDouble(second[0]));
    assertEquals(rows[1][1], Double.parseDouble(second[1]));
  }

  @Test
  void rowsAsMapsGetAHeader() throws Exception {
    Map<String, Object> r1 = new LinkedHashMap<>();
    r1.put("cluster", 1);
    r1.put("label", "left\tinsula");
    Map<String, Object> r2 = new LinkedHashMap<>();
    r2.put("cluster", 2);
    r2.put("label", null);
    Path f = tmp.resolve("clusters.tsv");
    assertTrue(TableWriter.write(List.of(r1, r2), f));
    assertEquals("cluster\tlabel\n1\tleft insula\n2\t\n", Files.readString(f));
  }

  @Test
  void otherShapesAreNotWritten() throws Exception {
    Path f = tmp.resolve("x.tsv");
    assertFalse(TableWriter.write("a string", f));
    assertFalse(TableWriter.write(new double[] {0.1, 0.2}, f), "null distributions are not tables");
    assertFalse(TableWriter.write(List.of(), f));
    assertFalse(Files.exists(f));
  }
}
