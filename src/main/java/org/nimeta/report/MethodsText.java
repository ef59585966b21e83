package org.nimeta.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeSet;
import org.nimeta.compile.Plan;
import org.nimeta.compile.Step;
import org.nimeta.data.CoordinateSpace;
import org.nimeta.data.Dataset;
import org.nimeta.data.Experiment;
import org.nimeta.data.SpaceCount;
import org.nimeta.registry.Citation;
import org.nimeta.registry.Citations;
import org.nimeta.registry.CorrectorDef;
import org.nimeta.registry.Definition;
import org.nimeta.registry.Diagnostics;
import org.nimeta.registry.EstimatorDef;
import org.nimeta.registry.IbmaInputs;
import org.nimeta.registry.Value;

/**
 * A run's {@code methods.md}: a methods section a paper can start from, written from the plan (every
 * parameter as resolved, defaults included) and the datasets as they were read (how many
 * experiments, foci and participants each analysis used). Works are cited in Pandoc's syntax and
 * listed at the end; {@link Bibliography} writes their BibTeX entries.
 *
 * <p>One paragraph per step, through {@link Step.Visitor}, so a new kind of step does not compile
 * here until it says what the paper should read about it.
 */
public final class MethodsText implements Step.Visitor<Void> {
  public static final String FILE_NAME = "methods.md";

  /** The text and the works it cites, in order of first citation. */
  public record Methods(String markdown, List<Citation> works) {
    public Methods {
      works = List.copyOf(works);
    }
  }

  private final Plan plan;
  private final Map<String, Dataset> datasets;
  private final CitedWorks works = new CitedWorks();
  private final List<String> data = new ArrayList<>();
  private final List<String> analyses = new ArrayList<>();
  private final List<String> outputs = new ArrayList<>();
  /** Datasets written inside an expression (named {@code owner#n}), by name: the expression in words. */
  private final Map<String, String> unnamed = new java.util.HashMap<>();

  private MethodsText(Plan plan, Map<String, Dataset> datasets) {
    this.plan = plan;
    this.datasets = datasets;
  }

  /**
   * @param datasets every dataset step's result by step name, as the run read it. Not modified.
   * @param version  nimeta's version as it should be cited, e.g. {@code 0.9.0 (commit 1a2b3c4)}
   */
  public static Methods of(Plan plan, Map<String, Dataset> datasets, String version) {
    MethodsText t = new MethodsText(plan, datasets);
    for (Step s : plan.steps()) {
      s.accept(t);
    }
    return t.render(version);
  }

  private Methods render(String version) {
    StringBuilder md = new StringBuilder("# Methods\n\n");
    md.append("<!-- Written by nimeta from `").append(plan.script().displayName()).append("`. Citations are ")
        .append("Pandoc's: `pandoc methods.md --citeproc --bibliography references.bib` formats them. -->\n\n");
    section(md, "Data", data);
    section(md, "Analysis", analyses);
    section(md, "Outputs", outputs);
    md.append("## Software\n\n").append(software(version)).append("\n\n");
    List<Citation> cited = works.all();
    md.append("## References\n\n");
    for (Citation c : cited) {
      md.append("- ").append(c.text()).append(" [@").append(c.key()).append("]\n");
    }
    return new Methods(md.toString(), cited);
  }

  private static void section(StringBuilder md, String title, List<String> paragraphs) {
    if (paragraphs.isEmpty()) {
      return;
    }
    md.append("## ").append(title).append("\n\n");
    for (String p : paragraphs) {
      md.append(p).append("\n\n");
    }
  }

  // ---- data

  public Void load(Step.LoadDataset step) {
    List<String> files = step.files().stream().map(f -> "`" + f.getFileName() + "`").toList();
    StringBuilder sb = new StringBuilder("Dataset `").append(step.name()).append("` was read from ")
        .append(String.join(", ", files)).append(format(step.format())).append(": ").append(counts(step.name()))
        .append('.');
    Dataset d = datasets.get(step.name());
    if (d != null) {
      sb.append(spaces(SpaceCount.of(d)));
      sb.append(images(d));
    }
    data.add(sb.toString());
    return null;
  }

