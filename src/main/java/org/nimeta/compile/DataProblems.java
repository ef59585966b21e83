package org.nimeta.compile;

import java.nio.file.Path;
import java.util.List;
import org.nimeta.lang.Diagnostic;
import org.nimeta.lang.ErrorCode;
import org.nimeta.lang.Span;

/**
 * The messages of the data checks, which open the files a script names. {@code input} is a
 * dataset as a message names it: {@code `pain`}, or "its dataset" for an inline expression.
 */
final class DataProblems {
  private DataProblems() {}

  /** @param word the script's {@code space = ...} word the file contradicts */
  static Diagnostic conflictingSpace(Span at, String message, String word) {
    return Diagnostic.error(ErrorCode.CONFLICTING_SPACE, at, message)
        .withHelp("Remove `space = " + word + "` to use the space the file states, or correct the file "
            + "if its coordinates are in fact " + (word.equals("mni") ? "MNI" : "Talairach") + ".");
  }

  /** A file the data layer refused, or one of its images; the message says which and why. */
  static Diagnostic unusableData(Span at, String message) {
    return Diagnostic.error(ErrorCode.DATA_ERROR, at, message);
  }

  static Diagnostic dataWarning(ErrorCode code, Span at, String message) {
    return Diagnostic.warning(code, at, message);
  }

  static Diagnostic noExperiments(Span at, boolean aFile) {
    return Diagnostic.error(ErrorCode.EMPTY_DATASET, at,
        aFile ? "this file holds no experiments." : "this selection keeps no experiments.");
  }

  /** @param ids the experiments without foci, as listed in messages */
  static Diagnostic experimentsWithoutFoci(Span at, int count, String ids) {
    return Diagnostic.warning(ErrorCode.NO_FOCI, at,
        Words.number(count, "experiment") + (count == 1 ? " reports no foci and so adds" : " report no foci and so add")
            + " nothing to coordinate-based estimates: " + ids + ".");
  }

  static Diagnostic noFoci(Span at, String estimator, String dataset) {
    return Diagnostic.error(ErrorCode.EMPTY_DATASET, at,
        "`" + estimator + "` works on foci, but the dataset `" + dataset + "` has none.");
  }

  static Diagnostic missingSampleSizes(Span at, String kernel, String dataset, int count, String ids) {
    return Diagnostic.error(ErrorCode.MISSING_SAMPLE_SIZE, at,
            "`" + kernel + "()` takes its width from each experiment's sample size, but "
                + Words.number(count, "experiment") + " in `" + dataset + "` "
                + (count == 1 ? "has" : "have") + " none: " + ids + ".")
        .withHelp("Add the sample sizes to the data (`metadata.sample_sizes` in NiMARE JSON, "
            + "`// Subjects=N` in Sleuth files), or fix the width: `"
            + kernel + "(fwhm = 10mm)` or `" + kernel + "(sample_size = 20)`.");
  }

  static Diagnostic noImages(Span at, String estimator, String input, boolean holdsCoordinates) {
    return Diagnostic.error(ErrorCode.INCOMPATIBLE, at,
            "`" + estimator + "` combines statistical images, but no experiment in " + input + " lists any"
                + (holdsCoordinates ? " (it holds coordinates)." : "."))
        .withHelp("Use a coordinate-based estimator such as `ALE(...)`, or load data whose "
            + "experiments list their images (`images` in NiMARE JSON, or an image table).");
  }

  /** @param dropped the experiments left out and why, as listed in messages */
  static Diagnostic experimentsLeftOut(Span at, String estimator, int used, int all, String input, String needs,
      int leftOut, String dropped) {
    return Diagnostic.warning(ErrorCode.DATA_WARNING, at,
        "`" + estimator + "` uses " + used + " of the " + all + " experiments in "
            + input + ": it needs " + needs + ", so " + Words.number(leftOut, "experiment") + " "
            + (leftOut == 1 ? "is" : "are") + " left out, as NiMARE does: " + dropped + ".");
  }

  static Diagnostic tooFewWithImages(Span at, String estimator, String needs, int used, int all, String input) {
    return Diagnostic.error(ErrorCode.EMPTY_DATASET, at,
            "`" + estimator + "` needs at least two experiments with " + needs + ", but "
                + (used == 0 ? "none" : "only 1") + " of the " + all + " in " + input + " has them.")
        .withHelp("Add experiments with these images, or compute missing ones with `transform(..., to = [...])`.");
  }

