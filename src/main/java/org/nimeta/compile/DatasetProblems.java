package org.nimeta.compile;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.nimeta.lang.Diagnostic;
import org.nimeta.lang.ErrorCode;
import org.nimeta.lang.Span;

/** The messages about dataset expressions: {@code load}, {@code simulate}, {@code transform} and operators. */
final class DatasetProblems {
  private DatasetProblems() {}

  /** E0312 for a {@code simulate} whose foci cannot all be held; see {@link SimulationMemory}. */
  static Diagnostic simulationTooLarge(Span at, long studies, long fociPerStudy, long neededBytes, long availableBytes,
      long fittingStudies) {
    return Diagnostic.error(ErrorCode.NOT_ENOUGH_MEMORY, at,
            "this simulation holds " + studies + " × " + fociPerStudy + " = " + studies * fociPerStudy
                + " foci, which need at least " + CorrectionProblems.gigabytes(neededBytes) + " ("
                + SimulationMemory.BYTES_PER_FOCUS + " bytes each), but Java may use at most "
                + CorrectionProblems.gigabytes(availableBytes) + " on this machine, so the run would fail.")
        .withHelp("Use at most `n_studies = " + fittingStudies + "` with `foci = " + fociPerStudy
            + "`, or " + CorrectionProblems.moreMemory(neededBytes));
  }

  static final String SIMULATE_EXAMPLE = "Write `simulate(n_studies = 100, foci = 10, sample_size = 20, seed = 1)`.";

  static Diagnostic notADatasetFunction(Span at, String callee) {
    return Diagnostic.error(ErrorCode.UNKNOWN_FUNCTION, at, "`" + callee + "(...)` does not make a dataset.")
        .withHelp("Datasets come from `load(\"file\")`, from another dataset with `where`, "
            + "or from `+`, `-`, `&` of two datasets.");
  }

  /** @param found what the expression is, in words */
  static Diagnostic notADataset(Span at, String found) {
    return Diagnostic.error(ErrorCode.TYPE_MISMATCH, at, "a dataset is needed here, but this is " + found + ".")
        .withHelp("Write `load(\"data/studies.json\")` or the name of a declared dataset.");
  }

  static Diagnostic simulateTakesNamed(Span at) {
    return Diagnostic.error(ErrorCode.UNKNOWN_ARGUMENT, at, "`simulate` takes only named arguments.")
        .withHelp(SIMULATE_EXAMPLE);
  }

  /**
   * {@code simulate}'s unknown parameter: its help shows a whole call rather than a list.
   *
   * @param word the parameter's name as written, which a did-you-mean replaces
   */
  static Diagnostic simulateUnknownParameter(Span at, Span word, String name, List<String> known) {
    Suggested s = Suggested.of(name, known);
    Diagnostic d = Diagnostic.error(ErrorCode.UNKNOWN_ARGUMENT, at, "`simulate` has no parameter `" + name + "`.");
    return s != null ? s.addTo(d, word) : d.withHelp(SIMULATE_EXAMPLE);
  }

  static Diagnostic simulateNeeds(Span at, String name) {
    return Diagnostic.error(ErrorCode.MISSING_ARGUMENT, at, "`simulate` needs `" + name + "`.")
        .withHelp(SIMULATE_EXAMPLE);
  }

  static Diagnostic loadTakesOnePath(Span at) {
    return Diagnostic.error(ErrorCode.TOO_MANY_ARGUMENTS, at,
            "`load` takes one path (or a list of paths) before its named arguments.")
        .withHelp("Load several Sleuth files with `load([\"a.txt\", \"b.txt\"])`.");
  }

  static Diagnostic loadUnknownParameter(Span at, String name, List<String> known) {
    Suggested s = Suggested.of(name, known);
    Diagnostic d = Diagnostic.error(ErrorCode.UNKNOWN_ARGUMENT, at, "`load` has no parameter `" + name + "`.");
    return s != null ? s.addTo(d, at) : d.withHelp("Its parameters are " + Words.quotedAnd(known) + ".");
  }

  static Diagnostic loadNeedsPath(Span at) {
    return Diagnostic.error(ErrorCode.MISSING_ARGUMENT, at, "`load` needs the path of a data file.")
        .withHelp("Write `load(\"data/studies.json\")`; paths are relative to the script's folder.");
  }

  static Diagnostic loadNeedsAFile(Span at) {
    return Diagnostic.error(ErrorCode.MISSING_ARGUMENT, at, "`load` needs at least one file.");
  }

  static Diagnostic paramNotAPath(Span at, String param, String shown) {
    return Diagnostic.error(ErrorCode.TYPE_MISMATCH, at,
            "`load` takes a file path in quotes, but the param `" + param + "` holds `" + shown + "`.")
        .withHelp("Declare it as a path: `param " + param + " = \"data/studies.json\"`.");
  }

  /**
   * @param override the {@code --param} that gave the path, or null when it is the script's own
   * @param resolved the path resolved (against the working directory for an override)
   */
  static Diagnostic paramFileNotFound(Span at, String param, String written, String override, Path resolved) {
    String from = override != null ? "`" + override + "`" : "the param `" + param + "`";
    return Diagnostic.error(ErrorCode.FILE_NOT_FOUND, at,
            "file `" + written + "` (from " + from + ") does not exist"
                + (Files.isDirectory(resolved) ? " (it is a directory)" : "") + ".")
        .withHelp(override != null
            ? "A `--param` path is relative to the working directory: it is `" + resolved + "`."
            : "A param's path is relative to the folder of the file that declares it: it is `" + resolved + "`.");
  }

