package org.nimeta.compile;

import java.util.List;
import org.nimeta.lang.Diagnostic;
import org.nimeta.lang.ErrorCode;
import org.nimeta.lang.Span;
import org.nimeta.lang.Suggestions;
import org.nimeta.registry.EstimatorHooks;
import org.nimeta.registry.Value;

/** The messages about a script's settings: {@code version}, {@code seed}, {@code space} and params. */
final class ScriptProblems {
  private ScriptProblems() {}

  static Diagnostic unsupportedVersion(Span at, String written, int understood) {
    return Diagnostic.error(ErrorCode.UNSUPPORTED_VERSION, at,
            "this nimeta understands language version " + understood + ", not `" + written + "`.")
        .withHelp("Write `version " + understood + "`, or use the nimeta release the script was written for.");
  }

  /** A seed that is not a whole number from 0 to {@code largest}; {@code why} says why that is the limit. */
  static Diagnostic badSeed(Span at, String written, long largest, String why) {
    return Diagnostic.error(ErrorCode.OUT_OF_RANGE, at,
            "a seed must be a whole number from 0 to " + largest + ", not `" + written + "`.")
        .withHelp(why + " Every seed in the range gives its own random streams.");
  }

  /** @param what the call or method that draws: {@code `ALE`}, {@code `FWE(method = montecarlo)`} */
  static Diagnostic needsSeed(Span at, String what) {
    return Diagnostic.error(ErrorCode.MISSING_ARGUMENT, at,
            what + " draws random numbers and needs a seed to be reproducible.")
        .withHelp("Add `seed 42` (any whole number) near the top of the script.");
  }

  /** A seed the estimator's own check refuses (e.g. above numpy's 32-bit limit for `relocations = nimare`). */
  static Diagnostic seedRefused(Span at, EstimatorHooks.Finding refused) {
    return Diagnostic.error(ErrorCode.SEED_OUT_OF_RANGE, at, refused.message()).withHelp(refused.help());
  }

  static Diagnostic unknownSpace(Span at, String name, List<String> templates) {
    Suggested s = Suggested.of(name, templates);
    Diagnostic d = Diagnostic.error(ErrorCode.UNKNOWN_SPACE, at, "unknown space `" + name + "`.");
    return s != null ? s.addTo(d, at) : d.withHelp("Known spaces are " + Words.quoted(templates)
            + "; or give a mask file: `space \"masks/roi.nii.gz\"`.");
  }

  static Diagnostic spaceNotTemplateOrFile(Span at) {
    return Diagnostic.error(ErrorCode.TYPE_MISMATCH, at,
        "`space` takes a template name such as `mni152_2mm` or a mask file in quotes.");
  }

  static Diagnostic unusableMask(Span at, String reason) {
    return Diagnostic.error(ErrorCode.UNKNOWN_SPACE, at, "the analysis mask cannot be used: " + reason);
  }

  static Diagnostic paramNotPlain(Span at) {
    return Diagnostic.error(ErrorCode.TYPE_MISMATCH, at,
        "a `param` holds a plain value (a number, a length, a string, `true`/`false` or a word), not an expression.");
  }

  /** @param kind what the declared value is, in words ("a number") */
  static Diagnostic badOverride(String name, String text, String kind, boolean whole, Span declaredAt, Value declared) {
    return Diagnostic.error(ErrorCode.BAD_PARAM_OVERRIDE, null,
            "`--param " + name + "=" + text + "`: `" + name + "` is " + kind + (whole ? " (a whole number)" : "")
                + ", but `" + text + "` is not.")
        .withRelated(declaredAt, "`" + name + "` is declared here as `" + declared.show() + "`")
        .withHelp("Give a value like `" + declared.show() + "`.");
  }

  static Diagnostic unknownOverride(String name, List<String> declared) {
    String hint = Suggestions.didYouMean(name, declared);
    return Diagnostic.error(ErrorCode.BAD_PARAM_OVERRIDE, null,
            "`--param " + name + "=...`: the script declares no param `" + name + "`.")
        .withHelp(hint != null ? hint : declared.isEmpty()
            ? "Declare it in the script first: `param " + name + " = ...`."
            : "Its params are " + Words.quoted(declared) + ".");
  }
}
