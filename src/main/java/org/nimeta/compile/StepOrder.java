package org.nimeta.compile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Orders plan steps so each comes after the steps it reads, keeping the script's order otherwise.
 * Needed because some steps are made only once the whole script is read (a conjunction of
 * corrected maps, whose corrections may be declared after it).
 */
final class StepOrder {
  private StepOrder() {}

  /**
   * A stable topological order: each time, the first step (in the given order) whose inputs are
   * all placed. Inputs no step makes are ignored (the compiler has reported them). Kahn's
   * algorithm, taking the ready step of smallest index from a heap, so ties keep the given order
   * in O((steps + inputs) log steps) rather than rescanning every remaining step.
   */
  static List<Step> dependenciesFirst(List<Step> steps) {
    Set<String> made = new HashSet<>();
    steps.forEach(s -> made.add(s.name()));
    // waiting[i]: the distinct names step i reads that are not yet placed; readers: who reads a name.
    int[] waiting = new int[steps.size()];
    Map<String, List<Integer>> readers = new HashMap<>();
    PriorityQueue<Integer> ready = new PriorityQueue<>();
    for (int i = 0; i < steps.size(); i++) {
      Set<String> reads = new LinkedHashSet<>(steps.get(i).inputs());
      reads.retainAll(made);
      waiting[i] = reads.size();
      for (String name : reads) {
        readers.computeIfAbsent(name, n -> new ArrayList<>()).add(i);
      }
      if (waiting[i] == 0) {
        ready.add(i);
      }
    }
    Set<String> placed = new HashSet<>();
    boolean[] done = new boolean[steps.size()];
    List<Step> ordered = new ArrayList<>(steps.size());
    while (!ready.isEmpty()) {
      int next = ready.poll();
      Step step = steps.get(next);
      done[next] = true;
      ordered.add(step);
      // A name is placed by the first step that makes it; later steps of the same name free no one.
      if (placed.add(step.name())) {
        for (int reader : readers.getOrDefault(step.name(), List.of())) {
          if (--waiting[reader] == 0) {
            ready.add(reader);
          }
        }
      }
    }
    if (ordered.size() < steps.size()) {
      List<Step> remaining = new ArrayList<>();
      for (int i = 0; i < steps.size(); i++) {
        if (!done[i]) {
          remaining.add(steps.get(i));
        }
      }
      throw new IllegalStateException("plan steps depend on each other in a circle: " + remaining);
    }
    return ordered;
  }
}