  public Void simulate(Step.SimulateDataset step) {
    data.add("Dataset `" + step.name() + "` was simulated after NiMARE's `create_coordinate_dataset`"
        + works.after(List.of(Citations.NIMARE)) + ": " + step.studies() + plural(step.studies(), " study", " studies")
        + " with a sample size of " + step.sampleSize() + " each, every study reporting the same " + step.foci()
        + " true" + plural(step.foci(), " focus", " foci") + " (drawn from the analysis mask), each displaced at "
        + "random by a 10 mm FWHM ALE kernel; no noise foci; simulation seed " + step.seed() + ".");
    return null;
  }

  public Void select(Step.SelectDataset step) {
    derived(step.name(), "the experiments of " + ref(step.source()) + " for which `" + step.condition().show() + "`");
    return null;
  }

  public Void combine(Step.CombineDatasets step) {
    String how = switch (step.operator()) {
      case UNION -> "of " + ref(step.left()) + " or " + ref(step.right());
      case DIFFERENCE -> "of " + ref(step.left()) + " that are not in " + ref(step.right());
      case INTERSECTION -> "in both " + ref(step.left()) + " and " + ref(step.right());
    };
    derived(step.name(), "the experiments " + how);
    return null;
  }

  /**
   * A dataset made of others: its own paragraph when the script names it; one written inside an
   * expression is described where it is used.
   */
  private void derived(String name, String what) {
    if (name.contains("#")) {
      unnamed.put(name, what);
    } else {
      data.add("Dataset `" + name + "` holds " + what + ": " + counts(name) + ".");
    }
  }

  /** A dataset as a dataset's description names it: {@code `pain`}, or (the words of one written inside an expression). */
  private String ref(String dataset) {
    return unnamed.containsKey(dataset) ? "(" + unnamed.get(dataset) + ")" : "`" + dataset + "`";
  }

  /** A dataset as an analysis names it, before its counts: {@code `pain`}, or the words of an unnamed one. */
  private String input(String dataset) {
    return unnamed.getOrDefault(dataset, "`" + dataset + "`");
  }

  public Void transform(Step.TransformImages step) {
    data.add("Dataset `" + step.name() + "` is " + ref(step.source()) + " with the "
        + String.join(", ", step.targets().stream().map(t -> "`" + t + "`").toList())
        + " images each experiment lacked computed from its other images and its sample size, as NiMARE's "
        + "`ImageTransformer`" + works.after(List.of(Citations.NIMARE)) + ".");
    return null;
  }

  // ---- analyses

  public Void estimate(Step.Estimate step) {
    if (analyses.isEmpty()) {
      analyses.add(space());
    }
    Definition def = plan.registry().find(step.estimator());
    List<Dataset> inputs = step.datasets().stream().map(datasets::get).toList();
    StringBuilder sb = new StringBuilder();
    sb.append("`").append(step.name()).append("` is ").append(MethodsPhrases.estimator(step.estimator()))
        .append(works.after(def.references())).append(' ');
    if (def instanceof EstimatorDef e && e.dataKind() == EstimatorDef.DataKind.IMAGES) {
      sb.append(imageInputs(e, step, inputs.get(0)));
    } else if (def.kind() == Definition.Kind.CONTRAST) {
      sb.append("comparing ").append(input(step.datasets().get(0))).append(" (group 1: ").append(used(inputs.get(0)))
          .append(") with ").append(input(step.datasets().get(1))).append(" (group 2: ").append(used(inputs.get(1)))
          .append(").");
    } else {
      sb.append("of ").append(input(step.datasets().get(0))).append(": ").append(used(inputs.get(0))).append('.');
    }
    if (step.kernel() != null) {
      sb.append(' ').append(MethodsPhrases.kernel(step.kernel(), works,
          plan.registry().find(step.kernel().type()).references()));
    }
    sb.append(' ').append(EstimatorWords.details(step, works));
    analyses.add(sb.toString().strip());
    return null;
  }

