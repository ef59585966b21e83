package org.nimeta.data;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a folder of statistical images described by a tab-separated table, one row per image:
 *
 * <pre>
 * id          type     path                      sample_size
 * pain_01-1   z        pain_01_z.nii.gz          25
 * pain_01-1   varcope  pain_01_varcope.nii.gz    25
 * pain_02-1   z        maps/pain_02_z.nii.gz     20
 * </pre>
 *
 * <ul>
 *   <li>The first non-blank line is the header; columns may come in any order. {@code id},
 *       {@code type} and {@code path} are required; {@code sample_size}, {@code study} and
 *       {@code contrast} are optional; any other column becomes experiment metadata (a number
 *       when it reads as one), usable in {@code where}. Blank lines are ignored.
 *   <li>{@code type} is one of NiMARE's image types, {@link #TYPES}; each experiment has at most
 *       one image of each type.
 *   <li>{@code path} is relative to the base folder (the table's folder unless one is given) or
 *       absolute. Files are not opened here; the compiler checks them.
 *   <li>{@code sample_size}: a positive number, or empty; an experiment's rows must agree (a
 *       value may be given on one row only). {@code study} defaults to the id, {@code contrast}
 *       to empty. Metadata columns must agree across an experiment's rows too.
 * </ul>
 *
 * The table is {@code images.tsv} when {@link DatasetLoader} is given the folder itself.
 * Errors carry the file, the 1-based line and column.
 */
public final class ImageTableReader {
  /** The table a folder of images is described by. */
  public static final String TABLE_NAME = "images.tsv";
  /** NiMARE's image types, in its order. */
  public static final List<String> TYPES = List.of("z", "t", "p", "beta", "varcope", "se", "sd", "samplevar_dataset");

  private static final List<String> REQUIRED = List.of("id", "type", "path");
  private static final List<String> RESERVED = List.of("id", "type", "path", "sample_size", "study", "contrast");

  private ImageTableReader() {}

  /** Whether {@code dir} is a folder holding {@link #TABLE_NAME}. */
  public static boolean isImageFolder(Path dir) {
    return Files.isDirectory(dir) && Files.isRegularFile(dir.resolve(TABLE_NAME));
  }

  /** Whether {@code text} starts with a header naming the required columns (for format detection). */
  static boolean looksLikeTable(String text) {
    String first = text.lines().filter(l -> !l.isBlank()).findFirst().orElse("");
    return List.of(first.split("\t", -1)).stream().map(String::strip).toList().containsAll(REQUIRED);
  }

  /**
   * Reads a table (or a folder holding {@link #TABLE_NAME}).
   *
   * @param baseDir folder image paths are relative to; null = the table's folder
   * @throws DataException for a malformed table
   */
  public static LoadResult read(Path table, Path baseDir) {
    DatasetBuilder builder = new DatasetBuilder();
    readInto(builder, table, baseDir);
    return builder.build();
  }

  static void readInto(DatasetBuilder builder, Path table, Path baseDir) {
    Path file = Files.isDirectory(table) ? table.resolve(TABLE_NAME) : table;
    Path base = (baseDir != null ? baseDir : file.toAbsolutePath().getParent()).toAbsolutePath();
    new Parser(file, base).parse(TextFiles.read(file)).forEach(row -> builder.add(row.build(), file, row.firstLine));
  }

  /** One experiment gathered from its rows. */
  private static final class Gathered {
    final String id;
    final int firstLine;
    final Map<String, Path> images = new LinkedHashMap<>();
    final Map<String, Integer> imageLines = new HashMap<>();
    final Map<String, Object> metadata = new LinkedHashMap<>();
    final Map<String, Integer> metadataLines = new HashMap<>();
    String study;
    String contrast;
    Double sampleSize;

    Gathered(String id, int firstLine) {
      this.id = id;
      this.firstLine = firstLine;
    }

    Experiment build() {
      double[] sizes = sampleSize == null ? new double[0] : new double[] {sampleSize};
      return new Experiment(id, study != null ? study : id, contrast != null ? contrast : "", "", new double[0][3],
          sizes, metadata, images);
    }
  }

  private static final class Parser {
    private final Path file;
    private final Path base;
    private List<String> header;
    private final Map<String, Gathered> experiments = new LinkedHashMap<>();

    Parser(Path file, Path base) {
      this.file = file;
      this.base = base;
    }

    List<Gathered> parse(String text) {
      String[] lines = text.split("\r\n|\r|\n", -1);
      for (int i = 0; i < lines.length; i++) {
        if (lines[i].isBlank()) {
          continue;
        }
        String[] cells = lines[i].split("\t", -1);
        if (header == null) {
          header(cells, i + 1);
        } else {
          row(cells, i + 1);
        }
      }
      if (header == null) {
        throw new DataException(file, 0, 0, "The table is empty; expected a header line with the columns "
            + "`id`, `type` and `path` (tab-separated), then one line per image.");
      }
      return List.copyOf(experiments.values());
    }

