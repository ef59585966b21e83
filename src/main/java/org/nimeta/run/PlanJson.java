package org.nimeta.run;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.Map;
import org.nimeta.compile.DatasetSize;
import org.nimeta.compile.Plan;
import org.nimeta.compile.Step;
import org.nimeta.data.CoordinateSpace;
import org.nimeta.data.SpaceCount;
import org.nimeta.image.ImageFormat;
import org.nimeta.registry.KernelConfig;
import org.nimeta.registry.Value;

/**
 * A plan as JSON: what {@code nimeta plan --json} prints and {@code run} saves as
 * {@code plan.json}. Every step appears with every resolved parameter (defaults included), its
 * kernel, its seed and the script place it comes from. Values are in {@link Value#json()} form
 * (lengths in millimetres, "not set" as {@code null}); {@code param}s and kernels also carry
 * their script spelling under {@code "text"}. A dataset step whose data were checked has its
 * {@code counts} of experiments and foci.
 */
public final class PlanJson {
  private PlanJson() {}

  public static String write(Plan plan) {
    return Json.write(toJson(plan));
  }

  public static ObjectNode toJson(Plan plan) {
    ObjectNode root = Json.object();
    ObjectNode script = root.putObject("script");
    script.put("name", plan.script().displayName());
    script.put("path", show(plan.script().path()));
    script.put("sha256", plan.script().sha256());
    ArrayNode imports = script.putArray("imports");
    plan.script().imports().forEach(p -> imports.add(show(p)));
    root.put("language_version", plan.languageVersion());
    if (plan.seed() == null) {
      root.putNull("seed");
    } else {
      root.put("seed", plan.seed());
    }
    ObjectNode space = root.putObject("space");
    if (plan.space().template() != null) {
      space.put("template", plan.space().template());
    } else {
      space.put("mask_file", show(plan.space().maskFile()));
    }
    ArrayNode params = root.putArray("params");
    for (Plan.ParamBinding p : plan.params()) {
      ObjectNode o = params.addObject();
      o.put("name", p.name());
      o.set("value", Json.of(p.value().json()));
      o.put("text", p.value().show());
      o.put("overridden", p.overridden());
    }
    ArrayNode steps = root.putArray("steps");
    for (Step step : plan.steps()) {
      ObjectNode o = step(step);
      putSize(o, plan.datasetSize(step.name()));
      steps.add(o);
    }
    return root;
  }

  /**
   * A dataset step's size as its data check found it, {@code "counts": {"experiments": 21,
   * "foci": 419}}; nothing when unknown. Not part of {@link #step}, whose form keys the cache:
   * a dataset's key is already the digest of its contents.
   */
  private static void putSize(ObjectNode o, DatasetSize size) {
    if (size != null) {
      ObjectNode counts = o.putObject("counts");
      counts.put("experiments", size.experiments());
      counts.put("foci", size.foci());
    }
  }

  static ObjectNode step(Step step) {
    ObjectNode o = Json.object();
    o.put("name", step.name());
    o.put("kind", kind(step));
    o.put("origin", step.location());
    o.set("inputs", Json.strings(step.inputs()));
    step.accept(new Fields(o));
    return o;
  }

  /** The fields of each kind of step, after those every step has. */
  private record Fields(ObjectNode o) implements Step.Visitor<Void> {
    public Void load(Step.LoadDataset s) {
      ArrayNode files = o.putArray("files");
      s.files().forEach(f -> files.add(show(f)));
      o.put("format", s.format());
      o.put("space", s.space());
      o.put("annotation", show(s.annotation()));
      o.put("base", show(s.base()));
      if (!s.pinned().isEmpty()) { // only then, so that plan.json of an unpinned script is as it was
        ArrayNode pinned = o.putArray("sha256");
        s.pinned().forEach(pinned::add);
      }
      ArrayNode read = o.putArray("spaces_read");
      for (SpaceCount c : s.spacesRead()) {
        ObjectNode r = read.addObject();
        r.put("space", c.space() == CoordinateSpace.UNKNOWN ? c.label() : c.space().scriptWord());
        r.put("recognised", c.space() != CoordinateSpace.UNKNOWN);
        r.put("experiments", c.experiments());
        r.put("converted_to_mni", c.convertedToMni() ? "tal2icbm (Lancaster)" : null);
      }
      return null;
    }

    public Void simulate(Step.SimulateDataset s) {
      o.put("n_studies", s.studies());
      o.put("foci", s.foci());
      o.put("sample_size", s.sampleSize());
      o.put("seed", s.seed());
      return null;
    }