  public Void combineResults(Step.CombineResults step) {
    Definition def = plan.registry().find(step.function());
    analyses.add("`" + step.name() + "` is the conjunction of "
        + String.join(" and ", step.results().stream().map(r -> "`" + r + "`").toList())
        + " by the minimum statistic" + works.after(def.references()) + " on their `"
        + step.params().get("map").json() + "` maps: at each voxel where every map has the same sign, the value "
        + "of smallest magnitude, elsewhere 0.");
    return null;
  }

  public Void correct(Step.Correct step) {
    CorrectorDef def = (CorrectorDef) plan.registry().find(step.corrector());
    String method = def.correction(step.params()).method();
    String key = def.correction(step.params()).key();
    Step.Estimate target = estimateNamed(step.target());
    analyses.add("The p values of `" + step.target() + "` were "
        + MethodsPhrases.CORRECTIONS.getOrDefault(key, "corrected with `" + key + "`")
        + works.after(def.references(method)) + CorrectionWords.details(key, step, target, plan.registry(), works));
    return null;
  }

  public Void diagnose(Step.Diagnose step) {
    String robustness = RobustnessWords.describe(step, plan.seed());
    if (robustness != null) {
      analyses.add(robustness);
      return null;
    }
    Value threshold = step.params().get(Diagnostics.VOXEL_THRESH.name());
    Value size = step.params().get(Diagnostics.CLUSTER_THRESHOLD.name());
    String clusters = "the clusters of `" + step.targetMap() + "` of `" + step.target() + "` (face-connected voxels"
        + (threshold == null || threshold instanceof Value.None ? " above 0" : " above " + threshold.show())
        + (size == null || size instanceof Value.None ? "" : ", at least " + size.show() + " voxels") + ")";
    analyses.add(step.diagnostic().equals("FocusCounter")
        ? "For each experiment, the foci that fall in each of " + clusters + " were counted (NiMARE's FocusCounter)."
        : "Each experiment's contribution to each of " + clusters + " was measured by leaving it out (NiMARE's "
            + step.diagnostic() + "): the mean over the cluster's voxels of 1 − the statistic without the experiment "
            + "divided by the statistic with all experiments.");
    return null;
  }

  public Void write(Step.WriteOutput step) {
    if (!step.selection().everything()) {
      outputs.add(WriteWords.describe(step, works));
    }
    return null;
  }

  // ---- pieces

  private String space() {
    Plan.AnalysisSpace s = plan.space();
    return s.template() != null
        ? "Every analysis used the grid and brain mask of the bundled template `" + s.template() + "`."
        : "Every analysis used the grid and brain mask of `" + Path.of(s.maskFile().toString()).getFileName() + "`.";
  }

  private Step.Estimate estimateNamed(String name) {
    return plan.steps(Step.Estimate.class).stream().filter(e -> e.name().equals(name)).findFirst().orElse(null);
  }

  private String counts(String dataset) {
    Dataset d = datasets.get(dataset);
    if (d == null) {
      return "not read";
    }
    return d.size() + plural(d.size(), " experiment", " experiments") + " with " + d.fociCount()
        + plural(d.fociCount(), " focus", " foci");
  }

  /** What a coordinate-based estimator uses: the experiments with foci, their foci and participants. */
  static String used(Dataset d) {
    if (d == null) {
      return "not read";
    }
    List<Experiment> withFoci = d.experiments().stream().filter(e -> e.fociCount() > 0).toList();
    int foci = withFoci.stream().mapToInt(Experiment::fociCount).sum();
    StringBuilder sb = new StringBuilder().append(foci).append(plural(foci, " focus", " foci")).append(" from ")
        .append(withFoci.size()).append(plural(withFoci.size(), " experiment", " experiments"));
    double participants = 0;
    for (Experiment e : withFoci) {
      OptionalDouble n = e.sampleSize();
      if (n.isEmpty()) {
        return sb.toString();
      }
      participants += n.getAsDouble();
    }
    return sb.append(" with a total of ").append(Value.formatNumber(Math.rint(participants * 100) / 100))
        .append(" participants").toString();
  }

