package org.nimeta.engine.montecarlo;

import java.util.Arrays;
import java.util.List;
import org.nimeta.engine.CoordinateExperiment;
import org.nimeta.engine.MetaResult;
import org.nimeta.engine.ParallelIterations;
import org.nimeta.engine.Progress;
import org.nimeta.engine.cluster.FaceNeighbours;
import org.nimeta.engine.kernel.KernelTransformer;
import org.nimeta.engine.tfce.HistogramZ;
import org.nimeta.engine.tfce.Tfce;
import org.nimeta.engine.tfce.TfceCutoff;
import org.nimeta.engine.tfce.TfceMaps;
import org.nimeta.engine.tfce.TfceSettings;

/**
 * Family-wise error control of a coordinate-based estimate's TFCE map with a Monte Carlo null of
 * its largest TFCE, as JALE's {@code compute_monte_carlo_null} (with {@code tfce_enabled}) and
 * {@code main_effect} do it: each iteration draws random foci exactly as {@link MonteCarloFwe}'s
 * iteration of the same seed and number does ({@link NullModel}), computes the whole statistic map
 * ({@link NullMap}), turns it into z with the fitted estimate's own null ({@link HistogramZ}) and
 * records the largest {@link Tfce} of that z map. The cutoff is the null's
 * {@code 100 (1 - alpha)}th percentile ({@link TfceCutoff#ofNull}).
 *
 * <p>Unlike voxel- and cluster-level FWE, no screen applies: TFCE sums over every height from
 * {@code max z / steps} up, and about half of a random map's voxels are above that, so every
 * voxel a kernel reaches is computed. Reproducible and thread-invariant as the other Monte Carlo
 * loops; finished iterations are kept in the run's checkpoints.
 */
public final class TfceFwe {
  /** Name of the null's table (the largest TFCE per iteration, {@code double[]}) in the result. */
  public static final String NULL_TABLE = "tfce_null";
  /** Name of the cutoff's table ({@link TfceCutoff}) in the result. */
  public static final String CUTOFF_TABLE = "tfce_cutoff";
  /** The method word of this procedure, in map names. */
  public static final String METHOD = "montecarlo";

  private TfceFwe() {}

  /**
   * Corrects a fitted estimate.
   *
   * @param fitted      the estimator's result: maps {@code stat} and {@code z}, its null tables
   * @param experiments as given to the estimator. Not modified.
   * @param alpha       the family-wise level of the cutoff (JALE's 0.05)
   * @return maps {@code tfce}, {@code tfce_corr-FWE_method-montecarlo} and the p, z, logp maps of
   *     {@link TfceMaps#fromNull}; tables {@link #NULL_TABLE} and {@link #CUTOFF_TABLE}
   */
  public static MetaResult correct(MetaResult fitted, List<CoordinateExperiment> experiments, KernelTransformer kernel,
      CbmaStatistic statistic, TfceSettings settings, double alpha, MonteCarloOptions options, Progress progress) {
    FaceNeighbours neighbours = FaceNeighbours.of(fitted.mask());
    double[] tfce = new Tfce(neighbours, settings).transform(fitted.map("z"));
    double[] maxima = simulate(experiments, kernel, neighbours, statistic,
        HistogramZ.of(fitted.tables(), MonteCarloNull.WEIGHTS_TABLE), settings, options, progress);
    TfceCutoff cutoff = TfceCutoff.ofNull(maxima, alpha, METHOD);
    MetaResult out = new MetaResult(fitted.mask());
    out.put(TfceMaps.TFCE, tfce);
    out.put(TfceMaps.thresholdedName(METHOD), TfceMaps.thresholded(tfce, cutoff));
    TfceMaps.fromNull(tfce, maxima, METHOD).forEach(out::put);
    out.putTable(NULL_TABLE, maxima);
    out.putTable(CUTOFF_TABLE, cutoff);
    return out;
  }

  /**
   * The null alone: the largest TFCE of each iteration's random z map.
   *
   * @param toZ the estimate's statistic-to-z conversion
   */
  public static double[] simulate(List<CoordinateExperiment> experiments, KernelTransformer kernel,
      FaceNeighbours neighbours, CbmaStatistic statistic, HistogramZ toZ, TfceSettings settings,
      MonteCarloOptions options, Progress progress) {
    NullModel model = new NullModel(experiments, kernel, neighbours.mask(), statistic, options.seed());
    int n = options.iterations();
    double[] maxima = new double[n];
    Checkpoints checkpoints = options.checkpoints();
    String stream = "tfce-montecarlo " + statistic.estimatorName() + " E " + Double.toHexString(settings.extent())
        + " H " + Double.toHexString(settings.height()) + " steps " + settings.steps();
    Checkpoints.Checkpoint saved = checkpoints.restore(stream, n);
    int from = 0;
    if (saved != null) {
      from = saved.iterations();
      System.arraycopy(saved.columns()[0], 0, maxima, 0, from);
    }
    if (from < n) {
      int[] savedAt = {from};
      ParallelIterations.run(from, n, options.threads(), progress,
          t -> new Worker(new NullMap(model, Double.NaN), new Tfce(neighbours, settings), toZ,
              new double[neighbours.voxelCount()], maxima), done -> {
            if (checkpoints.keeps() && (done == n || checkpoints.due(done, savedAt[0]))) {
              checkpoints.save(stream, new Checkpoints.Checkpoint(done,
                  new double[][] {Arrays.copyOf(maxima, done)}, false));
              savedAt[0] = done;
            }
          });
    } else {
      progress.update(n, n);
    }
    return maxima;
  }

  /** One thread's random map, its z buffer and TFCE; writes iteration i's largest TFCE at index i. */
  private record Worker(NullMap map, Tfce tfce, HistogramZ toZ, double[] z, double[] maxima)
      implements ParallelIterations.Worker {
    @Override
    public void run(int iteration) {
      map.compute(iteration);
      double[] values = map.values();
      int[] touched = map.touched();
      int count = map.touchedCount();
      for (int t = 0; t < count; t++) {
        int m = touched[t];
        z[m] = toZ.z(values[m]);
      }
      maxima[iteration] = tfce.max(z, touched, count);
      for (int t = 0; t < count; t++) {
        z[touched[t]] = 0;
      }
      map.clear();
    }
  }
}
