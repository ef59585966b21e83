package org.nimeta.run;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nimeta.compile.DatasetOperator;
import org.nimeta.compile.DatasetSteps;
import org.nimeta.compile.Plan;
import org.nimeta.compile.Step;
import org.nimeta.data.Dataset;
import org.nimeta.data.Experiment;

/**
 * Every experiment that reached a dataset step, and why the step's dataset leaves it out when it
 * does: a load or a simulation holds all of its own; a {@code where} leaves out what its condition
 * rejects, {@code a - b} what {@code b} holds, {@code a & b} what one side lacks. What a step keeps
 * is read from the datasets the run made, never worked out again, so the reasons follow the
 * operators' real behaviour; only the wording of a reason is chosen here.
 */
final class StudyLedger {
  /** An experiment as the step last saw it; {@code reason} is null when the step's dataset holds it. */
  record Entry(Experiment experiment, String reason) {
    boolean kept() {
      return reason == null;
    }
  }

  private final Map<String, Map<String, Entry>> byStep = new HashMap<>();

  private StudyLedger() {}

  /** @param results the datasets of the run's dataset steps, by step name (other results are ignored) */
  static StudyLedger of(Plan plan, Map<String, Object> results) {
    StudyLedger ledger = new StudyLedger();
    for (Step step : plan.steps()) {
      if (DatasetSteps.isDatasetStep(step) && results.get(step.name()) instanceof Dataset made) {
        ledger.add(step, made);
      }
    }
    return ledger;
  }

  /** The experiments that reached {@code datasetStep}, in NiMARE's id order; empty for a step not run. */
  List<Entry> entries(String datasetStep) {
    List<Entry> entries = new ArrayList<>(byStep.getOrDefault(datasetStep, Map.of()).values());
    entries.sort(Comparator.comparing(e -> e.experiment().id(), Dataset.ID_ORDER));
    return entries;
  }

  private void add(Step step, Dataset made) {
    Map<String, Entry> rows = new LinkedHashMap<>();
    Set<String> keptByAnInput = new HashSet<>();
    for (String input : candidates(step)) {
      for (Entry e : byStep.getOrDefault(input, Map.of()).values()) {
        if (e.kept()) {
          keptByAnInput.add(e.experiment().id());
        }
        rows.merge(e.experiment().id(), e, (first, other) -> first.kept() || !other.kept() ? first : other);
      }
    }
    Set<String> kept = new HashSet<>(made.ids());
    for (Map.Entry<String, Entry> row : rows.entrySet()) {
      String id = row.getKey();
      if (!kept.contains(id) && keptByAnInput.contains(id)) {
        row.setValue(new Entry(row.getValue().experiment(), why(step, id)));
      }
    }
    for (Experiment e : made.experiments()) {
      rows.put(e.id(), new Entry(e, null)); // as this step made it (a transform adds images)
    }
    byStep.put(step.name(), rows);
  }

  /**
   * The inputs whose experiments may end up in a step's dataset: the source of a {@code where} or a
   * {@code transform}, both sides of {@code +} and {@code &}, only the left of {@code -} (what the
   * right holds alone was never a candidate). A load or a simulation starts from nothing. Only
   * dataset steps come here, so the kinds are tested rather than visited: a new kind of step that
   * makes no dataset needs nothing of this class.
   */
  private static List<String> candidates(Step step) {
    if (step instanceof Step.SelectDataset select) {
      return List.of(select.source());
    }
    if (step instanceof Step.TransformImages transform) {
      return List.of(transform.source());
    }
    if (step instanceof Step.CombineDatasets c) {
      return c.operator() == DatasetOperator.DIFFERENCE ? List.of(c.left()) : List.of(c.left(), c.right());
    }
    return List.of();
  }

  /** Why a step's dataset lacks experiment {@code id}, which one of its inputs held. */
  private String why(Step step, String id) {
    if (step instanceof Step.SelectDataset select) {
      String where = "where " + select.condition().show();
      return "outside the selection " + (synthetic(step.name()) ? "" : "`" + step.name() + "` ") + "(" + where + ")";
    }
    if (step instanceof Step.CombineDatasets c && c.operator() != DatasetOperator.UNION) {
      String expression = "`" + c.left() + " " + c.operator().spelling() + " " + c.right() + "`";
      if (c.operator() == DatasetOperator.DIFFERENCE) {
        return "removed by " + expression;
      }
      return "not in `" + (keeps(c.left(), id) ? c.right() : c.left()) + "` (" + expression + ")";
    }
    // A union or a transform never leaves one out; should a step ever do so, it still says which did.
    return "left out by `" + step.name() + "`";
  }

  private boolean keeps(String input, String id) {
    Entry e = byStep.getOrDefault(input, Map.of()).get(id);
    return e != null && e.kept();
  }

  /** Names the compiler makes for datasets written inline (`pain where ...` as an argument) hold a `#`. */
  private static boolean synthetic(String name) {
    return name.contains("#");
  }
}
