package org.nimeta.compile;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Orders plan steps so each comes after the steps it reads, keeping the script's order otherwise.
 * Needed because some steps are made only once the whole script is read (a conjunction of
 * corrected maps, whose corrections may be declared after it).
 */
final class StepOrder {
  private StepOrder() {}

  /**
   * A stable topological order: repeatedly takes the first step (in the given order) whose inputs
   * are all placed. Inputs no step makes are ignored (the compiler has reported them).
   */
  static List<Step> dependenciesFirst(List<Step> steps) {
    Map<String, Step> byName = new LinkedHashMap<>();
    steps.forEach(s -> byName.put(s.name(), s));
    Set<String> placed = new HashSet<>();
    List<Step> remaining = new ArrayList<>(steps);
    List<Step> ordered = new ArrayList<>(steps.size());
    while (!remaining.isEmpty()) {
      Step next = null;
      for (Step s : remaining) {
        if (s.inputs().stream().allMatch(i -> placed.contains(i) || !byName.containsKey(i))) {
          next = s;
          break;
        }
      }
      if (next == null) {
        throw new IllegalStateException("plan steps depend on each other in a circle: " + remaining);
      }
      remaining.remove(next);
      placed.add(next.name());
      ordered.add(next);
    }
    return ordered;
  }
}
