package org.nimeta.compile;

import java.util.List;
import org.nimeta.lang.Diagnostic;
import org.nimeta.lang.ErrorCode;
import org.nimeta.lang.Span;
import org.nimeta.registry.OldSpellings;

/** The messages about a call's arguments: which are given, in what order, how often, under what name. */
final class CallProblems {
  private CallProblems() {}

  static Diagnostic positionalAfterNamed(Span at, String callee) {
    return Diagnostic.error(ErrorCode.SYNTAX, at,
        "positional arguments must come before named ones in `" + callee + "(...)`.");
  }

  /** @param max how many positional arguments the call takes; {@code word} what each is ("dataset") */
  static Diagnostic tooManyPositional(Span at, String callee, int max, String word) {
    String msg = max == 0
        ? "`" + callee + "` takes only named arguments (`name = value`)."
        : "`" + callee + "` takes " + Words.count(max, word) + "; this one is extra.";
    Diagnostic d = Diagnostic.error(ErrorCode.TOO_MANY_ARGUMENTS, at, msg);
    if (max == 1 && word.equals("dataset")) {
      d = d.withHelp("To compare two datasets use a contrast such as `ALESubtraction(a, b)`; "
          + "to pool them write `a + b`.");
    }
    return d;
  }

  static Diagnostic missingPositional(Span at, String callee, int needed, int given, String word) {
    return Diagnostic.error(ErrorCode.MISSING_ARGUMENT, at,
            "`" + callee + "` needs " + Words.count(needed, word) + ", but "
                + (given == 0 ? "none is" : Words.count(given, word) + (given == 1 ? " is" : " are")) + " given.")
        .withHelp(word.equals("result")
            ? "Write `" + callee + "(a, b, ...)` with two or more declared estimates or contrasts."
            : needed == 2
            ? "Write `" + callee + "(group1, group2, ...)` with two declared datasets."
            : "Write `" + callee + "(dataset, ...)` with a declared dataset.");
  }

  static Diagnostic oldParameterSpelling(Span at, String written, OldSpellings.Param renamed, String value) {
    return Diagnostic.warning(ErrorCode.OLD_SPELLING, at, "`" + written + "` is " + renamed.why() + ".")
        .withHelp("Write `" + renamed.current() + " = " + value + "`.");
  }

  /** @param known the callee's parameter names, listed when none is close to {@code name} */
  static Diagnostic unknownParameter(Span at, String callee, String name, List<String> known) {
    Suggested s = Suggested.of(name, known);
    Diagnostic d = Diagnostic.error(ErrorCode.UNKNOWN_ARGUMENT, at, "`" + callee + "` has no parameter `" + name + "`.");
    return s != null ? s.addTo(d, at) : d.withHelp(known.isEmpty() ? "`" + callee + "` takes no named parameters."
            : "Its parameters are " + Words.quoted(known) + ".");
  }

  /** @param where where it is given twice: {@code `ALE(...)`}, {@code `write`} */
  static Diagnostic givenTwice(Span at, String name, String where, Span first) {
    return Diagnostic.error(ErrorCode.DUPLICATE_ARGUMENT, at, "`" + name + "` is given twice in " + where + ".")
        .withRelated(first, "first given here");
  }

  static Diagnostic missingParameter(Span at, String callee, String name, String type) {
    return Diagnostic.error(ErrorCode.MISSING_ARGUMENT, at, "`" + callee + "` needs `" + name + "` (" + type + ").")
        .withHelp("Add `" + name + " = ...` to the call.");
  }

  /** {@code kernel__fwhm = 10} next to {@code kernel = ...}; {@code inside} is how to write it in the kernel. */
  static Diagnostic kernelArgumentWithKernel(Span at, String written, Span kernelAt, String inside) {
    return Diagnostic.error(ErrorCode.INCOMPATIBLE, at,
            "`" + written + "` sets a kernel parameter, but the kernel is given as well.")
        .withRelated(kernelAt, "the kernel is given here")
        .withHelp("Put the parameter inside the kernel's call, e.g. `" + inside + "`.");
  }

  static Diagnostic oldKernelSpelling(Span at, String written, String current) {
    return Diagnostic.warning(ErrorCode.OLD_SPELLING, at,
            "`" + written + "` is NiMARE's older way to set a parameter of the kernel.")
        .withHelp("Write `" + current + "`.");
  }

  /** Both of two parameters NiMARE takes only one of ({@code fwhm} and {@code sample_size}). */
  static Diagnostic exclusive(Span at, String callee, List<String> group, Span firstAt, String first) {
    return Diagnostic.error(ErrorCode.INCOMPATIBLE, at,
            "`" + callee + "` takes " + String.join(" or ", group.stream().map(g -> "`" + g + "`").toList())
                + ", not both.")
        .withRelated(firstAt, "`" + first + "` is given here");
  }

  /**
   * A parameter the call's chosen word does not use, given explicitly (W0111).
   *
   * @param chosen what the call chose, {@code null_method = approximate}
   * @param user   the choice that would use it, {@code null_method = montecarlo}
   */
  static Diagnostic notUsedWith(Span at, String callee, String param, String chosen, String user) {
    return Diagnostic.warning(ErrorCode.UNUSED_PARAMETER, at,
            "`" + param + "` is not used with `" + chosen + "`: only `" + user + "` reads it, so `" + callee
                + "` ignores it and the plan leaves it out.")
        .withHelp("Remove `" + at.text() + "`, or write `" + user + "`.");
  }
}
