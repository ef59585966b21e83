package org.nimeta.compile;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.nimeta.data.SpaceCount;
import org.nimeta.image.ImageFormat;
import org.nimeta.registry.Definition;
import org.nimeta.registry.EstimatorDef;
import org.nimeta.registry.ParamType;
import org.nimeta.registry.Registry;
import org.nimeta.registry.Value;

/**
 * The plan as text, one step per line, every parameter shown with its resolved value (defaults
 * included). Paths are shown relative to the script's folder so the text is the same on every
 * machine; {@code nimeta plan --json} has the absolute paths.
 */
public final class PlanPrinter {
  private PlanPrinter() {}

  public static String print(Plan plan) {
    return print(plan, step -> "");
  }

  /** The plan with {@code mark} of each step before its line (e.g. whether it is cached). */
  public static String print(Plan plan, Function<Step, String> mark) {
    Path base = plan.script().path() == null ? Path.of("").toAbsolutePath() : plan.script().path().getParent();
    StringBuilder sb = new StringBuilder();
    sb.append("# plan of ").append(plan.script().displayName())
        .append(" (language version ").append(plan.languageVersion()).append(")\n");
    for (Path imported : plan.script().imports()) {
      sb.append("import ").append(quote(relative(base, imported))).append('\n');
    }
    sb.append("space ").append(plan.space().template() != null ? plan.space().template()
        : quote(relative(base, plan.space().maskFile()))).append('\n');
    sb.append("seed ").append(plan.seed() == null ? "none" : plan.seed()).append('\n');
    for (Plan.ParamBinding p : plan.params()) {
      sb.append("param ").append(p.name()).append(" = ").append(p.value().show())
          .append(p.overridden() ? "    # from --param" : "").append('\n');
    }
    Line line = new Line(base, plan.registry(), plan);
    for (Step s : plan.steps()) {
      sb.append(mark.apply(s)).append(s.accept(line)).append('\n');
    }
    return sb.toString();
  }

  /**
   * One step as its line of the printed plan; estimators are looked up in the plan's registry.
   * A dataset line ends with the size its data check found, and a load's with the spaces read.
   */
  private record Line(Path base, Registry registry, Plan plan) implements Step.Visitor<String> {
    public String load(Step.LoadDataset l) {
      String files = l.files().size() == 1 ? quote(relative(base, l.files().get(0)))
          : "[" + l.files().stream().map(f -> quote(relative(base, f))).collect(Collectors.joining(", ")) + "]";
      return "dataset " + l.name() + " = load(" + files
          + ", format = " + (l.format() == null ? "detect" : l.format())
          + (l.space() == null ? "" : ", space = " + l.space())
          + (l.annotation() == null ? "" : ", annotation = " + quote(relative(base, l.annotation())))
          + (l.base() == null ? "" : ", base = " + quote(relative(base, l.base())))
          + pins(l) + ")"
          + facts(l, spacesRead(l));
    }

    /** What checking the data found about the dataset {@code step} makes, as a comment; "" when nothing. */
    private String facts(Step step, String spaces) {
      DatasetSize size = plan.datasetSize(step.name());
      String sizeText = size == null ? "" : size.describe();
      if (sizeText.isEmpty() && spaces.isEmpty()) {
        return "";
      }
      return "    # " + sizeText + (sizeText.isEmpty() || spaces.isEmpty() ? "" : "; ") + spaces;
    }

    /** The pinned hashes as the script writes them, so the plan states exactly which bytes it reads. */
    private static String pins(Step.LoadDataset l) {
      List<String> hashes = l.pinned();
      if (hashes.isEmpty()) {
        return "";
      }
      return ", sha256 = " + (hashes.size() == 1 ? quote(hashes.get(0))
          : "[" + hashes.stream().map(PlanPrinter::quote).collect(Collectors.joining(", ")) + "]");
    }

    public String simulate(Step.SimulateDataset sim) {
      return "dataset " + sim.name() + " = simulate(n_studies = " + sim.studies() + ", foci = " + sim.foci()
          + ", sample_size = " + sim.sampleSize() + ", seed = " + sim.seed() + ")" + facts(sim, "");
    }

    public String select(Step.SelectDataset sel) {
      return "dataset " + sel.name() + " = " + sel.source() + " where " + sel.condition().show() + facts(sel, "");
    }

