package org.nimeta.compile;

import java.util.List;
import org.nimeta.lang.Ast;
import org.nimeta.lang.Diagnostic;
import org.nimeta.lang.ErrorCode;
import org.nimeta.lang.Span;
import org.nimeta.registry.Value;

/**
 * The messages about results: estimates and their kernels, corrections, conjunctions and where
 * {@code write} puts their maps. A correction is written as a script would, {@code FWE(method = montecarlo)}.
 */
final class ResultProblems {
  private ResultProblems() {}

  /** @param found what the expression is, in words; {@code known} the registry's kernels */
  static Diagnostic notAKernel(Span at, String found, List<String> known) {
    return Diagnostic.error(ErrorCode.TYPE_MISMATCH, at,
            "a kernel is a call such as `ALEKernel()` or the name of a declared kernel, not " + found + ".")
        .withHelp("Known kernels: " + String.join(", ", known) + ".");
  }

  /** @param needs the kernels allowed, in words; {@code allowed} their names */
  static Diagnostic wrongKernel(Span at, String needs, String type, List<String> allowed) {
    return Diagnostic.error(ErrorCode.INCOMPATIBLE, at, "this estimator needs " + needs + ", but this is a `" + type + "`.")
        .withHelp("Use " + String.join(" or ", allowed.stream().map(a -> "`" + a + "(...)`").toList()) + ".");
  }

  static Diagnostic notAnEstimatorCall(Span at, Ast.DeclKind kind, List<String> known) {
    return Diagnostic.error(ErrorCode.TYPE_MISMATCH, at,
            "an " + kind.keyword + " is a call to an estimator, such as `ALE(pain)`.")
        .withHelp("Known estimators: " + String.join(", ", known) + ".");
  }

  static Diagnostic correctConjunction(Span at, String name) {
    return Diagnostic.error(ErrorCode.INCOMPATIBLE, at,
            "`" + name + "` is a conjunction of other results; it has no null distribution to correct.")
        .withHelp("Correct each of its inputs, then conjoin the corrected maps, e.g. "
            + "`conjunction(a, b, map = \"z_level-voxel_corr-FWE_method-montecarlo\")`.");
  }

  /** @param options how to write options after a call written where the folder goes, or null */
  static Diagnostic writeNeedsFolder(Span at, String options) {
    Diagnostic d = Diagnostic.error(ErrorCode.TYPE_MISMATCH, at,
        "`write ... to` takes a directory name in quotes, relative to the output directory.");
    return options == null ? d : d.withHelp("Options follow the quoted folder: " + options);
  }

  static Diagnostic writeOutsideOutput(Span at) {
    return Diagnostic.error(ErrorCode.OUT_OF_RANGE, at, "the directory must be a relative path inside the output directory.");
  }

  /** @param runFile the file {@code nimeta run} writes beside the maps, which the folder would replace */
  static Diagnostic writeOverRunFile(Span at, String directory, String runFile) {
    return Diagnostic.error(ErrorCode.DUPLICATE_NAME, at,
            "`write` cannot use the folder `" + directory + "`: nimeta writes its own `" + runFile
                + "` at the top of the output directory.")
        .withHelp("Choose another folder name; `plan.json` and `provenance.json` are nimeta's own.");
  }

  static Diagnostic writtenTwice(Span at, String directory, Span previous) {
    return Diagnostic.error(ErrorCode.DUPLICATE_NAME, at, "two results would be written to `" + directory + "`.")
        .withRelated(previous, "also written here");
  }

  static Diagnostic sharedFolder(Span at, String first, String second, String folder) {
    return Diagnostic.error(ErrorCode.DUPLICATE_NAME, at,
            "the maps of `" + first + "` and `" + second + "` would both go to the folder `" + folder + "`.")
        .withHelp("Give one of them another folder with `write NAME to \"folder\"`.");
  }

  static Diagnostic writeOptionsNamed(Span at, String known) {
    return Diagnostic.error(ErrorCode.TOO_MANY_ARGUMENTS, at, "the options of `write` are named (`option = value`).")
        .withHelp("Its options are " + known + ".");
  }

