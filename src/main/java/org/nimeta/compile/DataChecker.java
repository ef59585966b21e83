package org.nimeta.compile;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.nimeta.data.DataException;
import org.nimeta.data.DataWarning;
import org.nimeta.data.Dataset;
import org.nimeta.data.Experiment;
import org.nimeta.data.FociInMask;
import org.nimeta.data.SpaceConflictException;
import org.nimeta.data.SpaceCount;
import org.nimeta.image.Mask;
import org.nimeta.image.NiftiException;
import org.nimeta.lang.ErrorCode;
import org.nimeta.lang.Span;
import org.nimeta.registry.EstimatorDef;
import org.nimeta.registry.KernelConfig;
import org.nimeta.registry.KernelDef;

/**
 * Checks that need the data files but no estimation: every file parses, selections keep
 * something, kernels that need sample sizes get them, coordinate spaces are known. Runs in
 * milliseconds, so a typo or a missing sample size never costs a long run.
 */
final class DataChecker {
  /** How many experiment ids a message lists before it says "and N more". */
  private static final int IDS_SHOWN = 10;

  private final CompileContext cx;
  private final List<Step> steps;
  private final Plan.AnalysisSpace space;
  private final Span spaceSpan;
  private final Path baseDir;
  private Mask mask;
  /** By dataset step name, in plan order: what each dataset step made. */
  private final Map<String, DatasetSize> sizes = new java.util.LinkedHashMap<>();

  /** @param steps the plan's steps, in order. Not modified. */
  DataChecker(CompileContext cx, List<Step> steps, Plan.AnalysisSpace space, Span spaceSpan, Path baseDir) {
    this.cx = cx;
    this.steps = steps;
    this.space = space;
    this.spaceSpan = spaceSpan;
    this.baseDir = baseDir;
  }

  /** Dataset steps whose experiments reach a coordinate-based estimate: only there do foci matter. */
  private final java.util.Set<String> feedsCoordinateEstimate = new java.util.HashSet<>();

  private void findCoordinateInputs() {
    Map<String, Step> byName = new HashMap<>();
    steps.forEach(s -> byName.put(s.name(), s));
    java.util.Deque<String> todo = new java.util.ArrayDeque<>();
    for (Step.Estimate e : Step.only(Step.Estimate.class, steps)) {
      if (cx.registry.find(e.estimator()) instanceof EstimatorDef def
          && def.dataKind() == EstimatorDef.DataKind.COORDINATES) {
        todo.addAll(e.datasets());
      }
    }
    while (!todo.isEmpty()) {
      String name = todo.pop();
      if (feedsCoordinateEstimate.add(name) && byName.containsKey(name)) {
        todo.addAll(byName.get(name).inputs());
      }
    }
  }

  /**
   * Checks every step against its data.
   *
   * @return the steps, each load with the spaces its file was read in (the plan shows what was
   *     converted); after an error, the steps as given
   */
  List<Step> check() {
    findCoordinateInputs();
    try {
      mask = SpaceMasks.load(space);
    } catch (NiftiException | IllegalArgumentException bad) {
      cx.report(ScriptProblems.unusableMask(spaceSpan, bad.getMessage()));
      return steps;
    }
    StepCheck check = new StepCheck(new ImageDataChecker(cx, mask, space, baseDir));
    List<Step> read = new java.util.ArrayList<>(steps.size());
    java.util.Set<String> failed = new java.util.HashSet<>();
    java.util.Set<String> made = new java.util.HashSet<>();
    for (Step step : steps) {
      // A step reading a failed one (or one an error in the script left unmade) would only echo
      // that error; the others are still checked, so every dataset's problems show at once.
      boolean echo = step.inputs().stream().anyMatch(in -> failed.contains(in) || !made.contains(in));
      Step checked = echo ? null : step.accept(check);
      made.add(step.name());
      if (checked == null) {
        failed.add(step.name());
      }
      read.add(checked == null ? step : checked);
    }
    return failed.isEmpty() ? List.copyOf(read) : steps;
  }

