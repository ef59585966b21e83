package org.nimeta.lang;

/**
 * Every diagnostic nimeta can emit, with a stable code. Codes never change meaning once released;
 * docs/errors.md documents each with an example and the fix (a test keeps the two in step).
 */
public enum ErrorCode {
  SYNTAX("E0101", "syntax-error", "The script does not follow the grammar."),
  UNTERMINATED_STRING("E0102", "unterminated-string", "A string is missing its closing quote."),
  BAD_NUMBER("E0103", "bad-number", "A number cannot be read or is out of range."),
  NOT_UTF8("E0104", "invalid-encoding", "A script has bytes that are not UTF-8."),

  UNKNOWN_NAME("E0201", "unknown-name", "A name is used that is not declared."),
  DUPLICATE_NAME("E0202", "duplicate-name", "A name is declared twice."),
  UNKNOWN_FUNCTION("E0203", "unknown-function", "No estimator, kernel, correction or function has that name."),
  UNKNOWN_ARGUMENT("E0204", "unknown-argument", "A call names a parameter it does not have."),
  DUPLICATE_ARGUMENT("E0205", "duplicate-argument", "A call gives the same parameter twice."),
  MISSING_ARGUMENT("E0206", "missing-argument", "A call lacks a required argument."),
  TOO_MANY_ARGUMENTS("E0207", "too-many-arguments", "A call has more positional arguments than it takes."),
  DUPLICATE_STATEMENT("E0208", "duplicate-statement", "A statement that may appear once appears twice."),

  TYPE_MISMATCH("E0301", "type-mismatch", "A value has the wrong type."),
  MISSING_UNIT("E0302", "missing-unit", "A length is given without a unit."),
  WRONG_UNIT("E0303", "wrong-unit", "A value has a unit that does not fit."),
  OUT_OF_RANGE("E0304", "out-of-range", "A value is outside the range the parameter allows."),
  UNKNOWN_CHOICE("E0305", "unknown-choice", "A word is not one of the parameter's choices."),
  WRONG_KIND("E0306", "wrong-kind", "A declaration of one kind is used where another is needed."),
  INCOMPATIBLE("E0307", "incompatible", "Two parts of an analysis cannot work together."),
  UNSUPPORTED_VERSION("E0308", "unsupported-version", "The script asks for a language version this nimeta does not know."),
  BAD_CONDITION("E0309", "bad-condition", "A `where` condition cannot be evaluated."),
  IMPORT_CYCLE("E0310", "import-cycle", "Scripts import each other in a circle."),
  SEED_OUT_OF_RANGE("E0311", "seed-out-of-range", "The seed is outside the range a method's random stream accepts."),
  NOT_ENOUGH_MEMORY("E0312", "not-enough-memory", "A step would need more memory than Java may use on this machine."),

  CORRECTOR_PARAMETER_NOT_TAKEN("E0711", "corrector-parameter-not-taken", "A correction is given a parameter only other estimators take."),
  CORRECTION_NOT_DEFINED("E0712", "correction-not-defined", "An estimator's correction is not defined with these parameters."),

  FILE_NOT_FOUND("E0401", "file-not-found", "A file named in the script does not exist."),
  DATA_ERROR("E0402", "data-error", "A data file cannot be read."),
  MISSING_SAMPLE_SIZE("E0403", "missing-sample-size", "The kernel needs sample sizes that some experiments lack."),
  EMPTY_DATASET("E0404", "empty-dataset", "A dataset or selection has no experiments."),
  UNKNOWN_SPACE("E0405", "unknown-space", "The analysis space is neither a known template nor a readable mask."),
  BAD_PARAM_OVERRIDE("E0406", "bad-param-override", "A `--param` override does not fit the parameter."),
  CONFLICTING_SPACE("E0407", "conflicting-space", "A data file states a coordinate space other than the `space` its `load` gives."),
  PINNED_INPUT_CHANGED("E0408", "pinned-input-changed", "A data file's SHA-256 is not the one its `load` pins."),
  RUN_FAILED("E0501", "run-failed", "A step failed while running."),

