package org.nimeta.engine.montecarlo;

import java.util.ArrayList;
import java.util.List;
import org.nimeta.engine.CoordinateExperiment;
import org.nimeta.engine.MetaResult;
import org.nimeta.engine.ParallelIterations;
import org.nimeta.engine.Progress;
import org.nimeta.engine.kernel.KernelTransformer;
import org.nimeta.engine.kernel.MaMaps;
import org.nimeta.engine.stats.NullHistogram;
import org.nimeta.engine.stats.PToZ;
import org.nimeta.image.Mask;

/**
 * The estimators' {@code null_method="montecarlo"} (NiMARE's
 * {@code CBMAEstimator._compute_null_montecarlo}): the uncorrected p of each voxel comes from the
 * statistic values of whole random datasets instead of the approximate null.
 *
 * <p>Each iteration draws random foci as {@link NullModel} describes, computes the statistic map
 * and counts all its in-mask values (zeros included) into the estimator's histogram bins
 * ({@link CbmaStatistic#nullBins}, those of its approximate null: ALE steps of 1e-5 up to the
 * largest possible ALE, MKDADensity 0..number of experiments, KDA steps of the kernel value up to
 * the largest possible sum). The counts summed
 * over iterations are the null histogram; p and z follow from it exactly as from the approximate
 * null ({@link NullHistogram#pValues}, one-tailed z). Counts are integers, so their sum does not
 * depend on the order in which threads finish.
 */
public final class MonteCarloNull {
  /** NiMARE's name of the summed histogram counts ({@code double[]}, one per bin). */
  public static final String WEIGHTS_TABLE = "histweights_corr-none_method-montecarlo";

  private MonteCarloNull() {}

  /**
   * Fits the estimator with a Monte Carlo null.
   *
   * @param experiments not modified
   * @return maps {@code stat}, {@code p}, {@code z}; tables {@link NullHistogram#BINS_TABLE} and
   *     {@link #WEIGHTS_TABLE}
   */
  public static MetaResult fit(List<CoordinateExperiment> experiments, KernelTransformer kernel, Mask mask,
      CbmaStatistic statistic, MonteCarloOptions options, Progress progress) {
    NullModel model = new NullModel(experiments, kernel, mask, statistic, options.seed());
    MaMaps maps = MaMaps.of(model.experiments, kernel, mask);
    double[] stat = new double[mask.size()];
    statistic.statistic(maps, model.weights, stat);
    double[] centres = statistic.nullBins(maps, model.experiments, kernel);
    double[] weights = simulate(model, centres, options, progress);
    double[] p = new NullHistogram(centres, weights).pValues(stat);
    return new MetaResult(mask)
        .put("stat", stat)
        .put("p", p)
        .put("z", PToZ.oneTailed(p))
        .putTable(NullHistogram.BINS_TABLE, centres)
        .putTable(WEIGHTS_TABLE, weights);
  }

  /**
   * The summed counts. With checkpoints, the iterations run in rounds of
   * {@link Checkpoints#interval()} and the counts are saved after each round that is due; without,
   * in one round. Counts are whole numbers far below 2^53, so their sums are exact in any grouping.
   */
  private static double[] simulate(NullModel model, double[] centres, MonteCarloOptions options,
      Progress progress) {
    int n = options.iterations();
    Checkpoints checkpoints = options.checkpoints();
    String stream = "null-histogram " + model.statistic.estimatorName() + " bins " + centres.length + " "
        + Double.toHexString(centres[0]) + " " + Double.toHexString(centres[centres.length - 1]);
    Checkpoints.Checkpoint saved = checkpoints.restore(stream, n);
    double[] restored = saved == null ? new double[centres.length] : saved.columns()[0].clone();
    int from = saved == null ? 0 : saved.iterations();
    if (from == n) {
      progress.update(n, n);
      return restored;
    }
    List<Worker> workers = new ArrayList<>();
    int savedAt = from;
    for (int start = from; start < n; ) {
      int end = (int) Math.min(n, (long) start + checkpoints.interval());
      ParallelIterations.run(start, end, options.threads(), (done, total) -> progress.update(done, n), t -> {
        while (workers.size() <= t) { // one worker per thread, kept across rounds with its buffers
          workers.add(new Worker(new NullMap(model, Double.NaN), new HistogramCounter(centres), model.mask().size()));
        }
        return workers.get(t);
      }, done -> { });
      start = end;
      if (checkpoints.keeps() && (end == n || checkpoints.due(end, savedAt))) {
        checkpoints.save(stream, new Checkpoints.Checkpoint(end, new double[][] {sum(restored, workers)}, true));
        savedAt = end;
      }
    }
    return sum(restored, workers);
  }

  /** {@code base} plus every worker's counts, as a new array. */
  private static double[] sum(double[] base, List<Worker> workers) {
    double[] weights = base.clone();
    for (Worker w : workers) {
      long[] counts = w.counter.counts();
      for (int b = 0; b < weights.length; b++) {
        weights[b] += counts[b];
      }
    }
    return weights;
  }

  /** One thread's random maps and the counts of their values. */
  private record Worker(NullMap map, HistogramCounter counter, int voxels) implements ParallelIterations.Worker {
    @Override
    public void run(int iteration) {
      map.compute(iteration);
      counter.addToBin(0, voxels - map.touchedCount());
      double[] values = map.values();
      int[] touched = map.touched();
      for (int t = 0; t < map.touchedCount(); t++) {
        counter.add(values[touched[t]]);
      }
      map.clear();
    }
  }
}