  /** @param hint a did-you-mean, or null; {@code known} the options, quoted */
  /** @param suggested a did-you-mean, or null */
  static Diagnostic unknownWriteOption(Span at, String name, Suggested suggested, String known) {
    Diagnostic d = Diagnostic.error(ErrorCode.UNKNOWN_ARGUMENT, at, "`write` has no option `" + name + "`.");
    return suggested != null ? suggested.addTo(d, at) : d.withHelp("Its options are " + known + ".");
  }

  static Diagnostic needsAlpha(Span at, String option) {
    return Diagnostic.error(ErrorCode.MISSING_ARGUMENT, at,
            "`" + option + "` applies to thresholded maps, but neither `alpha` nor `stat_threshold` is given.")
        .withHelp("Add `alpha = 0.05` (corrected maps at that level) or `stat_threshold = 3.09` (uncorrected "
            + "z maps beyond that value) to the options.");
  }

  static Diagnostic alphaOfConjunction(Span at, String target) {
    return Diagnostic.error(ErrorCode.INCOMPATIBLE, at,
            "`" + target + "` is a conjunction: it has no corrected p map to cut at `alpha`.")
        .withHelp("Use `stat_threshold = ...` on its map, or conjoin corrected maps "
            + "(`conjunction(a, b, map = \"z_level-voxel_corr-FWE_method-montecarlo\")`).");
  }

  /** @param help what it does write, as a whole sentence (or a did-you-mean) */
  static Diagnostic writesNoMap(Span at, String result, String map, String help) {
    return Diagnostic.error(ErrorCode.UNKNOWN_CHOICE, at, "`" + result + "` writes no map `" + map + "`.")
        .withHelp(help);
  }

  /**
   * A map that {@code result} does not write, at the string that names it.
   *
   * @param available the maps {@code result} writes, listed when none is close to {@code map}
   */
  static Diagnostic writesNoMap(Span at, String result, String map, List<String> available) {
    Suggested s = Suggested.of(map, available);
    return s != null ? s.addTo(writesNoMap(at, result, map, (String) null), at)
        : writesNoMap(at, result, map, "Its maps are " + Words.quoted(available) + ".");
  }

  static Diagnostic mapOfMissingCorrection(Span at, String map, String result, String correction) {
    return Diagnostic.error(ErrorCode.UNKNOWN_CHOICE, at,
            "`" + map + "` is written by a correction `" + result + "` does not have.")
        .withHelp("Add `correct " + result + " with " + correction + "` to write it.");
  }

  /** @param writingP the corrections the estimator supports that write p maps, as a script writes them, quoted */
  static Diagnostic nothingToThreshold(Span at, String estimate, String estimator, boolean noCorrection,
      List<String> writingP) {
    String message = noCorrection
        ? "`alpha` thresholds the corrected p maps of `" + estimate + "`, but it has no correction."
        : "`alpha` thresholds corrected p maps, but the corrections of `" + estimate + "` write none.";
    return Diagnostic.error(ErrorCode.INCOMPATIBLE, at, message).withHelp(writingP.isEmpty()
        ? "`" + estimator + "` supports no correction that writes p maps, so its maps cannot be thresholded."
        : "Add `correct " + estimate + " with FWE(...)` or `FDR(...)`; " + String.join(", ", writingP)
            + " write corrected p maps.");
  }