  DIAGNOSED_MAP_MISSING("E0601", "diagnosed-map-missing", "A diagnostic's target map is not one its result writes."),
  DIAGNOSTIC_NEEDS_FOCI("E0602", "diagnostic-needs-foci", "A diagnostic that counts foci is applied to an image-based result."),
  DIAGNOSED_TWICE("E0603", "diagnosed-twice", "The same diagnostic of the same map is declared twice."),
  CONFLICTING_CLUSTERS("E0604", "conflicting-clusters", "Two diagnostics of one map form its clusters differently."),
  DATA_OUTSIDE_CORRECTION("E0701", "data-outside-correction", "A correction cannot use the estimate's data (e.g. outside predictive FWE's models)."),
  GROUP_TOO_SMALL("E0741", "group-too-small", "A group has fewer experiments than a parameter of its estimator asks for."),
  DIAGNOSTIC_UNSUPPORTED("E0751", "diagnostic-unsupported", "A diagnostic is applied to a result of an estimator it does not run on."),
  RESAMPLING_NEEDS_K("E0752", "resampling-needs-k", "`resampling_policy = leave_k_out` is given without `k`."),


  UNKNOWN_COORDINATE_SPACE("W0101", "unknown-coordinate-space", "Some experiments are in a coordinate space nimeta cannot convert."),
  FOCI_OUTSIDE_MASK("W0102", "foci-outside-mask", "Some foci fall outside the brain mask."),
  UNUSED("W0103", "unused-declaration", "A declaration is never used."),
  NO_FOCI("W0104", "experiments-without-foci", "Some experiments report no foci."),
  DATA_WARNING("W0105", "data-warning", "Something in a data file is unusual but usable."),
  TOO_FEW_ITERATIONS("W0106", "too-few-iterations", "A Monte Carlo step has too few iterations for its alpha."),
  OLD_SPELLING("W0107", "old-spelling", "An argument is written in an older NiMARE spelling; it is read in today's."),
  UNDERPOWERED("W0108", "cannot-be-significant", "A correction can find nothing at this data size, whatever it is run with."),
  NIMARE_BEHAVIOUR("W0109", "nimare-behaviour", "nimeta reproduces a NiMARE behaviour that differs from what the script seems to ask."),
  SLEUTH_DEFAULT_SPACE("W0110", "sleuth-default-space", "Sleuth data are analysed in another mask than NiMARE and GingerALE use for them."),
  UNUSED_PARAMETER("W0111", "unused-parameter", "A call gives a parameter that its chosen method does not use."),
  TOO_FEW_EXPERIMENTS("W0112", "too-few-experiments", "A dataset has fewer experiments than its method's literature recommends."),
  SHARED_EXPERIMENTS("W0113", "shared-experiments", "The two groups of a contrast share experiments."),
  ALPHA_MISMATCH("W0114", "alpha-mismatch", "A `write` thresholds at another alpha than its correction states."),
  CACHE_PROBLEM("W0115", "cache-problem", "A cache entry is damaged or cannot be written; the step is computed."),
  ITERATION_FLOOR("W0341", "iteration-floor", "Too few iterations for any voxel to reach p below alpha."),

  NO_CONTRIBUTIONS_TABLE("W0201", "no-contributions-table", "Two diagnostics of a result characterise different clusters."),
  RESAMPLES_IGNORED("W0351", "resamples-ignored", "`n_resamples` is given to a leave-one-out schedule, which always has one replicate per experiment.");

  private final String code;
  private final String slug;
  private final String summary;

  ErrorCode(String code, String slug, String summary) {
    this.code = code;
    this.slug = slug;
    this.summary = summary;
  }

  public String code() {
    return code;
  }

  public String slug() {
    return slug;
  }

  public String summary() {
    return summary;
  }
}
