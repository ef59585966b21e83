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
    for (String input : step.accept(CANDIDATES)) {
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
        row.setValue(new Entry(row.getValue().experiment(), step.accept(new Why(id))));
      }
    }
    for (Experiment e : made.experiments()) {
      rows.put(e.id(), new Entry(e, null)); // as this step made it (a transform adds images)
    }
    byStep.put(step.name(), rows);
  }

  /**
   * The inputs whose experiments may end up in a step's dataset: both sides of {@code +} and
   * {@code &}, only the left of {@code -} (what the right holds alone was never a candidate).
   */
  private static final Step.Visitor<List<String>> CANDIDATES = new Step.Visitor<>() {
    public List<String> load(Step.LoadDataset step) {
      return List.of();
    }

    public List<String> simulate(Step.SimulateDataset step) {
      return List.of();
    }

    public List<String> select(Step.SelectDataset step) {
      return List.of(step.source());
    }

    public List<String> combine(Step.CombineDatasets step) {
      return step.operator() == DatasetOperator.DIFFERENCE ? List.of(step.left()) : List.of(step.left(), step.right());
    }

    public List<String> transform(Step.TransformImages step) {
      return List.of(step.source());
    }

    public List<String> estimate(Step.Estimate step) {
      return List.of();
    }

    public List<String> combineResults(Step.CombineResults step) {
      return List.of();
    }

    public List<String> correct(Step.Correct step) {
      return List.of();
    }

    public List<String> write(Step.WriteOutput step) {
      return List.of();
    }

    public List<String> diagnose(Step.Diagnose step) {
      return List.of();
    }
  };

  /** Why a step's dataset lacks experiment {@code id}, which one of its inputs held. */
  private final class Why implements Step.Visitor<String> {
    private final String id;

    Why(String id) {
      this.id = id;
    }

    public String select(Step.SelectDataset step) {
      String where = "where " + step.condition().show();
      return "outside the selection " + (synthetic(step.name()) ? "" : "`" + step.name() + "` ") + "(" + where + ")";
    }

    public String combine(Step.CombineDatasets step) {
      String expression = "`" + step.left() + " " + step.operator().spelling() + " " + step.right() + "`";
      return switch (step.operator()) {
        case DIFFERENCE -> "removed by " + expression;
        case INTERSECTION -> "not in `" + (keeps(step.left()) ? step.right() : step.left()) + "` (" + expression + ")";
        case UNION -> leftOut(step);
      };
    }

    public String load(Step.LoadDataset step) {
      return leftOut(step);
    }

    public String simulate(Step.SimulateDataset step) {
      return leftOut(step);
    }

    public String transform(Step.TransformImages step) {
      return leftOut(step);
    }

    public String estimate(Step.Estimate step) {
      return leftOut(step);
    }

    public String combineResults(Step.CombineResults step) {
      return leftOut(step);
    }

    public String correct(Step.Correct step) {
      return leftOut(step);
    }

    public String write(Step.WriteOutput step) {
      return leftOut(step);
    }

    public String diagnose(Step.Diagnose step) {
      return leftOut(step);
    }

    private boolean keeps(String input) {
      Entry e = byStep.getOrDefault(input, Map.of()).get(id);
      return e != null && e.kept();
    }

    /** For steps that never leave an experiment out: should one ever do so, it still says which step did. */
    private String leftOut(Step step) {
      return "left out by `" + step.name() + "`";
    }
  }

  /** Names the compiler makes for datasets written inline (`pain where ...` as an argument) hold a `#`. */
  private static boolean synthetic(String name) {
    return name.contains("#");
  }
}
