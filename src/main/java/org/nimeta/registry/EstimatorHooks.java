package org.nimeta.registry;

import java.util.List;
import java.util.Map;
import org.nimeta.data.Dataset;
import org.nimeta.engine.MetaResult;
import org.nimeta.engine.diagnostics.LeaveOneOut;

/**
 * What the compiler asks an estimator's declaration instead of testing its name: checks and
 * warnings that only one method needs. Each hook answers null when it has nothing to say.
 */
public final class EstimatorHooks {
  private EstimatorHooks() {}

  /**
   * How an estimate's value map is recomputed without one experiment, for {@code Jackknife}: each
   * estimator says it for its own statistic, so no diagnostic refits a whole estimate.
   */
  @FunctionalInterface
  public interface LeaveOneOutRule {
    /**
     * @param result the estimate's maps and tables
     * @param group  whose experiments are left out: 0, or 1 for a contrast's second group
     */
    LeaveOneOut of(EstimatorInput estimate, MetaResult result, int group);
  }

  /** Something the compiler reports at the call: a whole-sentence message and an optional help line. */
  public record Finding(String message, String help) {}

  /** Refuses a seed the estimator cannot use with these parameters (reported as error E0311). */
  @FunctionalInterface
  public interface SeedCheck {
    SeedCheck NONE = (params, seed) -> null;

    Finding check(Map<String, Value> params, long seed);
  }

  /**
   * Refuses parameters the groups cannot satisfy, once the data's headers give each group's
   * experiments with foci (BalancedALESubtraction's {@code target_n}); reported as error E0741.
   */
  @FunctionalInterface
  public interface GroupCheck {
    GroupCheck NONE = (params, experiments) -> null;

    /** @param experiments per dataset argument, its experiments with foci (null where unreadable) */
    Finding check(Map<String, Value> params, List<Integer> experiments);
  }

  /**
   * Warns that the iterations a call asks for cannot reach what its results are read at (an
   * iteration floor); reported as warning W0341 at the call.
   */
  @FunctionalInterface
  public interface IterationAdvice {
    IterationAdvice NONE = params -> null;

    Finding advise(Map<String, Value> params);
  }

  /** Warns about a correction of this estimator that will not do what the script seems to ask (W0109). */
  @FunctionalInterface
  public interface CorrectionAdvice {
    CorrectionAdvice NONE = (correction, correctionParams, estimate) -> null;

    Finding advise(Correction correction, Map<String, Value> correctionParams, Estimate estimate);
  }

  /** Refuses a correction's parameters the estimator cannot honour (reported as error E0712). */
  @FunctionalInterface
  public interface CorrectionCheck {
    CorrectionCheck NONE = (correction, correctionParams) -> null;

    Finding check(Correction correction, Map<String, Value> correctionParams);
  }

  /**
   * The smallest p any correction {@code correction} of the estimate can reach, whatever its
   * iterations, when the permutations under it are few (W0108 when it is not below alpha).
   */
  @FunctionalInterface
  public interface PermutationFloor {
    PermutationFloor NONE = (correction, estimate) -> null;

    Floor of(Correction correction, Estimate estimate);
  }

  /**
   * The fewest experiments each of an estimator's datasets should hold, as its literature
   * recommends (W0112 below it).
   *
   * @param atLeast the recommended minimum, per dataset (per group for a contrast)
   * @param source  who recommends it, as a citation
   * @param why     what goes wrong with fewer, as a clause ("significant clusters are often driven by …")
   */
  public record RecommendedExperiments(int atLeast, String source, String why) {
    public RecommendedExperiments {
      if (atLeast < 1) {
        throw new IllegalArgumentException("a recommended minimum needs at least one experiment, not " + atLeast);
      }
    }
  }

  /** @param why what limits the permutations, as a clause ("`d` uses 3 experiments, which have only 8 sign flips") */
  public record Floor(double smallestP, String why) {}

  /**
   * An estimate as the compiler knows it.
   *
   * @param datasets        its datasets in order once the data is checked (an entry null where a
   *                        dataset could not be read); empty before the data checks
   * @param experimentsUsed how many experiments an image-based estimator uses; null when not known
   */
  public record Estimate(String name, Map<String, Value> params, List<Dataset> datasets, Integer experimentsUsed) {
    public Estimate {
      params = Map.copyOf(params);
      datasets = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(datasets));
    }
  }
}
