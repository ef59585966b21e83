package org.nimeta.engine.montecarlo;

import java.util.Arrays;
import java.util.List;
import org.nimeta.engine.CoordinateExperiment;
import org.nimeta.engine.MetaResult;
import org.nimeta.engine.ParallelIterations;
import org.nimeta.engine.Progress;
import org.nimeta.engine.cluster.ClusterLabeler;
import org.nimeta.engine.cluster.FaceNeighbours;
import org.nimeta.engine.correct.VoxelCorrector;
import org.nimeta.engine.kernel.KernelTransformer;

/**
 * NiMARE's {@code FWECorrector(method="montecarlo")} for ALE, MKDADensity and KDA
 * ({@code CBMAEstimator.correct_fwe_montecarlo}).
 *
 * <p>The cluster-forming threshold is the statistic at {@code voxel_thresh} under the estimator's
 * uncorrected null ({@link ClusterFormingThreshold}). Each iteration puts every focus on a random
 * in-mask voxel ({@link NullModel}), recomputes the statistic map and records its maximum and,
 * among the voxels above the threshold, the largest face-connected cluster's size and mass
 * ({@link FweNull}). The corrected maps follow from the observed statistic and those nulls
 * ({@link FweMaps}).
 *
 * <p>Work per iteration grows with the number of foci times the kernel size, not with the number
 * of experiments times the volume: the statistic is computed exactly only where it can exceed the
 * threshold or be the maximum ({@link ScreenedMap}; other estimator and kernel combinations build
 * sparse MA maps, {@link NullMap}), and clusters are searched only among voxels above the
 * threshold. Each thread owns its buffers; nothing is allocated per iteration.
 */
public final class MonteCarloFwe {
  private MonteCarloFwe() {}

  /**
   * Corrects a fitted estimate.
   *
   * @param fitted      the estimator's result: map {@code stat} and its uncorrected null tables
   * @param experiments the experiments it was fitted on (as given to the estimator). Not modified.
   * @param kernel      the kernel it was fitted with
   * @param statistic   which estimator it was
   * @param voxelThresh the cluster-forming p (NiMARE's default 0.001)
   * @param options     iterations (NiMARE's default 10000), seed, threads
   * @return a new result with the fitted maps and tables, the six corrected maps named as NiMARE
   *     ({@link FweMaps}) and the null as table {@link FweNull#TABLE}
   */
  public static MetaResult correct(MetaResult fitted, List<CoordinateExperiment> experiments,
      KernelTransformer kernel, CbmaStatistic statistic, double voxelThresh, MonteCarloOptions options,
      Progress progress) {
    double threshold = ClusterFormingThreshold.of(fitted, voxelThresh);
    FaceNeighbours neighbours = FaceNeighbours.of(fitted.mask());
    FweNull fweNull = simulate(experiments, kernel, neighbours, statistic, threshold, options, progress);
    MetaResult out = VoxelCorrector.copy(fitted);
    FweMaps.compute(fitted.map("stat"), neighbours, fweNull).forEach(out::put);
    out.putTable(FweNull.TABLE, fweNull);
    return out;
  }

  /**
   * The null distributions alone: for each iteration the maximum statistic and the largest cluster
   * size and mass at {@code threshold}.
   *
   * @param experiments as given to the estimator. Not modified.
   * @param neighbours  the face neighbours of the analysis mask
   * @param options     also where finished iterations are saved every so often, and found again
   *                    by a run that continues them ({@link Checkpoints})
   */
  public static FweNull simulate(List<CoordinateExperiment> experiments, KernelTransformer kernel,
      FaceNeighbours neighbours, CbmaStatistic statistic, double threshold, MonteCarloOptions options,
      Progress progress) {
    NullModel model = new NullModel(experiments, kernel, neighbours.mask(), statistic, options.seed());
    boolean screened = ScreenedMap.appliesTo(model);
    int n = options.iterations();
    double[] maxStat = new double[n];
    int[] maxSize = new int[n];
    double[] maxMass = new double[n];
    Checkpoints checkpoints = options.checkpoints();
    String stream = stream(statistic, threshold);
    int from = restore(checkpoints.restore(stream, n), maxStat, maxSize, maxMass);
    if (from < n) {
      int[] saved = {from};
      ParallelIterations.run(from, n, options.threads(), progress, t -> new Worker(
          screened ? new ScreenedMap(model, threshold) : new NullMap(model, threshold), new ClusterLabeler(neighbours),
          threshold, maxStat, maxSize, maxMass), done -> {
            if (checkpoints.keeps() && (done == n || checkpoints.due(done, saved[0]))) {
              checkpoints.save(stream, checkpoint(done, maxStat, maxSize, maxMass));
              saved[0] = done;
            }
          });
    } else {
      progress.update(n, n);
    }
    return new FweNull(threshold, maxStat, maxSize, maxMass);
  }

  /**
   * What an FWE null's iterations depend on beyond the estimate and the seed: the statistic and
   * the cluster-forming threshold (exactly, as its bits).
   */
  private static String stream(CbmaStatistic statistic, double threshold) {
    return "fwe-montecarlo " + statistic.estimatorName() + " threshold " + Double.toHexString(threshold);
  }

  /** Copies a checkpoint's iterations into the null's arrays; returns how many it holds (0 for none). */
  private static int restore(Checkpoints.Checkpoint saved, double[] maxStat, int[] maxSize, double[] maxMass) {
    if (saved == null) {
      return 0;
    }
    int k = saved.iterations();
    double[][] c = saved.columns();
    System.arraycopy(c[0], 0, maxStat, 0, k);
    for (int i = 0; i < k; i++) {
      maxSize[i] = (int) c[1][i];
    }
    System.arraycopy(c[2], 0, maxMass, 0, k);
    return k;
  }

  /** The first {@code done} iterations, copied (the workers go on writing the arrays). */
  private static Checkpoints.Checkpoint checkpoint(int done, double[] maxStat, int[] maxSize, double[] maxMass) {
    double[] sizes = new double[done];
    for (int i = 0; i < done; i++) {
      sizes[i] = maxSize[i];
    }
    return new Checkpoints.Checkpoint(done,
        new double[][] {Arrays.copyOf(maxStat, done), sizes, Arrays.copyOf(maxMass, done)}, false);
  }

  /** One thread's random map and cluster labeler; writes iteration i's maxima at index i. */
  private record Worker(RandomStatisticMap map, ClusterLabeler labeler, double threshold, double[] maxStat,
      int[] maxSize, double[] maxMass) implements ParallelIterations.Worker {
    @Override
    public void run(int iteration) {
      map.compute(iteration);
      maxStat[iteration] = map.max();
      labeler.label(map.values(), threshold, map.voxels(), map.voxelCount());
      maxSize[iteration] = labeler.maxSize();
      maxMass[iteration] = labeler.maxMass();
      map.clear();
    }
  }
}