  /**
   * Checks one step against the data: the step as the plan keeps it (a load with the spaces its
   * file was read in), or null when it failed, so that later steps would only echo it.
   */
  private final class StepCheck implements Step.Visitor<Step> {
    private final Map<String, Dataset> datasets = new HashMap<>();
    /** The plan's estimates by name, looked up once per correction rather than searched. */
    private final Map<String, Step.Estimate> estimates = new HashMap<>();
    private final ImageDataChecker images;

    StepCheck(ImageDataChecker images) {
      this.images = images;
      // The first estimate of a name wins, as a search in plan order would find it.
      Step.only(Step.Estimate.class, steps).forEach(e -> estimates.putIfAbsent(e.name(), e));
    }

    public Step load(Step.LoadDataset l) {
      if (!pinsHold(l)) {
        return null; // data other than the protocol names: refuse before reading it
      }
      Dataset d = made(l, true);
      if (d != null) {
        images.checkPaths(l, d);
      }
      return d == null ? null : l.withSpacesRead(SpaceCount.of(d));
    }

    public Step simulate(Step.SimulateDataset step) {
      return made(step, false) == null ? null : step;
    }

    public Step select(Step.SelectDataset step) {
      List<org.nimeta.lang.Diagnostic> problems =
          ConditionFields.check(cx.spanOfStep(step.name()), step.condition(), datasets.get(step.source()));
      if (!problems.isEmpty()) {
        problems.forEach(cx::report);
        return null;
      }
      return made(step, false) == null ? null : step;
    }

    public Step combine(Step.CombineDatasets step) {
      return made(step, false) == null ? null : step;
    }

    public Step transform(Step.TransformImages step) {
      return made(step, false) == null ? null : step;
    }

    public Step estimate(Step.Estimate e) {
      ExperimentChecks.check(cx, e, datasets);
      if (!images.check(e, datasets)) {
        DataChecker.this.estimate(e, datasets);
      }
      return e;
    }

    public Step combineResults(Step.CombineResults step) {
      return step;
    }

    public Step correct(Step.Correct c) {
      PermutationLimits.check(cx, c, estimates.get(c.target()), datasets, images, steps);
      CorrectionDataChecks.check(cx, c, estimates.get(c.target()), datasets);
      return c;
    }

    public Step diagnose(Step.Diagnose step) {
      return step;
    }

    public Step write(Step.WriteOutput step) {
      return step;
    }

    private Dataset made(Step step, boolean fromFile) {
      Dataset d = dataset(step, fromFile, datasets);
      if (d != null) {
        datasets.put(step.name(), d);
        sizes.put(step.name(), DatasetSize.of(d));
      }
      return d;
    }
  }

  /** The size of every dataset {@link #check} made, by step name; meaningful once it found no error. */
  Map<String, DatasetSize> sizes() {
    return java.util.Collections.unmodifiableMap(sizes);
  }

  /** Whether each file a load pins with {@code sha256 =} still has that hash; reports each that does not. */
  private boolean pinsHold(Step.LoadDataset l) {
    List<String> pinned = l.pinned();
    boolean ok = true;
    for (int i = 0; i < pinned.size(); i++) {
      Path file = PinnedInputs.hashedFile(l.files().get(i));
      String actual;
      try {
        actual = Sha256.of(file);
      } catch (java.io.IOException unreadable) {
        continue; // reading the data reports why it cannot be read
      }
      if (!actual.equals(pinned.get(i))) {
        cx.report(PinProblems.changed(l.pins().at().get(i), shown(file), actual, pinned.get(i)));
        ok = false;
      }
    }
    return ok;
  }

