package org.nimeta.registry;

import java.util.List;

/** Multiple-comparison corrections (NiMARE's {@code nimare.correct}). */
final class Corrections {
  private Corrections() {}

  static List<Definition> definitions() {
    return List.of();
  }
}
