package org.nimeta.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The plan's step order: inputs first, otherwise the script's order (the goldens' plans rely on it). */
class StepOrderTest {
  private static Step made(String name) {
    return new Step.SimulateDataset(name, 1, 1, 20, 0, null);
  }

  private static Step reads(String name, String source) {
    return new Step.SelectDataset(name, source, null, null);
  }

  private static List<String> order(Step... steps) {
    return StepOrder.dependenciesFirst(List.of(steps)).stream().map(Step::name).toList();
  }

  @Test
  void eachTimeTakesTheFirstReadyStepInScriptOrder() {
    // A first-in-first-out queue of ready steps would give y, z, w, x: w became ready before x.
    assertEquals(List.of("y", "z", "x", "w"), order(reads("x", "z"), made("y"), made("z"), reads("w", "y")));
  }

  @Test
  void keepsAnOrderedScriptAsItIsAndIgnoresInputsNoStepMakes() {
    assertEquals(List.of("a", "b", "c"), order(made("a"), reads("b", "a"), reads("c", "reported-elsewhere")));
  }

  @Test
  void movesAStepAfterTheOneItReads() {
    assertEquals(List.of("a", "b", "c"), order(reads("b", "a"), made("a"), made("c")));
  }

  @Test
  void refusesACircle() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> order(made("a"), reads("b", "c"), reads("c", "b")));
    // Names the steps left in the circle, not those already placed.
    assertTrue(e.getMessage().startsWith("plan steps depend on each other in a circle: "), e.getMessage());
    assertTrue(e.getMessage().contains("name=b") && e.getMessage().contains("name=c"), e.getMessage());
    assertFalse(e.getMessage().contains("name=a"), e.getMessage());
  }
}
