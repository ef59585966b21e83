package org.nimeta.compile;

import org.nimeta.lang.Span;

/** A declared name: a param, dataset, kernel, estimate or contrast. */
record Symbol(String name, Kind kind, Span span) {
  enum Kind {
    PARAM("param"),
    DATASET("dataset"),
    KERNEL("kernel"),
    ESTIMATE("estimate"),
    CONTRAST("contrast");

    final String word;

    Kind(String word) {
      this.word = word;
    }
  }
}