  /** @param fromFile a load, whose foci are checked against the mask; else a dataset made from others */
  private Dataset dataset(Step step, boolean fromFile, Map<String, Dataset> done) {
    Span at = cx.spanOfStep(step.name());
    DatasetSteps.Outcome outcome;
    try {
      outcome = DatasetSteps.apply(step, done, mask);
    } catch (SpaceConflictException conflict) {
      String word = conflict.given().scriptWord();
      cx.report(DataProblems.conflictingSpace(at, dataMessage(conflict), word));
      return null;
    } catch (DataException bad) {
      for (DataException problem : bad.all()) {
        cx.report(DataProblems.unusableData(at, dataMessage(problem)));
      }
      return null;
    }
    List<DataWarning> warnings = new java.util.ArrayList<>(outcome.warnings());
    boolean fociMatter = feedsCoordinateEstimate.contains(step.name());
    if (fromFile && fociMatter) {
      FociInMask.warning(FociInMask.outside(outcome.dataset(), mask)).ifPresent(warnings::add);
    }
    for (DataWarning w : warnings) {
      cx.report(DataProblems.dataWarning(warningCode(w), at, w.message()));
    }
    if (outcome.dataset().size() == 0) {
      cx.report(DataProblems.noExperiments(at, fromFile));
      return null;
    }
    List<String> noFoci = outcome.dataset().experiments().stream()
        .filter(x -> x.foci().length == 0).map(Experiment::id).toList();
    if (fromFile && fociMatter && !noFoci.isEmpty() && noFoci.size() < outcome.dataset().size()) {
      cx.report(DataProblems.experimentsWithoutFoci(at, noFoci.size(), ids(noFoci)));
    }
    return outcome.dataset();
  }

  private void estimate(Step.Estimate e, Map<String, Dataset> datasets) {
    Span at = cx.spanOfStep(e.name());
    for (String input : e.datasets()) {
      Dataset d = datasets.get(input);
      if (d == null) {
        continue;
      }
      if (d.fociCount() == 0) {
        cx.report(DataProblems.noFoci(at, e.estimator(), input));
        continue;
      }
      if (kernelNeedsSampleSizes(e.kernel())) {
        List<String> missing = d.missingSampleSizes();
        if (!missing.isEmpty()) {
          cx.report(DataProblems.missingSampleSizes(at, e.kernel().type(), input, missing.size(), ids(missing)));
        }
      }
    }
  }

  /** Whether the kernel takes each experiment's sample size, as its declaration says. */
  private boolean kernelNeedsSampleSizes(KernelConfig k) {
    return k != null && cx.registry.find(k.type()) instanceof KernelDef def && def.readsSampleSizes().test(k);
  }

  private String dataMessage(DataException bad) {
    if (bad.path() == null) {
      return bad.reason();
    }
    String where = shown(bad.path());
    if (bad.line() > 0) {
      where += ":" + bad.line() + (bad.column() > 0 ? ":" + bad.column() : "");
    }
    return "cannot use `" + where + "`: " + bad.reason();
  }

  private String shown(Path p) {
    try {
      return baseDir.relativize(p.toAbsolutePath()).toString().replace('\\', '/');
    } catch (IllegalArgumentException otherRoot) {
      return p.toString();
    }
  }

  private static ErrorCode warningCode(DataWarning w) {
    return switch (w.kind()) {
      case COORDINATE_SPACE -> ErrorCode.UNKNOWN_COORDINATE_SPACE;
      case FOCI_OUTSIDE_MASK -> ErrorCode.FOCI_OUTSIDE_MASK;
      case OTHER -> ErrorCode.DATA_WARNING;
    };
  }

  static String ids(List<String> ids) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < Math.min(ids.size(), IDS_SHOWN); i++) {
      sb.append(i == 0 ? "" : ", ").append('`').append(ids.get(i)).append('`');
    }
    if (ids.size() > IDS_SHOWN) {
      sb.append(" and ").append(ids.size() - IDS_SHOWN).append(" more");
    }
    return sb.toString();
  }
}
