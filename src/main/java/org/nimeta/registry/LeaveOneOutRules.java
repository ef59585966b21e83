package org.nimeta.registry;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.nimeta.data.DataException;
import org.nimeta.engine.CoordinateExperiment;
import org.nimeta.engine.MetaResult;
import org.nimeta.engine.cbma.CbmaStatistics;
import org.nimeta.engine.diagnostics.CbmaLeaveOneOut;
import org.nimeta.engine.diagnostics.IbmaLeaveOneOut;
import org.nimeta.engine.diagnostics.Jackknife;
import org.nimeta.engine.diagnostics.PairwiseLeaveOneOut;
import org.nimeta.engine.ibma.IbmaEstimator;
import org.nimeta.engine.ibma.IbmaInputException;
import org.nimeta.registry.EstimatorHooks.LeaveOneOutRule;

/** The leave-one-out rules of the built-in estimators ({@link EstimatorDef#leaveOneOut()}). */
final class LeaveOneOutRules {
  private LeaveOneOutRules() {}

  /** A coordinate-based statistic (ALE, MKDADensity, KDA, and SCALE's ALE): its own accumulation. */
  static LeaveOneOutRule coordinates(MonteCarloStatistic statistic) {
    return (in, result, group) -> new CbmaLeaveOneOut(experiments(in, 0), statistic.kernel().apply(in.kernel()),
        in.mask(), statistic.statistic());
  }

  /** ALESubtraction: ALE of the first group minus ALE of the second, one group without an experiment. */
  static final LeaveOneOutRule ALE_DIFFERENCE = (in, result, group) -> new PairwiseLeaveOneOut(
      new CbmaLeaveOneOut(experiments(in, 0), Kernels.ale(in.kernel()), in.mask(), CbmaStatistics.ALE),
      new CbmaLeaveOneOut(experiments(in, 1), Kernels.ale(in.kernel()), in.mask(), CbmaStatistics.ALE),
      group, PairwiseLeaveOneOut.DIFFERENCE);

  /** MKDAChi2's association z from the two groups' counts of active experiments. */
  static final LeaveOneOutRule ASSOCIATION = (in, result, group) -> new PairwiseLeaveOneOut(
      new CbmaLeaveOneOut(experiments(in, 0), Kernels.mkda(in.kernel()), in.mask(), CbmaStatistics.KDA),
      new CbmaLeaveOneOut(experiments(in, 1), Kernels.mkda(in.kernel()), in.mask(), CbmaStatistics.KDA),
      group, PairwiseLeaveOneOut.ASSOCIATION);

  /** An image-based estimator: its voxelwise fit on the cluster voxels, without one study. */
  static LeaveOneOutRule images(Function<Map<String, Value>, IbmaEstimator> engine) {
    return (in, result, group) -> {
      IbmaEstimator estimator = engine.apply(in.params());
      @SuppressWarnings("unchecked") // IbmaEstimator.fit's table of the studies used
      List<String> used = (List<String>) result.tables().get("studies");
      try {
        return new IbmaLeaveOneOut(estimator, IbmaInputs.load(in.datasets().get(0), estimator, in.mask()).data(),
            ImageEstimators.masking(in.params()), used, Jackknife.valueMap(result.mapNames()));
      } catch (IbmaInputException bad) {
        throw new DataException(bad.getMessage());
      }
    };
  }

  /**
   * The experiments of dataset {@code which} as a coordinate-based estimator takes them: those
   * with foci, in id order (NiMARE's {@code inputs_}, the rows of its diagnostics tables).
   */
  static List<CoordinateExperiment> experiments(EstimatorInput in, int which) {
    return CoordinateExperiment.listFrom(in.datasets().get(which), in.mask()).stream()
        .filter(e -> e.fociCount() > 0).sorted(Comparator.comparing(CoordinateExperiment::id)).toList();
  }
}