    private void header(String[] cells, int line) {
      List<String> names = new ArrayList<>();
      for (int c = 0; c < cells.length; c++) {
        String name = cells[c].strip();
        if (name.isEmpty() || names.contains(name)) {
          throw new DataException(file, line, column(cells, c), name.isEmpty()
              ? "Column " + (c + 1) + " of the header has no name."
              : "The column `" + name + "` appears twice in the header.");
        }
        names.add(name);
      }
      for (String required : REQUIRED) {
        if (!names.contains(required)) {
          throw new DataException(file, line, 1, "The header has no `" + required + "` column; an image "
              + "table needs `id`, `type` and `path` (tab-separated), found " + quoted(names) + ".");
        }
      }
      header = names;
    }

    private void row(String[] cells, int line) {
      if (cells.length != header.size()) {
        throw new DataException(file, line, 1, "This line has " + cells.length + " tab-separated cells, but the "
            + "header has " + header.size() + " columns.");
      }
      String id = cell(cells, "id", line);
      String type = cell(cells, "type", line);
      String path = cell(cells, "path", line);
      if (!TYPES.contains(type)) {
        throw new DataException(file, line, column(cells, header.indexOf("type")), "Unknown image type `" + type
            + "` for experiment `" + id + "`; the types are " + quoted(TYPES) + ".");
      }
      Gathered e = experiments.computeIfAbsent(id, k -> new Gathered(k, line));
      Integer previous = e.imageLines.putIfAbsent(type, line);
      if (previous != null) {
        throw new DataException(file, line, column(cells, header.indexOf("type")), "Experiment `" + id
            + "` has a second `" + type + "` image; the first is on line " + previous + ".");
      }
      try {
        e.images.put(type, base.resolve(path).normalize());
      } catch (InvalidPathException bad) {
        throw new DataException(file, line, column(cells, header.indexOf("path")), "Experiment `" + id
            + "`: `" + path + "` is not a valid path.");
      }
      for (int c = 0; c < header.size(); c++) {
        String column = header.get(c);
        String value = cells[c].strip();
        if (value.isEmpty() || REQUIRED.contains(column)) {
          continue;
        }
        switch (column) {
          case "sample_size" -> e.sampleSize = agree(e, column, e.sampleSize, sampleSize(value, id, line, cells, c),
              line, cells, c);
          case "study" -> e.study = agree(e, column, e.study, value, line, cells, c);
          case "contrast" -> e.contrast = agree(e, column, e.contrast, value, line, cells, c);
          default -> {
            Double number = Decimals.parse(value);
            e.metadata.put(column, agree(e, column, e.metadata.get(column),
                number != null && Double.isFinite(number) ? (Object) number : value, line, cells, c));
          }
        }
      }
    }

    private Double sampleSize(String value, String id, int line, String[] cells, int c) {
      Double n = Decimals.parse(value);
      if (n == null || !(n > 0) || Double.isInfinite(n)) {
        throw new DataException(file, line, column(cells, c), "Experiment `" + id + "`: the sample size must be "
            + "a positive number, found `" + value + "`.");
      }
      return n;
    }

    /** The value an experiment's rows agree on; the first row that disagrees is an error. */
    private <T> T agree(Gathered e, String column, T current, T value, int line, String[] cells, int c) {
      if (current != null && !current.equals(value)) {
        throw new DataException(file, line, column(cells, c), "Experiment `" + e.id + "` has `" + column + "` "
            + show(value) + " here but " + show(current) + " on an earlier line; an experiment's rows must agree.");
      }
      return value;
    }

    /** A required cell's text; empty is an error. */
    private String cell(String[] cells, String column, int line) {
      int c = header.indexOf(column);
      String value = cells[c].strip();
      if (value.isEmpty()) {
        throw new DataException(file, line, column(cells, c), "The `" + column + "` cell is empty.");
      }
      return value;
    }

    private static String show(Object v) {
      if (v instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15) {
        return "`" + (long) (double) d + "`";
      }
      return "`" + v + "`";
    }

    /** 1-based column where cell {@code c} starts (a tab counts as one character). */
    private static int column(String[] cells, int c) {
      int col = 1;
      for (int i = 0; i < c; i++) {
        col += cells[i].length() + 1;
      }
      return col;
    }

    private static String quoted(List<String> names) {
      return String.join(", ", names.stream().map(n -> "`" + n + "`").toList());
    }
  }
}
