package org.nimeta.compile;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.nimeta.data.Dataset;
import org.nimeta.data.Experiment;
import org.nimeta.registry.EstimatorDef;
import org.nimeta.registry.EstimatorHooks;
import org.nimeta.registry.EstimatorHooks.RecommendedExperiments;

/**
 * Advice on the experiments an estimate reads, once the data's headers are known: fewer than its
 * declaration recommends ({@link EstimatorDef#recommendedExperiments()}, W0112), and the two
 * groups of a contrast sharing experiments (W0113). Both point at the dataset argument concerned.
 */
final class ExperimentChecks {
  /** How many shared experiment ids the message lists. */
  static final int SHARED_SHOWN = 3;
  /** A dataset argument written as a name, which the help can subtract from the other without brackets. */
  private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private ExperimentChecks() {}

  /** @param datasets the checked datasets by step name (a dataset that failed is absent) */
  static void check(CompileContext cx, Step.Estimate e, Map<String, Dataset> datasets) {
    if (!(cx.registry.find(e.estimator()) instanceof EstimatorDef def)) {
      return;
    }
    // The positional datasets come first; extra inputs (SCALE's base pool) are not groups.
    List<Dataset> groups = new ArrayList<>();
    for (int i = 0; i < def.datasets() && i < e.datasets().size(); i++) {
      groups.add(datasets.get(e.datasets().get(i)));
    }
    recommended(cx, e, def, groups);
    refusedByGroups(cx, e, def, groups);
    if (groups.size() == 2 && groups.get(0) != null && groups.get(1) != null) {
      shared(cx, e, groups.get(0), groups.get(1));
    }
  }

  private static void recommended(CompileContext cx, Step.Estimate e, EstimatorDef def, List<Dataset> groups) {
    RecommendedExperiments advice = def.recommendedExperiments();
    if (advice == null) {
      return;
    }
    for (int i = 0; i < groups.size(); i++) {
      Dataset d = groups.get(i);
      if (d == null || d.fociCount() == 0) {
        continue; // unreadable, or without foci: reported as such
      }
      // Experiments without foci add nothing to the statistic, so they do not count.
      int experiments = (int) d.experiments().stream().filter(x -> x.foci().length > 0).count();
      if (experiments < advice.atLeast()) {
        cx.report(ExperimentProblems.fewerThanRecommended(cx.spanOfDatasetArgument(e.name(), i), e.estimator(),
            experiments, groups.size() > 1, advice));
      }
    }
  }

  private static void refusedByGroups(CompileContext cx, Step.Estimate e, EstimatorDef def, List<Dataset> groups) {
    List<Integer> experiments = new ArrayList<>();
    for (Dataset d : groups) {
      experiments.add(d == null ? null : (int) d.experiments().stream().filter(x -> x.foci().length > 0).count());
    }
    EstimatorHooks.Finding refused = def.groupCheck().check(e.params(), experiments);
    if (refused != null) {
      cx.report(EstimatorCheckProblems.refusedByGroups(cx.spanOfStep(e.name()), refused));
    }
  }

  private static void shared(CompileContext cx, Step.Estimate e, Dataset first, Dataset second) {
    Set<String> inFirst = new HashSet<>();
    first.experiments().forEach(x -> inFirst.add(x.id()));
    List<String> both = second.experiments().stream().map(Experiment::id).filter(inFirst::contains).toList();
    if (both.isEmpty()) {
      return;
    }
    String shown = String.join(", ", both.stream().limit(SHARED_SHOWN).map(id -> "`" + id + "`").toList())
        + (both.size() > SHARED_SHOWN ? " and " + (both.size() - SHARED_SHOWN) + " more" : "");
    String a = cx.spanOfDatasetArgument(e.name(), 0).text();
    String b = cx.spanOfDatasetArgument(e.name(), 1).text();
    String tidied = PLAIN_NAME.matcher(a).matches() && PLAIN_NAME.matcher(b).matches() ? b + " - " + a : null;
    cx.report(ExperimentProblems.sharedExperiments(cx.spanOfDatasetArgument(e.name(), 1), e.estimator(),
        both.size(), shown, tidied));
  }
}
