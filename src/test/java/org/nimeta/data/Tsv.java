package org.nimeta.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A tab-separated table with a header row, as NiMARE's reference cases write them. */
record Tsv(List<String> header, List<String[]> rows) {

  static final Path REFDATA = Path.of("src/test/resources/nimare");

  static Tsv read(Path file) {
    try {
      List<String> lines = Files.readAllLines(file);
      List<String[]> rows = new ArrayList<>();
      for (String line : lines.subList(1, lines.size())) {
        if (!line.isEmpty()) {
          rows.add(line.split("\t", -1));
        }
      }
      return new Tsv(Arrays.asList(lines.get(0).split("\t")), rows);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  int column(String name) {
    int c = header.indexOf(name);
    if (c < 0) {
      throw new IllegalArgumentException("no column " + name + " in " + header);
    }
    return c;
  }

  double number(int row, String name) {
    return Double.parseDouble(rows.get(row)[column(name)]);
  }

  String text(int row, String name) {
    return rows.get(row)[column(name)];
  }
}