  /**
   * A write's {@code alpha} thresholds; the correction's only states a level (W0114).
   *
   * @param correction the correction as a script writes it, {@code FDR(method = indep)}
   * @param isDefault  whether the correction's alpha is the default (so perhaps not written)
   */
  static Diagnostic alphaDisagrees(Span at, String estimate, double writeAlpha, String correction,
      double correctionAlpha, boolean isDefault, Span correctionAt) {
    String w = Value.formatNumber(writeAlpha);
    return Diagnostic.warning(ErrorCode.ALPHA_MISMATCH, at,
            "this `write` cuts the corrected p maps of `" + estimate + "` at `alpha = " + w + "`, but `"
                + correction + "` states `alpha = " + Value.formatNumber(correctionAlpha) + "`"
                + (isDefault ? " (the default)" : "") + ": the write's `alpha = " + w + "` is the one used.")
        .withRelated(correctionAt, "the correction's level")
        .withHelp("A correction's `alpha` does not change its maps (corrected p values, as in NiMARE); nimeta "
            + "records it and checks iterations and permutations against it (W0106, W0108). Give the correction "
            + "`alpha = " + w + "` too, so that the plan and provenance state the level the maps are cut at.");
  }

  static Diagnostic conjunctionTakesNames(Span at, String function) {
    return Diagnostic.error(ErrorCode.TYPE_MISMATCH, at, "`" + function + "` takes the names of estimates or contrasts.")
        .withHelp("Declare each analysis first (`estimate a = ALE(...)`), then write `" + function + "(a, b)`.");
  }

  /** @param isDefault whether the missing map is the default of {@code map} (reported at the call) */
  static Diagnostic noResultWritesMap(Span at, String function, String map, boolean isDefault, List<String> known) {
    Suggested s = Suggested.of(map, known);
    Diagnostic d = Diagnostic.error(ErrorCode.UNKNOWN_CHOICE, at,
        "none of the results of `" + function + "` writes a map `" + map + "`"
            + (isDefault ? " (the default `map`)." : "."));
    // a default is reported at the call, which holds no map to replace
    return s != null ? (isDefault ? d.withHelp(s.help()) : s.addTo(d, at)) : d.withHelp("Their maps are " + Words.quoted(known)
            + ", and those of their corrections; choose one with `map = \"...\"`.");
  }

  static Diagnostic correctionWritesNoMap(Span at, String result, String family, String method, String map,
      List<String> corrected) {
    Suggested s = Suggested.of(map, corrected);
    Diagnostic d = Diagnostic.error(ErrorCode.UNKNOWN_CHOICE, at,
        "`correct " + result + " with " + family + "(method = " + method + ")` writes no map `" + map + "`.");
    return s != null ? s.addTo(d, at) : d.withHelp("It writes " + Words.quoted(corrected) + ".");
  }

  /** @param supported the estimator's corrections as {@code FAMILY:method} keys */
  static Diagnostic unsupportedCorrectionMap(Span at, String result, String map, String estimator, String family,
      String method, List<String> supported) {
    return Diagnostic.error(ErrorCode.INCOMPATIBLE, at,
            "`" + result + "` has no map `" + map + "`: `" + estimator + "` does not support `" + family
                + "(method = " + method + ")`.")
        .withHelp(supported.isEmpty() ? "Conjoin an uncorrected map such as `map = \"z\"`."
            : "It supports " + String.join(", ", supported.stream()
                .map(k -> "`" + k.replace(":", "(method = ") + ")`").toList()) + ".");
  }

  static Diagnostic undeclaredCorrectionMap(Span at, String result, String map, String family, String method) {
    return Diagnostic.error(ErrorCode.INCOMPATIBLE, at,
            "`" + result + "` has no map `" + map + "`: no `correct " + result + " with " + family
                + "(method = " + method + ")` is declared.")
        .withHelp("Add `correct " + result + " with " + family + "(method = " + method
            + ", ...)`, or conjoin an uncorrected map such as `map = \"z\"`.");
  }

  static Diagnostic resultHasNoMap(Span at, String result, String map, List<String> own) {
    Suggested s = Suggested.of(map, own);
    Diagnostic d = Diagnostic.error(ErrorCode.UNKNOWN_CHOICE, at, "`" + result + "` has no map `" + map + "`.");
    return s != null ? s.addTo(d, at) : d.withHelp("Its maps are " + Words.quoted(own)
            + ", and those of its corrections, e.g. `z_level-voxel_corr-FWE_method-montecarlo`.");
  }
}
