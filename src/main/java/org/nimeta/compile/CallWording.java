package org.nimeta.compile;

import java.util.List;
import org.nimeta.lang.Ast;
import org.nimeta.lang.Diagnostic;
import org.nimeta.registry.ParamSpec;

/**
 * How {@link CallChecker} words the problems of a call's arguments. Estimators, kernels,
 * corrections and conjunctions share {@link #of one wording}; the dataset functions have their
 * own sentences ({@link DatasetCallWordings}), checked by the same rules.
 */
interface CallWording {
  Diagnostic tooManyPositional(Ast.Argument a, String callee, int max);

  /** An unnamed argument after a named one; null when the callee takes its positional argument anywhere. */
  Diagnostic positionalAfterNamed(Ast.Argument a, String callee);

  Diagnostic unknownParameter(Ast.Argument a, String callee, List<String> known);

  Diagnostic missingPositional(Ast.Call call, String callee, int needed, int given);

  Diagnostic missingParameter(Ast.Call call, String callee, ParamSpec spec);

  /** The shared wording; {@code positionalWord} is what each positional argument is ("dataset", "result"). */
  static CallWording of(String positionalWord) {
    return new CallWording() {
      public Diagnostic tooManyPositional(Ast.Argument a, String callee, int max) {
        return CallProblems.tooManyPositional(a.span(), callee, max, positionalWord);
      }

      public Diagnostic positionalAfterNamed(Ast.Argument a, String callee) {
        return CallProblems.positionalAfterNamed(a.span(), callee);
      }

      public Diagnostic unknownParameter(Ast.Argument a, String callee, List<String> known) {
        return CallProblems.unknownParameter(a.name().span(), callee, a.name().text(), known);
      }

      public Diagnostic missingPositional(Ast.Call call, String callee, int needed, int given) {
        return CallProblems.missingPositional(call.span(), callee, needed, given, positionalWord);
      }

      public Diagnostic missingParameter(Ast.Call call, String callee, ParamSpec spec) {
        return CallProblems.missingParameter(call.span(), callee, spec.name(), spec.type().describe());
      }
    };
  }
}
