package org.nimeta.engine.diagnostics;

import java.util.ArrayList;
import java.util.List;
import org.nimeta.engine.CoordinateExperiment;
import org.nimeta.engine.ParallelIterations;
import org.nimeta.engine.Progress;
import org.nimeta.engine.cluster.ClusterLabeler;
import org.nimeta.engine.cluster.FaceNeighbours;
import org.nimeta.engine.kernel.KernelTransformer;
import org.nimeta.engine.kernel.MaMaps;
import org.nimeta.engine.montecarlo.CbmaStatistic;
import org.nimeta.engine.stats.NullHistogram;
import org.nimeta.engine.stats.PToZ;
import org.nimeta.image.Mask;

/**
 * NiMARE main's {@code ResampledStability} for a coordinate-based estimate
 * ({@code _cbma_subset_stability}): how often each voxel is in a surviving cluster when the
 * estimate is recomputed on subsets of its experiments.
 *
 * <p>Each replicate is the statistic of its subset's MA maps, turned into z with the full
 * dataset's approximate null (NiMARE reuses that null for every subset, as JALE does), cut at
 * {@code z > isf(voxel_thresh)}; its face-connected clusters of more than the cluster-size
 * threshold voxels are its support. The threshold is the {@code 1 - alpha} percentile (numpy's
 * linear rule) of a Monte Carlo null of the largest cluster of random data sets of
 * {@code target_n} experiments ({@link StabilityNull}). The map is the fraction of replicates whose
 * support holds the voxel.
 */
public final class ResampledStability {
  private ResampledStability() {}

  /**
   * What the replicates found.
   *
   * @param stability per in-mask voxel, the fraction of replicates whose support holds it
   * @param survived  per cluster of the given labels (index c - 1), in how many replicates some
   *                  voxel of it was in the support
   * @param peak      per cluster, the stability at its voxel of largest target value
   * @param replicates the number of replicates
   */
  public record Outcome(double[] stability, int[] survived, double[] peak, int replicates) {}

  /** The experiments, their kernel and statistic, the full data's null: what every replicate shares. */
  public record Estimate(List<CoordinateExperiment> experiments, KernelTransformer kernel, CbmaStatistic statistic,
      NullHistogram fullNull, Mask mask) {
    public Estimate {
      experiments = List.copyOf(experiments);
    }
  }

  /**
   * Runs the replicates.
   *
   * @param subsets              per replicate, the indices of the experiments it keeps (ascending)
   * @param voxelThresh          the cluster-forming p
   * @param clusterSizeThreshold a cluster survives with more voxels than this
   * @param labels               per in-mask voxel a cluster of the target (1..clusters) or 0. Not modified.
   * @param target               the target map whose peaks {@link Outcome#peak} reads. Not modified.
   * @param threads              the result does not depend on it
   */
  public static Outcome run(Estimate estimate, List<int[]> subsets, double voxelThresh, double clusterSizeThreshold,
      int[] labels, int clusters, double[] target, int threads, Progress progress) {
    Mask mask = estimate.mask();
    FaceNeighbours neighbours = FaceNeighbours.of(mask);
    double zCut = PToZ.oneTailed(voxelThresh);
    List<Replicate> workers = ParallelIterations.run(subsets.size(), threads, progress,
        t -> new Replicate(estimate, neighbours, subsets, zCut, clusterSizeThreshold, labels, clusters));
    int[] counts = new int[mask.size()];
    int[] survived = new int[clusters];
    for (Replicate w : workers) {
      for (int m = 0; m < counts.length; m++) {
        counts[m] += w.counts[m];
      }
      for (int c = 0; c < clusters; c++) {
        survived[c] += w.survived[c];
      }
    }
    double[] stability = new double[counts.length];
    for (int m = 0; m < counts.length; m++) {
      // NiMARE sums float64 supports, divides, then stores float32
      stability[m] = (float) (counts[m] / (double) subsets.size());
    }
    return new Outcome(stability, survived, peaks(stability, labels, clusters, target), subsets.size());
  }

  private static double[] peaks(double[] stability, int[] labels, int clusters, double[] target) {
    double[] best = new double[clusters];
    double[] peak = new double[clusters];
    java.util.Arrays.fill(best, Double.NEGATIVE_INFINITY);
    for (int m = 0; m < labels.length; m++) {
      int c = labels[m] - 1;
      if (c >= 0 && Math.abs(target[m]) > best[c]) {
        best[c] = Math.abs(target[m]);
        peak[c] = stability[m];
      }
    }
    return peak;
  }

  /** One thread's buffers and tallies (sums of whole counts, so any thread count gives the same). */
  private static final class Replicate implements ParallelIterations.Worker {
    private final Estimate estimate;
    private final List<int[]> subsets;
    private final double zCut;
    private final double sizeThreshold;
    private final int[] labels;
    private final ClusterLabeler labeler;
    private final MaMaps maps;
    private final double[] stat;
    final int[] counts;
    final int[] survived;
    private final boolean[] hit;

    Replicate(Estimate estimate, FaceNeighbours neighbours, List<int[]> subsets, double zCut, double sizeThreshold,
        int[] labels, int clusters) {
      this.estimate = estimate;
      this.subsets = subsets;
      this.zCut = zCut;
      this.sizeThreshold = sizeThreshold;
      this.labels = labels;
      this.labeler = new ClusterLabeler(neighbours);
      this.maps = new MaMaps(estimate.mask());
      this.stat = new double[estimate.mask().size()];
      this.counts = new int[stat.length];
      this.survived = new int[clusters];
      this.hit = new boolean[clusters];
    }

    @Override
    public void run(int replicate) {
      List<CoordinateExperiment> kept = new ArrayList<>();
      maps.clear();
      for (int e : subsets.get(replicate)) {
        CoordinateExperiment x = estimate.experiments().get(e);
        kept.add(x);
        maps.add(estimate.kernel(), x.ijk(), x.fociCount(), x.sampleSize());
      }
      estimate.statistic().statistic(maps, estimate.statistic().weights(kept, estimate.kernel()), stat);
      double[] z = PToZ.oneTailed(estimate.fullNull().pValues(stat));
      int found = labeler.labelAll(z, zCut);
      java.util.Arrays.fill(hit, false);
      for (int m = 0; m < z.length; m++) {
        int c = labeler.labelOf(m);
        if (c >= 0 && c < found && labeler.size(c) > sizeThreshold) {
          counts[m]++;
          if (labels[m] > 0) {
            hit[labels[m] - 1] = true;
          }
        }
      }
      for (int c = 0; c < hit.length; c++) {
        survived[c] += hit[c] ? 1 : 0;
      }
    }
  }
}
