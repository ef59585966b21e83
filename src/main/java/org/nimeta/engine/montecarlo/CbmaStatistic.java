package org.nimeta.engine.montecarlo;

import java.util.Arrays;
import java.util.List;
import org.nimeta.engine.CoordinateExperiment;
import org.nimeta.engine.kernel.KernelTransformer;
import org.nimeta.engine.kernel.MaMaps;

/**
 * A coordinate-based summary statistic whose null distribution can be simulated by placing foci
 * at random: what {@link MonteCarloNull} and {@link MonteCarloFwe} ask of an estimator. Every
 * value must be the estimator's own arithmetic in the estimator's order, so that a random map is
 * bit-identical to what the estimator gives for the same foci.
 *
 * <p>A random map is built experiment by experiment: each voxel starts at
 * {@link #accumulatorStart()}, {@link #addExperiment} folds in one experiment's modeled-activation
 * (MA) values, in experiment order, and {@link #finish} turns the accumulator into the statistic.
 * Voxels an experiment does not reach are not passed to {@code addExperiment}, so folding in an
 * MA of 0 must leave the accumulator exactly as it is. The map loops call these once per
 * experiment of a whole map (or of one evaluated cell of {@link ScreenedMap}), never per voxel:
 * each implementation runs its own loop over the voxels it is given.
 *
 * <p>Implementations sit beside their estimators ({@code cbma.AleStatistic} beside {@code Ale}, ...;
 * the three built-in ones are {@code cbma.CbmaStatistics});
 * a new coordinate estimator gets a Monte Carlo null and FWE by implementing this next to it.
 * Stateless and thread-safe.
 */
public interface CbmaStatistic {

  /** NiMARE's estimator name, for messages. */
  String estimatorName();

  /**
   * Each experiment's weight in the statistic, 1 for every experiment when it has none.
   *
   * @param experiments as the estimator takes them (with foci, in id order). Not modified.
   * @return a new array, one weight per experiment; all 1 unless the statistic weighs experiments
   */
  default double[] weights(List<CoordinateExperiment> experiments, KernelTransformer kernel) {
    double[] ones = new double[experiments.size()];
    Arrays.fill(ones, 1.0);
    return ones;
  }

  /**
   * The observed statistic, with the estimator's own code.
   *
   * @param maps    the experiments' MA maps, in the order of {@code weights}. Not modified.
   * @param weights from {@link #weights}. Not modified.
   * @param out     one value per mask voxel; overwritten
   */
  void statistic(MaMaps maps, double[] weights, double[] out);

  /**
   * The bin centres of the Monte Carlo null histogram (those of the estimator's approximate null).
   *
   * @param maps        the observed MA maps. Not modified.
   * @param experiments the experiments behind {@code maps}, in the same order. Not modified.
   */
  double[] nullBins(MaMaps maps, List<CoordinateExperiment> experiments, KernelTransformer kernel);

  /** A voxel's accumulator before any experiment is folded in (1 for a product, 0 for a sum). */
  double accumulatorStart();

  /**
   * Folds one experiment into the accumulator at {@code voxels[0..count)}.
   *
   * @param accumulator indexed by the entries of {@code voxels}. Modified.
   * @param voxels      indices into {@code accumulator} and {@code ma}. Not modified.
   * @param ma          the experiment's MA value at each of those indices. Not modified.
   * @param weight      the experiment's weight from {@link #weights}
   */
  void addExperiment(double[] accumulator, int[] voxels, int count, double[] ma, double weight);

  /** Turns the accumulator at {@code voxels[0..count)} into the statistic, in place. */
  void finish(double[] accumulator, int[] voxels, int count);

  /**
   * How much one experiment whose MA value at a voxel is {@code ma} can raise the statistic there,
   * at most, whatever the other experiments hold: {@link ScreenedMap}'s bound. Must be linear in
   * {@code ma} and nondecreasing in {@code weight}. For an {@link #additive()} statistic it is the
   * experiment's term exactly.
   */
  double contribution(double ma, double weight);

  /**
   * Whether the statistic is the sum from 0 of its experiments' {@link #contribution}s, added in
   * experiment order with nothing to {@link #finish}: then an experiment whose MA map is one value
   * wherever it reaches (MKDA's union of spheres) is added once per voxel, without its map.
   */
  boolean additive();

  /**
   * Whether the FWE null evaluates this statistic with this kernel only where it can exceed the
   * cluster-forming threshold ({@link ScreenedMap}); otherwise every iteration computes the whole
   * map ({@link NullMap}).
   */
  boolean screens(KernelTransformer kernel);
}
