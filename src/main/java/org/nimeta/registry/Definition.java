package org.nimeta.registry;

import java.util.List;

/** Anything a script can call by name: a kernel, an estimator, a contrast or a correction. */
public sealed interface Definition permits KernelDef, EstimatorDef, CorrectorDef, ResultFunctionDef {
  String name();

  Kind kind();

  List<ParamSpec> params();

  String doc();

  String citation();

  default ParamSpec param(String name) {
    for (ParamSpec p : params()) {
      if (p.name().equals(name)) {
        return p;
      }
    }
    return null;
  }

  enum Kind {
    KERNEL("kernel"),
    ESTIMATOR("estimator"),
    CONTRAST("contrast"),
    CORRECTOR("correction");

    public final String word;

    Kind(String word) {
      this.word = word;
    }
  }
}