    public String combine(Step.CombineDatasets c) {
      return "dataset " + c.name() + " = " + c.left() + " " + c.operator().spelling() + " " + c.right() + facts(c, "");
    }

    public String transform(Step.TransformImages t) {
      return "dataset " + t.name() + " = transform(" + t.source() + ", to = [" + String.join(", ", t.targets()) + "])"
          + facts(t, "");
    }

    public String combineResults(Step.CombineResults c) {
      return "contrast " + c.name() + " = " + c.function() + "(" + String.join(", ", c.results()) + args(c.params())
          + ")" + (c.sources().equals(c.results()) ? "" : "    # from " + String.join(", ", c.sources()));
    }

    public String estimate(Step.Estimate e) {
      EstimatorDef def = (EstimatorDef) registry.find(e.estimator());
      boolean contrast = def.kind() == Definition.Kind.CONTRAST;
      // Datasets given as parameters (SCALE's `base`) are inputs too, but shown only as that parameter.
      StringBuilder sb = new StringBuilder(contrast ? "contrast " : "estimate ").append(e.name())
          .append(" = ").append(e.estimator())
          .append('(').append(String.join(", ", e.datasets().subList(0, def.datasets())));
      if (e.kernel() != null) {
        sb.append(", kernel = ").append(e.kernel().show());
      }
      e.params().forEach((k, v) -> sb.append(", ").append(k).append(" = ")
          .append(def.param(k).type() instanceof ParamType.WordOrDataset && v instanceof Value.Str named
              ? named.value() : v.show()));
      sb.append(')');
      if (e.seed() != null) {
        sb.append("    # seed ").append(e.seed());
      }
      return sb.toString();
    }

    public String correct(Step.Correct c) {
      return "correct " + c.target() + " with " + c.corrector() + "(" + args(c.params()).replaceFirst("^, ", "") + ")"
          + (c.seed() != null ? "    # seed " + c.seed() : "");
    }

    public String diagnose(Step.Diagnose d) {
      return "diagnose " + d.target() + " with " + d.diagnostic() + "(" + args(d.params()).replaceFirst("^, ", "") + ")";
    }

    public String write(Step.WriteOutput w) {
      return "write " + w.target() + " to " + quote(w.directory()) + options(w.selection());
    }
  }

  /** A write's options as written in a script; none for a write of everything. */
  private static String options(Step.Selection s) {
    if (s.everything()) {
      return "";
    }
    StringBuilder sb = new StringBuilder();
    if (s.maps() != null) {
      sb.append(", maps = [").append(s.maps().stream().map(PlanPrinter::quote).collect(Collectors.joining(", ")))
          .append(']');
    }
    if (s.alpha() != null) {
      sb.append(", alpha = ").append(Value.formatNumber(s.alpha()));
    }
    if (s.statThreshold() != null) {
      sb.append(", stat_threshold = ").append(Value.formatNumber(s.statThreshold()));
    }
    if (!s.thresholds().isEmpty()) {
      sb.append(", clusters = ").append(s.clusters()).append(", min_cluster_size = ").append(s.minClusterSize());
    }
    if (!s.formats().equals(Step.Selection.DEFAULT_FORMATS)) {
      List<String> words = s.formats().stream().map(ImageFormat::word).toList();
      sb.append(", format = ").append(words.size() == 1 ? words.get(0) : "[" + String.join(", ", words) + "]");
    }
    return " (" + sb.substring(2) + ")";
  }

  /** What the data check found: each space the load's foci were read in, and any conversion. */
  private static String spacesRead(Step.LoadDataset l) {
    if (l.spacesRead().isEmpty()) {
      return "";
    }
    return "foci in " + l.spacesRead().stream().map(SpaceCount::describe).collect(Collectors.joining("; "));
  }

  private static String args(Map<String, Value> params) {
    StringBuilder sb = new StringBuilder();
    params.forEach((k, v) -> sb.append(", ").append(k).append(" = ").append(v.show()));
    return sb.toString();
  }

  private static String relative(Path base, Path p) {
    try {
      return base.relativize(p).toString().replace('\\', '/');
    } catch (IllegalArgumentException differentRoot) {
      return p.toString();
    }
  }

  private static String quote(String s) {
    return new Value.Str(s).show();
  }
}