    public Void select(Step.SelectDataset s) {
      o.put("source", s.source());
      o.put("where", s.condition().show());
      return null;
    }

    public Void combine(Step.CombineDatasets s) {
      o.put("operator", s.operator().spelling());
      o.put("left", s.left());
      o.put("right", s.right());
      return null;
    }

    public Void transform(Step.TransformImages s) {
      o.put("source", s.source());
      o.set("targets", Json.strings(s.targets()));
      return null;
    }

    public Void estimate(Step.Estimate s) {
      o.put("estimator", s.estimator());
      o.set("datasets", Json.strings(s.datasets()));
      o.set("kernel", s.kernel() == null ? null : kernel(s.kernel()));
      o.set("params", values(s.params()));
      putSeed(o, s.seed());
      return null;
    }

    public Void combineResults(Step.CombineResults s) {
      o.put("function", s.function());
      o.set("results", Json.strings(s.results()));
      o.set("params", values(s.params()));
      return null;
    }

    public Void correct(Step.Correct s) {
      o.put("target", s.target());
      o.put("corrector", s.corrector());
      o.set("params", values(s.params()));
      putSeed(o, s.seed());
      return null;
    }

    public Void diagnose(Step.Diagnose s) {
      o.put("target", s.target());
      o.put("diagnostic", s.diagnostic());
      o.set("params", values(s.params()));
      o.put("map_from", s.source());
      return null;
    }

    public Void write(Step.WriteOutput s) {
      o.put("target", s.target());
      o.put("directory", s.directory());
      if (!s.selection().everything()) {
        o.set("options", options(s.selection())); // absent for a plain write, so such plans read as before
      }
      return null;
    }
  }

  /**
   * A write's options: maps (null for every map), alpha, stat_threshold, clusters, min_cluster_size
   * and the thresholded maps ({@code corrected} null for those cut at stat_threshold).
   */
  static ObjectNode options(Step.Selection s) {
    ObjectNode o = Json.object();
    o.set("maps", s.maps() == null ? null : Json.strings(s.maps()));
    if (s.alpha() == null) {
      o.putNull("alpha");
    } else {
      o.put("alpha", s.alpha());
    }
    if (s.statThreshold() == null) {
      o.putNull("stat_threshold");
    } else {
      o.put("stat_threshold", s.statThreshold());
    }
    o.put("clusters", s.clusters());
    o.put("min_cluster_size", s.minClusterSize());
    ArrayNode thresholded = o.putArray("thresholded");
    for (Step.Threshold t : s.thresholds()) {
      ObjectNode m = thresholded.addObject();
      m.put("map", t.output());
      m.put("values", t.valueMap());
      m.put("corrected", t.correctedP());
    }
    if (!s.formats().equals(Step.Selection.DEFAULT_FORMATS)) { // absent for NIfTI, so such plans read as before
      o.set("format", Json.strings(s.formats().stream().map(ImageFormat::word).toList()));
    }
    return o;
  }

  /** The step kinds as JSON and provenance name them. */
  public static String kind(Step step) {
    return step.accept(KIND);
  }

  private static final Step.Visitor<String> KIND = new Step.Visitor<>() {
    public String load(Step.LoadDataset step) {
      return "load";
    }

    public String simulate(Step.SimulateDataset step) {
      return "simulate";
    }

    public String select(Step.SelectDataset step) {
      return "select";
    }

    public String combine(Step.CombineDatasets step) {
      return "combine";
    }

    public String transform(Step.TransformImages step) {
      return "transform";
    }

    public String estimate(Step.Estimate step) {
      return "estimate";
    }

    public String combineResults(Step.CombineResults step) {
      return "combine-results";
    }

    public String correct(Step.Correct step) {
      return "correct";
    }

    public String diagnose(Step.Diagnose step) {
      return "diagnose";
    }

    public String write(Step.WriteOutput step) {
      return "write";
    }
  };

  static ObjectNode kernel(KernelConfig kernel) {
    ObjectNode k = Json.object();
    k.put("type", kernel.type());
    k.set("params", values(kernel.params()));
    k.put("text", kernel.show());
    return k;
  }

  /** Parameter values by name, in {@link Value#json()} form. */
  static ObjectNode values(Map<String, Value> values) {
    ObjectNode o = Json.object();
    values.forEach((name, v) -> o.set(name, Json.of(v.json())));
    return o;
  }

  private static void putSeed(ObjectNode o, Long seed) {
    if (seed == null) {
      o.putNull("seed");
    } else {
      o.put("seed", seed);
    }
  }

  private static String show(Path p) {
    return p == null ? null : p.toString();
  }
}
