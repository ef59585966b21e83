package org.nimeta.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads GingerALE / Sleuth foci text files, with NiMARE 0.2.1's rules ({@code
 * io.convert_sleuth_to_dict}):
 *
 * <pre>
 * // Reference=MNI                 (or TAL / Talairach; spaces around '=' allowed)
 * // Smith et al., 2005: pain      (one or more label lines)
 * // Subjects=12
 * 48  -38  -24                     (x y z, separated by spaces or tabs)
 * ...
 * </pre>
 *
 * <ul>
 *   <li>Blank lines are ignored; Windows, Unix and old Mac line endings are accepted.
 *   <li>An experiment's {@code //} lines before {@code // Subjects=N} are its labels, joined with
 *       spaces (each without its {@code //}); the study id is the text before the first {@code :}
 *       (kept as written, NiMARE does not trim it) and the contrast id the trimmed text after it.
 *       The experiment id is {@code <study>-<contrast>}, as in NiMARE.
 *   <li>Talairach foci are converted to MNI with {@link Spaces#tal2mni}.
 *   <li>A file without a {@code // Reference=} line is read in the space the script gives ({@code
 *       load("x.txt", space = talairach)}); without one it is an error, as in NiMARE. A {@code
 *       Reference} line that contradicts the given space is a {@link SpaceConflictException}. In a
 *       file without one, every {@code //} line before a {@code // Subjects=} line is a label (there
 *       is no reference line for comments to precede).
 *   <li>More lenient than NiMARE, never different: indentation before {@code //}, any letter case
 *       in {@code Reference}, {@code Subjects} and the space name, and {@code //} comment lines
 *       before the {@code // Reference=} line (NiMARE rejects those files).
 *   <li>Stricter than NiMARE, which would silently keep one of them or crash later: a repeated
 *       experiment id, an experiment without coordinates, rows before any experiment, a second
 *       {@code Reference} line, and a sample size that is not a positive whole number are errors.
 * </ul>
 *
 * Errors carry the file, the 1-based line and the 1-based column of the offending text.
 */
public final class SleuthReader {
  private static final Pattern REFERENCE = Pattern.compile("//\\s*Reference\\s*=\\s*(.*)",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern SUBJECTS = Pattern.compile("//\\s*Subjects\\s*=\\s*(.*)",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern WHOLE_NUMBER = Pattern.compile("\\+?\\d+");
  private static final Pattern TOKEN = Pattern.compile("\\S+");
  private static final String[] AXES = {"x", "y", "z"};

  private SleuthReader() {}

  /** Reads one Sleuth file. */
  public static LoadResult read(Path file) {
    return read(List.of(file));
  }

  /**
   * Reads several Sleuth files into one dataset (NiMARE: a list passed to {@code
   * convert_sleuth_to_dataset}); each file has its own reference space.
   *
   * @throws DataException for a malformed file, or an experiment id found twice (naming both)
   */
  public static LoadResult read(List<Path> files) {
    DatasetBuilder builder = new DatasetBuilder();
    List<DataException> problems = new ArrayList<>();
    for (Path file : files) {
      try {
        readInto(builder, file);
      } catch (DataException bad) {
        problems.add(bad); // the other files' problems are reported too
      }
    }
    if (!problems.isEmpty()) {
      throw DataException.of(problems);
    }
    return builder.build();
  }

  static void readInto(DatasetBuilder builder, Path file) {
    new FileParser(builder, file).parse(TextFiles.readUtf8OrWindows1252(file, builder::warn));
  }

  /** The hint for a file without a {@code // Reference=} line: the script may give the space. */
  private static final String GIVE_SPACE = " (or give the space in the script: "
      + "`load(\"file.txt\", space = talairach)`)";

  /** One physical line: 1-based number and its text without the line ending. */
  private record Line(int number, String text) {
    String trimmed() {
      return text.strip();
    }

    int indentColumn() {
      int i = 0;
      while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      return i + 1;
    }
  }

  /** An experiment whose {@code Subjects} line has been read; rows are added as they come. */
  private record Pending(String id, String studyId, String contrastId, int labelLine,
      Line subjectsLine, int subjects, List<double[]> foci) {}

  private static final class FileParser {
    private final DatasetBuilder builder;
    private final Path file;
    private String spaceLabel;
    private final List<Line> labels = new ArrayList<>();
    private Pending pending;
    private int experiments;
    private final List<DataException> problems = new ArrayList<>();
    /** After a broken label or `Subjects` line: its coordinates are passed over, up to the next label. */
    private boolean skipping;
    /** The current experiment had a bad coordinate line: it is not added (its problems are reported). */
    private boolean pendingBroken;

    FileParser(DatasetBuilder builder, Path file) {
      this.builder = builder;
      this.file = file;
    }

    /**
     * Reads every line, collecting the problems of lines and experiments so that all are reported
     * at once. A problem before the file's space is known stops the reading: every later line
     * would repeat it.
     */
    void parse(String text) {
      List<Line> lines = split(text);
      if (builder.given() != null && lines.stream().noneMatch(l -> REFERENCE.matcher(l.trimmed()).matches())) {
        spaceLabel = builder.given().label(); // the file states no space: the script's holds
      }
      int firstLine = 0;
      for (Line line : lines) {
        String t = line.trimmed();
        if (t.isEmpty()) {
          continue;
        }
        firstLine = firstLine == 0 ? line.number() : firstLine;
        try {
          if (t.startsWith("//")) {
            header(line, t);
          } else {
            row(line);
          }
        } catch (DataException bad) {
          if (spaceLabel == null) {
            throw bad;
          }
          problems.add(bad);
        }
      }
      if (spaceLabel == null) {
        throw error(firstLine, firstLine == 0 ? 0 : 1, firstLine == 0
            ? "The file is empty; expected `// Reference=MNI` or `// Reference=Talairach` and experiments."
            : "Expected a `// Reference=MNI` or `// Reference=Talairach` line before the experiments; "
                + "the file has none" + GIVE_SPACE + ".");
      }
      if (!labels.isEmpty() && !skipping) {
        Line last = labels.get(labels.size() - 1);
        problems.add(error(last.number(), last.indentColumn(), "Expected a `// Subjects=N` line after the label `"
            + last.trimmed() + "`; the file ends here."));
      }
      try {
        finishPending();
      } catch (DataException bad) {
        problems.add(bad);
      }
      if (!problems.isEmpty()) {
        throw DataException.of(problems);
      }
      if (experiments == 0) {
        throw error(firstLine, 1, "The file has a `// Reference` line but no experiments.");
      }
    }

    private void header(Line line, String t) {
      Matcher reference = REFERENCE.matcher(t);
      if (spaceLabel == null) {
        if (reference.matches()) {
          spaceLabel = checkedSpace(line, reference);
        } else if (SUBJECTS.matcher(t).matches()) {
          throw error(line.number(), line.indentColumn(), "Expected a `// Reference=MNI` or "
              + "`// Reference=Talairach` line before the first experiment" + GIVE_SPACE + ".");
        }
        // other `//` lines before the reference are comments
        return;
      }
      if (reference.matches()) {
        throw error(line.number(), line.indentColumn(), "A second `// Reference` line; the reference "
            + "space is given once, at the top of the file (use one file per space).");
      }
      finishPending();
      Matcher subjects = SUBJECTS.matcher(t);
      if (subjects.matches()) {
        if (skipping) {
          return; // the label before it was broken, or it is a second `Subjects` line of a broken one
        }
        try {
          startExperiment(line, subjects);
        } catch (DataException bad) {
          skipping = true;
          labels.clear();
          throw bad;
        }
      } else {
        skipping = false;
        labels.add(line);
      }
    }

    private String checkedSpace(Line line, Matcher reference) {
      String label = reference.group(1);
      int column = line.indentColumn() + reference.start(1);
      if (CoordinateSpace.parse(label) == CoordinateSpace.UNKNOWN) {
        throw error(line.number(), column, "Unknown reference space `"
            + label + "`; expected `MNI`, `TAL` or `Talairach`.");
      }
      return builder.spaceLabel(label, file, line.number(), column, "The file", "`" + line.trimmed() + "`");
    }

    /** The value of a string of digits with an optional {@code +}, or 0 when it overflows an int. */
    private static int parsePositive(String digits) {
      try {
        return Integer.parseInt(digits.startsWith("+") ? digits.substring(1) : digits);
      } catch (NumberFormatException e) {
        return 0;
      }
    }

    private void startExperiment(Line line, Matcher subjects) {
      if (labels.isEmpty()) {
        throw error(line.number(), line.indentColumn(), "Expected a label line `// Study: Contrast` "
            + "before `" + line.trimmed() + "`.");
      }
      String value = subjects.group(1);
      int valueColumn = line.indentColumn() + subjects.start(1);
      int n = WHOLE_NUMBER.matcher(value).matches() ? parsePositive(value) : 0;
      if (n <= 0) {
        throw error(line.number(), valueColumn, "Expected a positive whole number of subjects after "
            + "`Subjects=`, found `" + value + "`.");
      }
      List<String> parts = new ArrayList<>();
      for (Line label : labels) {
        parts.add(label.trimmed().replace("//", "").strip());
      }
      String text = String.join(" ", parts);
      int colon = text.indexOf(':');
      String studyId = colon < 0 ? text : text.substring(0, colon);
      String contrastId = colon < 0 ? "" : text.substring(colon + 1).strip();
      Line first = labels.get(0);
      if (studyId.isBlank()) {
        throw error(first.number(), first.indentColumn(), "Expected a label `// Study: Contrast` before "
            + "`// Subjects=`, found `" + first.trimmed() + "` with no study name.");
      }
      pending = new Pending(studyId + "-" + contrastId, studyId, contrastId, first.number(), line, n,
          new ArrayList<>());
      labels.clear();
    }

    private void row(Line line) {
      if (skipping) {
        return;
      }
      if (spaceLabel == null) {
        throw error(line.number(), line.indentColumn(), "Expected `// Reference=MNI` or "
            + "`// Reference=Talairach` before the first experiment, found `" + line.trimmed() + "`.");
      }
      if (pending == null) {
        if (!labels.isEmpty()) {
          Line last = labels.get(labels.size() - 1);
          skipping = true;
          labels.clear();
          throw error(line.number(), line.indentColumn(), "Expected a `// Subjects=N` line between the "
              + "label `" + last.trimmed() + "` (line " + last.number() + ") and the coordinates.");
        }
        skipping = true; // one message for the block of coordinates, not one per line
        throw error(line.number(), line.indentColumn(), "Coordinates before any experiment; expected "
            + "`// Study: Contrast` and `// Subjects=N` lines first, found `" + line.trimmed() + "`.");
      }
      try {
        pending.foci().add(focus(line));
      } catch (DataException bad) {
        pendingBroken = true;
        throw bad;
      }
    }

    private double[] focus(Line line) {
      Matcher m = TOKEN.matcher(line.text());
      List<String> tokens = new ArrayList<>();
      List<Integer> columns = new ArrayList<>();
      while (m.find()) {
        tokens.add(m.group());
        columns.add(m.start() + 1);
      }
      if (tokens.size() != 3) {
        int column = tokens.size() > 3 ? columns.get(3) : columns.get(0);
        throw error(line.number(), column, "Expected three numbers `x y z`, found " + tokens.size()
            + (tokens.size() == 1 ? " value" : " values") + " `" + line.trimmed() + "`.");
      }
      double[] focus = new double[3];
      for (int a = 0; a < 3; a++) {
        Double v = Decimals.parse(tokens.get(a));
        if (v == null) {
          throw error(line.number(), columns.get(a), "Expected a number for `" + AXES[a] + "`, found `"
              + tokens.get(a) + "`.");
        }
        if (!Double.isFinite(v)) {
          throw error(line.number(), columns.get(a), "Experiment `" + pending.id() + "` has a non-finite `"
              + AXES[a] + "` coordinate (`" + tokens.get(a) + "`); coordinates must be finite numbers.");
        }
        focus[a] = v;
      }
      return focus;
    }

    private void finishPending() {
      if (pending == null) {
        return;
      }
      Pending p = pending;
      pending = null;
      if (pendingBroken) {
        pendingBroken = false;
        return; // its bad lines are reported; "no coordinates" would be a false second problem
      }
      if (p.foci().isEmpty()) {
        Line s = p.subjectsLine();
        throw error(s.number(), s.indentColumn(), "Experiment `" + p.id() + "` has no coordinates; "
            + "expected lines `x y z` after `" + s.trimmed() + "`.");
      }
      double[][] foci = builder.toMni(file, spaceLabel, p.foci().toArray(new double[0][]), p.id(), false);
      builder.add(new Experiment(p.id(), p.studyId(), p.contrastId(), spaceLabel, foci,
          new double[] {p.subjects()}, Map.of("sample_sizes", List.of((long) p.subjects())), Map.of()),
          file, p.labelLine());
      experiments++;
    }

    private DataException error(int line, int column, String reason) {
      return new DataException(file, line, column, reason);
    }
  }

  /** Splits on {@code \r\n}, {@code \n} or {@code \r}, numbering lines from 1. */
  private static List<Line> split(String text) {
    List<Line> lines = new ArrayList<>();
    int start = 0;
    int number = 1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        lines.add(new Line(number++, text.substring(start, i)));
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    if (start < text.length()) {
      lines.add(new Line(number, text.substring(start)));
    }
    return lines;
  }
}
