package org.nimeta.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.nimeta.compile.Plan;
import org.nimeta.run.Json;
import org.nimeta.run.PlanJson;

/**
 * What changes between two plans, read from their JSON form ({@code plan.json}), so two scripts
 * and two finished runs compare the same way: the script-wide settings and {@code param}s, then
 * step by step (matched by name) every resolved parameter, defaults included, and the
 * experiments each dataset gains or loses. A step's result changes when the step does or when
 * anything it reads does.
 *
 * @param settings     seed, space, language version and {@code param}s that differ
 * @param steps        every step of either plan: the second plan's order, removed ones where they stood
 * @param changedOutputs the results (estimates, corrections, contrasts, writes) that will differ, in order
 */
public record PlanDiff(List<Change> settings, List<StepDiff> steps, List<ChangedOutput> changedOutputs) {
  public PlanDiff {
    settings = List.copyOf(settings);
    steps = List.copyOf(steps);
    changedOutputs = List.copyOf(changedOutputs);
  }

  /** A folder of outputs (relative to the output directory) that will differ, and the result steps that write it. */
  public record ChangedOutput(String folder, List<String> steps) {
    public ChangedOutput {
      steps = List.copyOf(steps);
    }
  }

  /** One value that differs; {@code before} or {@code after} null when the field exists on one side only. */
  public record Change(String field, String before, String after) {}

  public enum Status { SAME, CHANGED, ADDED, REMOVED }

  /**
   * @param changes  the step's own fields that differ (for {@code CHANGED})
   * @param gained   experiment ids the second plan's dataset has and the first's not (dataset steps, when known)
   * @param lost     the other way round
   * @param upstream true when the step is the same but reads a step that changed
   */
  public record StepDiff(String name, String kind, Status status, List<Change> changes, List<String> gained,
      List<String> lost, boolean upstream) {
    public StepDiff {
      changes = List.copyOf(changes);
      gained = List.copyOf(gained);
      lost = List.copyOf(lost);
    }

    /** The step's result is not the same in both plans. */
    public boolean differs() {
      return status != Status.SAME || upstream;
    }
  }

  private static final Set<String> RESULT_KINDS = Set.of("estimate", "combine-results", "correct", "write");

  /** Two compiled scripts, with the experiment ids their datasets select. */
  public static PlanDiff of(Plan first, Plan second) {
    return of(PlanJson.toJson(first), PlanJson.toJson(second), DatasetIds.of(first), DatasetIds.of(second));
  }

  /**
   * Two plans in {@code plan.json} form.
   *
   * @param idsFirst experiment ids by dataset step, or an empty map when not known (then only
   *                 parameters are compared)
   */
  public static PlanDiff of(JsonNode first, JsonNode second, Map<String, List<String>> idsFirst,
      Map<String, List<String>> idsSecond) {
    List<Change> settings = new ArrayList<>();
    for (String field : List.of("language_version", "seed", "space")) {
      compare(field, text(first.get(field)), text(second.get(field)), settings);
    }
    Map<String, String> paramsFirst = params(first);
    Map<String, String> paramsSecond = params(second);
    for (String name : union(paramsFirst.keySet(), paramsSecond.keySet())) {
      compare("param " + name, paramsFirst.get(name), paramsSecond.get(name), settings);
    }

    Map<String, JsonNode> stepsFirst = steps(first);
    Map<String, JsonNode> stepsSecond = steps(second);
    List<StepDiff> diffs = new ArrayList<>();
    Set<String> changed = new HashSet<>();
    for (String name : mergedOrder(stepsFirst, stepsSecond)) {
      JsonNode a = stepsFirst.get(name);
      JsonNode b = stepsSecond.get(name);
      String kind = (b != null ? b : a).path("kind").asText();
      if (a == null || b == null) {
        changed.add(name);
        diffs.add(new StepDiff(name, kind, a == null ? Status.ADDED : Status.REMOVED, List.of(), List.of(), List.of(), false));
        continue;
      }
      List<Change> changes = new ArrayList<>();
      Map<String, String> fa = fields(a);
      Map<String, String> fb = fields(b);
      for (String field : union(fa.keySet(), fb.keySet())) {
        compare(field, fa.get(field), fb.get(field), changes);
      }
      List<String> ia = idsFirst.get(name);
      List<String> ib = idsSecond.get(name);
      List<String> gained = ia == null || ib == null ? List.of() : minus(ib, ia);
      List<String> lost = ia == null || ib == null ? List.of() : minus(ia, ib);
      boolean own = !changes.isEmpty() || !gained.isEmpty() || !lost.isEmpty();
      boolean upstream = !own && inputs(b).stream().anyMatch(changed::contains);
      if (own || upstream) {
        changed.add(name);
      }
      diffs.add(new StepDiff(name, kind, own ? Status.CHANGED : Status.SAME, changes, gained, lost, upstream));
    }
    boolean everything = !settings.stream().allMatch(c -> c.field().startsWith("param "));
    Map<String, JsonNode> all = new LinkedHashMap<>(stepsFirst);
    all.putAll(stepsSecond);
    Map<String, List<String>> byFolder = new LinkedHashMap<>();
    for (StepDiff d : diffs) {
      if (RESULT_KINDS.contains(d.kind()) && (d.differs() || everything)) {
        byFolder.computeIfAbsent(folder(all.get(d.name()), all), f -> new ArrayList<>()).add(d.name());
      }
    }
    List<ChangedOutput> results = new ArrayList<>();
    byFolder.forEach((folder, names) -> results.add(new ChangedOutput(folder, names)));
    return new PlanDiff(settings, diffs, results);
  }