  private String imageInputs(EstimatorDef e, Step.Estimate step, Dataset d) {
    if (d == null) {
      return "of " + input(step.datasets().get(0)) + ".";
    }
    var estimator = e.imageEstimator(step.params());
    int k = IbmaInputs.select(d, estimator).used().size();
    return "of " + input(step.datasets().get(0)) + ", on the " + k + plural(k, " experiment", " experiments") + " with "
        + IbmaInputs.requirement(estimator) + " (of " + d.size() + ").";
  }

  private String spaces(List<SpaceCount> spaces) {
    if (spaces.size() == 1 && spaces.get(0).space() == CoordinateSpace.MNI) {
      return " All foci were reported in MNI space.";
    }
    StringBuilder sb = new StringBuilder();
    for (SpaceCount s : spaces) {
      String n = s.experiments() + plural(s.experiments(), " experiment", " experiments");
      switch (s.space()) {
        case MNI -> sb.append(" Foci of ").append(n).append(" were reported in MNI space.");
        case TALAIRACH -> sb.append(" Foci of ").append(n).append(" were reported in Talairach space and converted ")
            .append("to MNI space with Lancaster's tal2icbm transform").append(works.after(List.of(Citations.LANCASTER_2007)))
            .append('.');
        case UNKNOWN -> sb.append(" Foci of ").append(n)
            .append(s.label().isEmpty() ? " state no space" : " state the space \"" + s.label() + "\"")
            .append(" and were used as MNI coordinates.");
      }
    }
    return sb.toString();
  }

  private static String images(Dataset d) {
    TreeSet<String> kinds = new TreeSet<>();
    d.experiments().forEach(e -> kinds.addAll(e.images().keySet()));
    List<String> shown = new ArrayList<>();
    for (String kind : kinds) {
      long n = d.experiments().stream().filter(e -> e.images().containsKey(kind)).count();
      shown.add(n + " `" + kind + "`");
    }
    return shown.isEmpty() ? "" : " Images: " + String.join(", ", shown) + ".";
  }

  private static String format(String format) {
    return format == null ? "" : " (" + format + " format)";
  }

  private String software(String version) {
    StringBuilder sb = new StringBuilder("Analyses were run with nimeta ").append(version)
        .append(works.after(List.of(Citations.nimeta(version)))).append(" from the script `")
        .append(plan.script().displayName()).append("` (SHA-256 `").append(plan.script().sha256()).append("`). ")
        .append("nimeta implements the estimators of NiMARE ").append(Citations.NIMARE_VERSION)
        .append(works.after(List.of(Citations.NIMARE))).append(" with NiMARE's parameters and defaults; its ")
        .append("tests compare its deterministic maps with NiMARE's voxel for voxel.");
    TreeSet<Long> seeds = new TreeSet<>();
    plan.steps(Step.Estimate.class).forEach(e -> add(seeds, e.seed()));
    plan.steps(Step.Correct.class).forEach(c -> add(seeds, c.seed()));
    if (!seeds.isEmpty()) {
      sb.append(" nimeta's own random draws (Monte Carlo iterations, permutations) came from streams derived from the seed")
          .append(seeds.size() == 1 ? " " + seeds.first() : "s " + String.join(", ", seeds.stream().map(String::valueOf).toList()))
          .append(" and the iteration number, so the results do not depend on the number of threads.");
    }
    return sb.toString();
  }

  private static void add(TreeSet<Long> seeds, Long seed) {
    if (seed != null) {
      seeds.add(seed);
    }
  }

  static String plural(int n, String one, String many) {
    return n == 1 ? one : many;
  }
}
