package org.nimeta.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nimeta.registry.CorrectorDef;
import org.nimeta.registry.Definition;
import org.nimeta.registry.EstimatorDef;
import org.nimeta.registry.KernelDef;
import org.nimeta.registry.Registry;

/** A new built-in method gets its words in the methods text (else it is named only by its parameters). */
class MethodsPhrasesTest {
  @Test
  void everyBuiltInMethodHasItsWords() {
    for (Definition d : Registry.builtin().all()) {
      if (d instanceof EstimatorDef) {
        assertTrue(MethodsPhrases.ESTIMATORS.containsKey(d.name()), d.name());
      } else if (d instanceof KernelDef) {
        assertTrue(MethodsPhrases.KERNELS.containsKey(d.name()), d.name());
      } else if (d instanceof CorrectorDef c) {
        c.methods().forEach(m -> assertTrue(MethodsPhrases.CORRECTIONS.containsKey(c.name() + ":" + m), m));
      }
    }
  }
}