  /**
   * Where a result step's files go: a write's directory; an estimate's or a contrast's own folder,
   * unless a write sends it elsewhere; a correction's target's folder.
   */
  private static String folder(JsonNode step, Map<String, JsonNode> steps) {
    String kind = step.path("kind").asText();
    if (kind.equals("write")) {
      return step.path("directory").asText();
    }
    String result = kind.equals("correct") ? step.path("target").asText() : step.path("name").asText();
    for (JsonNode s : steps.values()) {
      if (s.path("kind").asText().equals("write") && s.path("target").asText().equals(result)) {
        return s.path("directory").asText();
      }
    }
    return result;
  }

  /** True when the two plans compute the same (only script places may differ). */
  public boolean none() {
    return settings.isEmpty() && steps.stream().noneMatch(StepDiff::differs);
  }

  public ObjectNode toJson() {
    ObjectNode o = Json.object();
    ArrayNode s = o.putArray("settings");
    settings.forEach(c -> s.add(change(c)));
    ArrayNode st = o.putArray("steps");
    for (StepDiff d : steps) {
      ObjectNode j = st.addObject();
      j.put("name", d.name());
      j.put("kind", d.kind());
      j.put("status", d.status().name().toLowerCase(java.util.Locale.ROOT));
      j.put("upstream_changed", d.upstream());
      ArrayNode c = j.putArray("changes");
      d.changes().forEach(x -> c.add(change(x)));
      j.set("experiments_gained", Json.strings(d.gained()));
      j.set("experiments_lost", Json.strings(d.lost()));
    }
    ArrayNode outputs = o.putArray("changed_outputs");
    for (ChangedOutput c : changedOutputs) {
      ObjectNode j = outputs.addObject();
      j.put("folder", c.folder());
      j.set("steps", Json.strings(c.steps()));
    }
    return o;
  }

  private static ObjectNode change(Change c) {
    ObjectNode o = Json.object();
    o.put("field", c.field());
    o.put("before", c.before());
    o.put("after", c.after());
    return o;
  }

  private static void compare(String field, String a, String b, List<Change> out) {
    if (!Objects.equals(a, b)) {
      out.add(new Change(field, a, b));
    }
  }

  private static Map<String, String> params(JsonNode plan) {
    Map<String, String> byName = new LinkedHashMap<>();
    for (JsonNode p : plan.path("params")) {
      byName.put(p.path("name").asText(), p.has("text") ? p.get("text").asText() : text(p.get("value")));
    }
    return byName;
  }

  private static Map<String, JsonNode> steps(JsonNode plan) {
    Map<String, JsonNode> byName = new LinkedHashMap<>();
    plan.path("steps").forEach(s -> byName.put(s.path("name").asText(), s));
    return byName;
  }

  private static List<String> inputs(JsonNode step) {
    List<String> inputs = new ArrayList<>();
    step.path("inputs").forEach(i -> inputs.add(i.asText()));
    return inputs;
  }

  /** The second plan's steps in its order, each removed step after the step it followed in the first. */
  private static List<String> mergedOrder(Map<String, JsonNode> first, Map<String, JsonNode> second) {
    List<String> order = new ArrayList<>(second.keySet());
    String previous = null;
    for (String name : first.keySet()) {
      if (!second.containsKey(name)) {
        order.add(previous == null ? 0 : order.indexOf(previous) + 1, name);
      }
      previous = name;
    }
    return order;
  }

  /**
   * A step's fields as {@code name → value text}: {@code params} and a kernel's params under their
   * own names ({@code n_iters}, {@code kernel.fwhm}); where it comes from in the script is left out,
   * and so is a dataset's size ({@code counts}): the experiments gained and lost say what changed.
   */
  private static Map<String, String> fields(JsonNode step) {
    Map<String, String> out = new LinkedHashMap<>();
    step.fields().forEachRemaining(f -> {
      switch (f.getKey()) {
        case "name", "origin", "counts" -> { }
        case "params" -> f.getValue().fields().forEachRemaining(p -> out.put(p.getKey(), text(p.getValue())));
        case "kernel" -> {
          JsonNode k = f.getValue();
          if (k == null || k.isNull()) {
            out.put("kernel", "none");
          } else {
            out.put("kernel", k.path("type").asText());
            k.path("params").fields().forEachRemaining(p -> out.put("kernel." + p.getKey(), text(p.getValue())));
          }
        }
        default -> out.put(f.getKey(), text(f.getValue()));
      }
    });
    return out;
  }

  /** A JSON value as a reader writes it: strings bare, whole numbers without ".0", null as {@code none}. */
  static String text(JsonNode v) {
    if (v == null || v.isNull() || v.isMissingNode()) {
      return "none";
    }
    if (v.isTextual()) {
      return v.asText();
    }
    if (v.isNumber() && v.isFloatingPointNumber() && v.asDouble() == Math.rint(v.asDouble()) && Math.abs(v.asDouble()) < 1e15) {
      return Long.toString((long) v.asDouble());
    }
    return v.isValueNode() ? v.asText() : Json.write(v).replaceAll("\\s*\\n\\s*", " ").strip();
  }

  private static List<String> union(Set<String> a, Set<String> b) {
    LinkedHashSet<String> all = new LinkedHashSet<>(a);
    all.addAll(b);
    return new ArrayList<>(all);
  }

  private static List<String> minus(List<String> a, List<String> b) {
    Set<String> drop = new HashSet<>(b);
    return a.stream().filter(x -> !drop.contains(x)).toList();
  }
}