  static Diagnostic pathNotInQuotes(Span at) {
    return Diagnostic.error(ErrorCode.TYPE_MISMATCH, at,
        "a file path is written in quotes, e.g. `load(\"data/studies.json\")`.");
  }

  /** @param what the argument in words ({@code a directory}, {@code a file path}) */
  static Diagnostic loadArgumentInQuotes(Span at, String parameter, String what) {
    return Diagnostic.error(ErrorCode.TYPE_MISMATCH, at, "`" + parameter + "` of `load` is " + what + " in quotes.");
  }

  /** @param suggested a did-you-mean, or null */
  static Diagnostic loadUnknownWord(Span at, String parameter, List<String> choices, String word, Suggested suggested) {
    Diagnostic d = Diagnostic.error(ErrorCode.UNKNOWN_CHOICE, at,
        "`" + parameter + "` of `load` must be one of " + Words.quoted(choices)
            + (word == null ? "." : ", not `" + word + "`."));
    return suggested == null ? d : suggested.addTo(d, at);
  }

  static Diagnostic severalOnlySleuth(Span at) {
    return Diagnostic.error(ErrorCode.INCOMPATIBLE, at, "only Sleuth text files can be loaded several at once.");
  }

  static Diagnostic spaceOfImageTable(Span at, String space) {
    return Diagnostic.error(ErrorCode.INCOMPATIBLE, at,
            "`space` gives the space of coordinates, but an image table has none.")
        .withHelp("Remove `space = " + space + "`; images are resampled to the analysis space.");
  }

  static Diagnostic annotationNeedsNimads(Span at, String format) {
    return Diagnostic.error(ErrorCode.INCOMPATIBLE, at,
            "an `annotation` goes with a NIMADS studyset, not with `format = " + format + "`.")
        .withHelp("Write `load(\"studyset.json\", format = nimads, annotation = \"annotation.json\")`.");
  }

  static Diagnostic transformTakesOneDataset(Span at) {
    return Diagnostic.error(ErrorCode.TOO_MANY_ARGUMENTS, at, "`transform` takes one dataset, then `to = [...]`.")
        .withHelp("To transform two datasets, combine them first: `transform(a + b, to = [z])`.");
  }

  static Diagnostic transformUnknownParameter(Span at, String name, String to) {
    Suggested s = Suggested.of(name, List.of(to));
    Diagnostic d = Diagnostic.error(ErrorCode.UNKNOWN_ARGUMENT, at, "`transform` has no parameter `" + name + "`.");
    return s != null ? s.addTo(d, at) : d.withHelp("Its only parameter is `" + to + "`, the image types to compute.");
  }

  static Diagnostic transformNeedsDataset(Span at) {
    return Diagnostic.error(ErrorCode.MISSING_ARGUMENT, at, "`transform` needs the dataset to transform.")
        .withHelp("Write `transform(maps, to = [z, varcope])`.");
  }

  /** @param targets the image types {@code transform} computes, quoted */
  static Diagnostic transformNeedsTo(Span at, String to, String targets) {
    return Diagnostic.error(ErrorCode.MISSING_ARGUMENT, at, "`transform` needs `" + to + "`, the image types to compute.")
        .withHelp("Write `" + to + " = [z]`, or a list such as `" + to + " = [z, varcope]`; the types are " + targets + ".");
  }

  static Diagnostic noImageType(Span at, String to, String targets) {
    return Diagnostic.error(ErrorCode.MISSING_ARGUMENT, at, "`" + to + "` lists no image type.")
        .withHelp("The types are " + targets + ".");
  }

  static Diagnostic listedTwice(Span at, String word, String to, Span first) {
    return Diagnostic.error(ErrorCode.DUPLICATE_ARGUMENT, at, "`" + word + "` is listed twice in `" + to + "`.")
        .withRelated(first, "first listed here");
  }

  static Diagnostic paramNotImageTypes(Span at, String to, String param, String shown) {
    return Diagnostic.error(ErrorCode.TYPE_MISMATCH, at,
        "`" + to + "` takes image types such as `z`, but the param `" + param + "` holds `" + shown + "`.");
  }

  static Diagnostic imageTypeInQuotes(Span at, String word) {
    return Diagnostic.error(ErrorCode.TYPE_MISMATCH, at, "image types are words, not strings.")
        .withHelp(ValueProblems.withoutQuotes(word));
  }

  static Diagnostic notImageTypes(Span at, String to, String targets) {
    return Diagnostic.error(ErrorCode.TYPE_MISMATCH, at, "`" + to + "` takes image types such as `z` or `[z, varcope]`.")
        .withHelp("The types are " + targets + ".");
  }

  /**
   * @param isImageType whether {@code word} is an image type at all (one {@code transform} cannot compute)
   * @param hint        a did-you-mean, or null
   */
  /** @param suggested a did-you-mean, or null */
  static Diagnostic notATarget(Span at, String word, boolean isImageType, String targets, Suggested suggested) {
    Diagnostic d = Diagnostic.error(ErrorCode.UNKNOWN_CHOICE, at, isImageType
        ? "`transform` cannot compute `" + word + "` images; it computes " + targets + "."
        : "`" + word + "` is not an image type `transform` computes; it computes " + targets + ".");
    return suggested == null ? d : suggested.addTo(d, at);
  }
}
