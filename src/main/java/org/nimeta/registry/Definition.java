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

  /** The works it rests on, in one line each ({@link Citation#text}), or a free-text note. */
  String citation();

  /**
   * The works it rests on, with their bibliographic data: what a run's {@code references.bib}
   * lists. Empty for a definition that cites no published work (a function that reads files).
   */
  default List<Citation> references() {
    return List.of();
  }

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
