package org.nimeta.compile;

import java.util.List;
import org.nimeta.lang.Ast;
import org.nimeta.lang.Diagnostic;
import org.nimeta.lang.ErrorCode;
import org.nimeta.registry.Definition;

/** Finds what a call names in the registry, with did-you-mean and wrong-kind messages. */
final class Definitions {
  private Definitions() {}

  /** Finds the definition a call names, reporting unknown names and kind mismatches. */
  static Definition find(CompileContext cx, Ast.Call call, Definition.Kind wanted, Definition.Kind... alsoAccepted) {
    String callee = call.callee().text();
    Definition def = cx.registry.find(callee);
    if (def == null) {
      List<String> candidates = cx.registry.names(wanted);
      Diagnostic d = Diagnostic.error(ErrorCode.UNKNOWN_FUNCTION, call.callee().span(),
          "unknown " + wanted.word + " `" + callee + "`.");
      String hint = Suggestions.didYouMean(callee, cx.registry.all().stream().map(Definition::name).toList());
      cx.report(d.withHelp(hint != null ? hint : candidates.isEmpty()
          ? "This version of nimeta has no " + wanted.word + "s yet."
          : "Known " + wanted.word + "s: " + String.join(", ", candidates) + "."));
      return null;
    }
    if (def.kind() != wanted && !java.util.Arrays.asList(alsoAccepted).contains(def.kind())) {
      cx.report(Diagnostic.error(ErrorCode.WRONG_KIND, call.callee().span(),
          "`" + callee + "` is " + article(def.kind().word) + ", but " + article(wanted.word) + " is needed here.")
          .withHelp(switch (def.kind()) {
            case KERNEL -> "Pass it to an estimator: `ALE(data, kernel = " + callee + "(...))`.";
            case ESTIMATOR -> "Declare it with `estimate`.";
            case CONTRAST -> "Declare it with `contrast`.";
            case CORRECTOR -> "Apply it with `correct <estimate> with " + callee + "(...)`.";
            case DATASET_FUNCTION -> "Use it in a `dataset` declaration, `dataset d = " + callee
                + "(...)`, or where an estimator takes a dataset.";
          }));
      return null;
    }
    return def;
  }

  static String article(String word) {
    return ("aeiou".indexOf(word.charAt(0)) >= 0 ? "an " : "a ") + word;
  }

}
