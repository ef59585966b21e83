package org.nimeta.compile;

import java.util.List;
import org.nimeta.lang.Diagnostic;
import org.nimeta.lang.ErrorCode;
import org.nimeta.lang.Span;
import org.nimeta.registry.Definition;

/**
 * The messages about names: declarations, references, imports and the registry's definitions.
 * Each wording lives here once; the compiler says which problem it found, not how to phrase it.
 */
final class NameProblems {
  /** How many declared names an unknown name's help lists: listing all in every message would grow with the script squared. */
  static final int DECLARED_SHOWN = 10;

  private NameProblems() {}

  static Diagnostic alreadyDeclared(Span at, String name, Symbol.Kind kind, Symbol previous) {
    return Diagnostic.error(ErrorCode.DUPLICATE_NAME, at,
            "`" + name + "` is already declared as a " + previous.kind().word + ".")
        .withRelated(previous.span(), "`" + name + "` is first declared here")
        .withHelp("Give this " + kind.word + " another name.");
  }

  static Diagnostic usedBeforeDeclared(Span at, String name, Span declared) {
    return Diagnostic.error(ErrorCode.UNKNOWN_NAME, at, "`" + name + "` is used before it is declared.")
        .withRelated(declared, "`" + name + "` is declared here")
        .withHelp("Move the declaration above this line.");
  }

  /**
   * @param wanted    the kinds of name that fit here, as words ("dataset or estimate")
   * @param closest   did-you-mean among {@code declared}, or null
   * @param declared  the visible names of those kinds; listed when nothing is close, the first
   *                  {@value #DECLARED_SHOWN} of them
   */
  static Diagnostic unknownName(Span at, String name, String wanted, String closest, List<String> declared) {
    Diagnostic d = Diagnostic.error(ErrorCode.UNKNOWN_NAME, at, "unknown " + wanted + " `" + name + "`.");
    if (closest != null) {
      return new Suggested(closest).addTo(d, at);
    }
    if (declared.isEmpty()) {
      return d;
    }
    int shown = Math.min(declared.size(), DECLARED_SHOWN);
    return d.withHelp("Declared: " + Words.quoted(declared.subList(0, shown))
        + (shown < declared.size() ? " and " + (declared.size() - shown) + " more" : "") + ".");
  }

  static Diagnostic wrongKind(Span at, Symbol found, String wanted) {
    return Diagnostic.error(ErrorCode.WRONG_KIND, at,
            "`" + found.name() + "` is a " + found.kind().word + ", but a " + wanted + " is needed here.")
        .withRelated(found.span(), "`" + found.name() + "` is declared here");
  }

  /** @param known every definition's name, for did-you-mean; {@code candidates} those of the wanted kind */
  static Diagnostic unknownDefinition(Span at, String callee, Definition.Kind wanted, List<String> known,
      List<String> candidates) {
    Suggested s = Suggested.of(callee, known);
    Diagnostic d = Diagnostic.error(ErrorCode.UNKNOWN_FUNCTION, at, "unknown " + wanted.word + " `" + callee + "`.");
    return s != null ? s.addTo(d, at) : d.withHelp(candidates.isEmpty()
            ? "This version of nimeta has no " + wanted.word + "s yet."
            : "Known " + wanted.word + "s: " + String.join(", ", candidates) + ".");
  }

  static Diagnostic wrongDefinitionKind(Span at, String callee, Definition.Kind found, Definition.Kind wanted) {
    return Diagnostic.error(ErrorCode.WRONG_KIND, at,
            "`" + callee + "` is " + Words.article(found.word) + ", but " + Words.article(wanted.word)
                + " is needed here.")
        .withHelp(switch (found) {
          case KERNEL -> "Pass it to an estimator: `ALE(data, kernel = " + callee + "(...))`.";
          case ESTIMATOR -> "Declare it with `estimate`.";
          case CONTRAST -> "Declare it with `contrast`.";
          case CORRECTOR -> "Apply it with `correct <estimate> with " + callee + "(...)`.";
          case DIAGNOSTIC -> "Apply it with `diagnose <estimate> with " + callee + "(...)`.";
          case DATASET_FUNCTION -> "Use it in a `dataset` declaration, `dataset d = " + callee
              + "(...)`, or where an estimator takes a dataset.";
        });
  }

  /** @param chain the files of the cycle as shown, from the main script to the one imported again */
  static Diagnostic importCycle(Span at, List<String> chain) {
    return Diagnostic.error(ErrorCode.IMPORT_CYCLE, at,
            "imports go round in a circle: " + String.join(" → ", chain.stream().map(c -> "`" + c + "`").toList())
                + ".")
        .withHelp("Move what both files need into a third file that imports neither.");
  }

  static Diagnostic unreadableImport(Span at, String written, String reason) {
    return Diagnostic.error(ErrorCode.FILE_NOT_FOUND, at, "`" + written + "` cannot be read: " + reason);
  }

  static Diagnostic onlyOnce(Span at, String keyword, Span previous) {
    return Diagnostic.error(ErrorCode.DUPLICATE_STATEMENT, at, "`" + keyword + "` may appear only once in a script.")
        .withRelated(previous, "first given here");
  }

  static Diagnostic unused(Symbol s) {
    return Diagnostic.warning(ErrorCode.UNUSED, s.span(), "the " + s.kind().word + " `" + s.name() + "` is never used.");
  }
}
