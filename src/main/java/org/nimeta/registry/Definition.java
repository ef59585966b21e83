package org.nimeta.registry;

import java.util.List;

/**
 * Anything a script can call by name: a kernel, an estimator, a contrast, a correction, a
 * diagnostic or a function that makes a dataset.
 */
public sealed interface Definition
    permits KernelDef, EstimatorDef, CorrectorDef, DiagnosticDef, ResultFunctionDef, DatasetFunctionDef {
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
    CORRECTOR("correction"),
    DIAGNOSTIC("diagnostic"),
    DATASET_FUNCTION("dataset function");

    public final String word;

    Kind(String word) {
      this.word = word;
    }
  }
}
