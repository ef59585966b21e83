package org.nimeta.compile;

import org.nimeta.lang.Span;

/** Where a plan step comes from, as its {@code origin}: every step the compiler makes gets it here. */
final class StepOrigin {
  private StepOrigin() {}

  static String of(Span span) {
    return span.location();
  }
}
