package org.nimeta.compile;

import org.nimeta.lang.Span;

/**
 * A declared name: a param, dataset, kernel, estimate or contrast.
 *
 * @param span the name where it is declared (in the script or a file it imports)
 */
public record Symbol(String name, Kind kind, Span span) {
  /** What a declaration declares, with the word messages use for it. */
  public enum Kind {
    PARAM("param"),
    DATASET("dataset"),
    KERNEL("kernel"),
    ESTIMATE("estimate"),
    CONTRAST("contrast");

    public final String word;

    Kind(String word) {
      this.word = word;
    }
  }
}
