package org.nimeta.compile;

import java.util.List;
import org.nimeta.lang.Diagnostic;
import org.nimeta.lang.ErrorCode;
import org.nimeta.lang.Span;

/** The messages about {@code diagnose} statements. */
final class DiagnoseProblems {
  private DiagnoseProblems() {}

  static Diagnostic notADiagnosticCall(Span at, List<String> known) {
    return Diagnostic.error(ErrorCode.TYPE_MISMATCH, at, "`diagnose ... with` takes a call to a diagnostic, such as "
            + "`Jackknife(target_image = \"z\")`.")
        .withHelp("Known diagnostics: " + String.join(", ", known) + ".");
  }

  static Diagnostic conjunction(Span at, String name) {
    return Diagnostic.error(ErrorCode.INCOMPATIBLE, at,
            "`" + name + "` is a conjunction of other results; it has no experiments of its own to diagnose.")
        .withHelp("Diagnose each of its inputs.");
  }

  /**
   * @param correction a correction the estimator supports that would write the map, as a script
   *                   writes it, or null
   */
  static Diagnostic mapMissing(Span at, String result, String map, List<String> available, String correction) {
    Diagnostic d = Diagnostic.error(ErrorCode.DIAGNOSED_MAP_MISSING, at,
        "`" + result + "` writes no map `" + map + "` to diagnose.");
    if (correction != null) {
      return d.withHelp("`" + map + "` is written by `correct " + result + " with " + correction + "`; declare "
          + "that correction, or diagnose one of: " + String.join(", ", available) + ".");
    }
    Suggested s = Suggested.of(map, available);
    return s != null ? s.addTo(d, at) : d.withHelp("Its maps: " + String.join(", ", available) + ".");
  }

  static Diagnostic needsFoci(Span at, String diagnostic, String result, String estimator) {
    return Diagnostic.error(ErrorCode.DIAGNOSTIC_NEEDS_FOCI, at,
            "`" + diagnostic + "` counts foci, but `" + result + "` is an image-based `" + estimator + "`.")
        .withHelp("Use `Jackknife`, which works on images too.");
  }

  static Diagnostic unsupported(Span at, String diagnostic, String result, String estimator, List<String> supported) {
    return Diagnostic.error(ErrorCode.DIAGNOSTIC_UNSUPPORTED, at,
            "`" + diagnostic + "` does not run on `" + result + "`, a result of `" + estimator + "`.")
        .withHelp("It runs on results of " + String.join(", ", supported) + ".");
  }

  static Diagnostic needsK(Span at) {
    return Diagnostic.error(ErrorCode.RESAMPLING_NEEDS_K, at,
            "`resampling_policy = leave_k_out` needs `k`, the number of experiments each replicate leaves out.")
        .withHelp("Add `k = 2` (any whole number from 1 to the number of experiments − 1), or use `leave_1_out`.");
  }

  static Diagnostic resamplesIgnored(Span at) {
    return Diagnostic.warning(ErrorCode.RESAMPLES_IGNORED, at,
            "`n_resamples` is ignored: a leave-one-out schedule has one replicate per experiment, as NiMARE's.")
        .withHelp("Remove `n_resamples`, or use `resampling_policy = leave_k_out` or `subsample`.");
  }

  static Diagnostic twice(Span at, String diagnostic, String result, String map, Span previous) {
    return Diagnostic.error(ErrorCode.DIAGNOSED_TWICE, at,
            "`" + result + "` is already diagnosed with `" + diagnostic + "` on `" + map + "` at "
                + previous.location() + ".")
        .withHelp("Remove one of the two statements, or give this one another `target_image`.");
  }

  static Diagnostic conflictingClusters(Span at, String result, String map, Span other) {
    return Diagnostic.error(ErrorCode.CONFLICTING_CLUSTERS, at,
            "this diagnostic forms the clusters of `" + map + "` with another `voxel_thresh` or `cluster_threshold` "
                + "than the one at " + other.location() + "; both would write `" + map + "_tab-clust.tsv` and its label "
                + "maps into `" + result + "`'s folder.")
        .withHelp("Give both the same `voxel_thresh` and `cluster_threshold`.");
  }

  static Diagnostic differentClusters(Span at, String result, Span other) {
    return Diagnostic.warning(ErrorCode.NO_CONTRIBUTIONS_TABLE, at,
            "this diagnostic of `" + result + "` forms other clusters than the one at " + other.location()
                + " (another `target_image`, `voxel_thresh` or `cluster_threshold`), so `" + result
                + "_contributions.tsv` is not written.")
        .withHelp("Give both diagnostics the same `target_image`, `voxel_thresh` and `cluster_threshold` to get "
            + "the table of every experiment's share and foci per cluster.");
  }
}