  static Diagnostic imagesNotFoci(Span at, String estimator, String input) {
    return Diagnostic.error(ErrorCode.INCOMPATIBLE, at,
            "`" + estimator + "` works on foci, but " + input + " holds statistical images and no foci.")
        .withHelp("Use an image-based estimator such as `Stouffers(...)` or `DerSimonianLaird(...)`.");
  }

  static Diagnostic moreUnusableImages(Span at, int more, String estimate) {
    return Diagnostic.error(ErrorCode.DATA_ERROR, at, Words.number(more, "more image") + " read by `"
        + estimate + "` cannot be used either; fix the ones above and check again to see them.");
  }

  /**
   * Images a load lists that are not where its paths point but are under another folder.
   *
   * @param base    the load's {@code base} as shown; null when it gives none (paths start at the file's folder)
   * @param folder  where {@code found} of the {@code missing} images are, as the script would write it
   * @param fixed   the load call with that folder as its base
   */
  static Diagnostic imagesUnderAnotherBase(Span at, String file, int missing, String base, int found, String folder,
      String fixed) {
    String where = base == null ? "in its own folder (where its relative image paths start)"
        : "under its `base`, `" + base + "`";
    String there = found == missing ? (missing == 1 ? "it is" : "all " + missing + " are") : found + " are";
    return Diagnostic.error(ErrorCode.DATA_ERROR, at, "`" + file + "` lists " + Words.number(missing, "image")
            + " that " + (missing == 1 ? "is" : "are") + " not " + where + "; " + there + " under `" + folder + "`.")
        .withHelp("Give that folder as the images' base: `" + fixed + "`."
            + (found == missing ? "" : missing - found == 1 ? " The other one is not there either."
                : " The other " + (missing - found) + " are not there either."));
  }

  /**
   * Images that, resampled to the analysis mask, have no value inside it, because they lie elsewhere.
   *
   * @param types     the image types ({@code z}), one or more
   * @param box       where the images are, in mm; {@code grids} what grids they are on
   * @param maskName  the analysis mask, {@code `mni152_2mm`}; {@code maskBox} where its voxels are
   * @param apart     whether the two boxes do not even meet
   * @param ownMask   a mask on the images' grid, as the script would write it; null when none is known
   */
  static Diagnostic imagesOutsideMask(Span at, int count, List<String> types, String estimate, String box,
      String grids, String maskName, String maskBox, boolean apart, String ownMask) {
    String images = types.size() == 1 ? count + " `" + types.get(0) + "` images"
        : Words.number(count, "image") + " (" + Words.quotedAnd(types) + ")";
    Diagnostic d = Diagnostic.error(ErrorCode.DATA_ERROR, at, images + " read by `" + estimate + "` have no "
        + "non-zero value inside the analysis mask once resampled to it: they lie in " + box + " (" + grids + "), "
        + (apart ? "outside" : "and") + " the analysis mask " + maskName + (apart ? ", which spans " : " spans ")
        + maskBox + ".");
    return ownMask == null
        ? d.withHelp("Analyse them in a mask on their grid (`space \"their-mask.nii.gz\"`), or use images in the "
            + "space of the analysis mask.")
        : d.withHelp("Analyse them in the mask beside them: `space \"" + ownMask + "\"`.");
  }

  /** @param grid the analysis grid, {@code 91×109×91}; {@code shown} the images with theirs */
  static Diagnostic resampled(Span at, int count, String estimate, String grid, String shown) {
    return Diagnostic.warning(ErrorCode.DATA_WARNING, at,
        Words.number(count, "image") + " read by `" + estimate + "` " + (count == 1 ? "is" : "are")
            + " not on the analysis grid (" + grid + ") and will be "
            + "resampled to it by trilinear interpolation, clipped to each image's range, as NiMARE does: "
            + shown + ".");
  }

  static Diagnostic sleuthInDefaultSpace(Span at, Path file) {
    return Diagnostic.warning(ErrorCode.SLEUTH_DEFAULT_SPACE, at, "`" + file + "` is a Sleuth file; NiMARE "
            + "(`convert_sleuth_to_dataset`) and GingerALE analyse such data in GingerALE's mask, `ale_2mm`, but this "
            + "script uses the default `mni152_2mm`, so its numbers differ from theirs.")
        .withHelp("Add `space ale_2mm` to match NiMARE and GingerALE, or `space mni152_2mm` to keep this mask "
            + "(and this warning quiet).");
  }
}
