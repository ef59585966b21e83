package org.nimeta.compile;

import java.util.List;
import org.nimeta.lang.Ast;
import org.nimeta.lang.Diagnostic;
import org.nimeta.registry.ParamSpec;

/** The argument messages of {@code load}, {@code simulate} and {@code transform}, whose help shows a whole call. */
final class DatasetCallWordings {
  private DatasetCallWordings() {}

  /** {@code load("file", ...)}: one path or list of paths, written before or after the named arguments. */
  static final CallWording LOAD = new CallWording() {
    public Diagnostic tooManyPositional(Ast.Argument a, String callee, int max) {
      return DatasetProblems.loadTakesOnePath(a.span());
    }

    public Diagnostic positionalAfterNamed(Ast.Argument a, String callee) {
      return null;
    }

    public Diagnostic unknownParameter(Ast.Argument a, String callee, List<String> known) {
      return DatasetProblems.loadUnknownParameter(a.name().span(), a.name().text(), known);
    }

    public Diagnostic missingPositional(Ast.Call call, String callee, int needed, int given) {
      return DatasetProblems.loadNeedsPath(call.span());
    }

    public Diagnostic missingParameter(Ast.Call call, String callee, ParamSpec spec) {
      throw new IllegalStateException("every parameter of `load` has a default");
    }
  };

  /** {@code simulate(n_studies = ..., ...)}: named arguments only. */
  static final CallWording SIMULATE = new CallWording() {
    public Diagnostic tooManyPositional(Ast.Argument a, String callee, int max) {
      return DatasetProblems.simulateTakesNamed(a.span());
    }

    public Diagnostic positionalAfterNamed(Ast.Argument a, String callee) {
      return DatasetProblems.simulateTakesNamed(a.span());
    }

    public Diagnostic unknownParameter(Ast.Argument a, String callee, List<String> known) {
      return DatasetProblems.simulateUnknownParameter(a.span(), a.name().span(), a.name().text(), known);
    }

    public Diagnostic missingPositional(Ast.Call call, String callee, int needed, int given) {
      throw new IllegalStateException("`simulate` takes no positional argument");
    }

    public Diagnostic missingParameter(Ast.Call call, String callee, ParamSpec spec) {
      return DatasetProblems.simulateNeeds(call.span(), spec.name());
    }
  };

  /** {@code transform(dataset, to = [...])}. */
  static CallWording transform(String to) {
    return new CallWording() {
      public Diagnostic tooManyPositional(Ast.Argument a, String callee, int max) {
        return DatasetProblems.transformTakesOneDataset(a.span());
      }

      public Diagnostic positionalAfterNamed(Ast.Argument a, String callee) {
        return DatasetProblems.transformTakesOneDataset(a.span());
      }

      public Diagnostic unknownParameter(Ast.Argument a, String callee, List<String> known) {
        return DatasetProblems.transformUnknownParameter(a.name().span(), a.name().text(), to);
      }

      public Diagnostic missingPositional(Ast.Call call, String callee, int needed, int given) {
        return DatasetProblems.transformNeedsDataset(call.span());
      }

      public Diagnostic missingParameter(Ast.Call call, String callee, ParamSpec spec) {
        throw new IllegalStateException("`transform` checks its `" + to + "` itself");
      }
    };
  }
}
