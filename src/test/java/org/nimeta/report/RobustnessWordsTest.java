package org.nimeta.report;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nimeta.compile.Step;
import org.nimeta.registry.Definition;
import org.nimeta.registry.DiagnosticDef;
import org.nimeta.registry.ParamSpec;
import org.nimeta.registry.Registry;
import org.nimeta.registry.Value;

/** The methods text names ResampledStability and FailSafeN with what they did; the contribution diagnostics keep theirs. */
class RobustnessWordsTest {
  @Test
  void everyDiagnosticIsDescribed() {
    for (Definition d : Registry.builtin().all()) {
      if (!(d instanceof DiagnosticDef def)) {
        continue;
      }
      String text = RobustnessWords.describe(step(def), 42L);
      if (def.resultRunner() == null) {
        assertNull(text, def.name() + " is described with the contribution diagnostics");
      } else {
        assertTrue(text != null && text.contains("seed 42") && text.contains("`z` of `ale`"), def.name() + ": " + text);
      }
    }
  }

  @Test
  void theSentencesSayWhatWasDone() {
    DiagnosticDef stability = (DiagnosticDef) Registry.builtin().find("ResampledStability");
    DiagnosticDef fsn = (DiagnosticDef) Registry.builtin().find("FailSafeN");
    assertTrue(RobustnessWords.describe(step(stability), 1L).contains("subsample schedule"));
    String text = RobustnessWords.describe(step(fsn), 1L);
    assertTrue(text.contains("Acar et al., 2018") && text.contains("1000 iterations") && text.contains("up to 100"), text);
  }

  private static Step.Diagnose step(DiagnosticDef def) {
    Map<String, Value> params = new HashMap<>();
    for (ParamSpec p : def.params()) {
      params.put(p.name(), p.defaultValue());
    }
    return new Step.Diagnose("ale/" + def.name() + ":z", "ale", def.name(), params, "z", "ale", null);
  }

}
