package org.nimeta.engine.contrast;

import java.util.List;
import org.nimeta.engine.CoordinateExperiment;
import org.nimeta.engine.ParallelIterations;
import org.nimeta.engine.Progress;
import org.nimeta.engine.cbma.Ale;
import org.nimeta.engine.cbma.AleNull;
import org.nimeta.engine.cluster.ClusterLabeler;
import org.nimeta.engine.cluster.FaceNeighbours;
import org.nimeta.engine.kernel.KernelTransformer;
import org.nimeta.engine.kernel.MaMaps;
import org.nimeta.engine.montecarlo.SplitMix64;
import org.nimeta.engine.stats.Normal;
import org.nimeta.engine.stats.NullHistogram;
import org.nimeta.engine.stats.PToZ;
import org.nimeta.image.Mask;

/**
 * One group of a balanced subtraction: its experiments (in id order) and its probability map,
 * NiMARE main's {@code BalancedALESubtraction._probabilistic_map}. A subset's ALE is tested with
 * the approximate null of that subset's maps; voxels with {@code z > Φ⁻¹(1 - voxel_thresh)} form
 * face-connected clusters; a cluster counts when its size exceeds the {@code 100 (1 - alpha)}th
 * percentile of the largest null cluster, the null drawing {@code target_n} of the experiments
 * and placing their foci at random prior voxels. The probability map is the fraction of the
 * schedule's subsets in which a voxel lies in a counted cluster.
 */
final class BalancedGroup {
  private final List<CoordinateExperiment> experiments;
  private final KernelTransformer kernel;
  private final Mask mask;
  private final FaceNeighbours neighbours;
  private final double zThreshold;

  /** @param experiments prepared (with foci, id order). Not modified, kept. */
  BalancedGroup(List<CoordinateExperiment> experiments, KernelTransformer kernel, Mask mask,
      FaceNeighbours neighbours, double voxelThresh) {
    this.experiments = experiments;
    this.kernel = kernel;
    this.mask = mask;
    this.neighbours = neighbours;
    this.zThreshold = Normal.ppf(1 - voxelThresh);
  }

  int size() {
    return experiments.size();
  }

  List<CoordinateExperiment> experiments() {
    return experiments;
  }

  /**
   * The largest null cluster of each iteration: {@code target} experiments drawn (all when the
   * group has no more), their foci placed at random voxels of {@code priorIjk}.
   *
   * @param priorIjk flat (i, j, k) triplets of the voxels random foci may land on. Not modified.
   */
  int[] nullClusterSizes(int target, int[] priorIjk, int iterations, long streamSeed, int threads,
      Progress progress) {
    int[] sizes = new int[iterations];
    ParallelIterations.run(iterations, threads, progress, t -> new ClusterNullWorker(target, priorIjk, streamSeed, sizes));
    return sizes;
  }

  /**
   * How many of {@code subsets} put each mask voxel in a cluster larger than {@code
   * clusterThreshold}.
   */
  int[] survivalCounts(List<int[]> subsets, double clusterThreshold, int threads, Progress progress) {
    List<SurvivalWorker> workers = ParallelIterations.run(subsets.size(), threads, progress,
        t -> new SurvivalWorker(subsets, clusterThreshold));
    int[] counts = new int[mask.size()];
    for (SurvivalWorker w : workers) {
      for (int m = 0; m < counts.length; m++) {
        counts[m] += w.counts[m];
      }
    }
    return counts;
  }

  /** The approximate-null z map of an ALE over {@code maps} (NiMARE's {@code _ale_approximate_z_from_ma}). */
  private static void approximateZ(MaMaps maps, double[] stat, double[] z) {
    Ale.statistic(maps, stat);
    NullHistogram nullHistogram = AleNull.approximate(maps, stat.length);
    double[] p = nullHistogram.pValues(stat);
    for (int m = 0; m < z.length; m++) {
      z[m] = PToZ.oneTailed(p[m]);
    }
  }

  private final class ClusterNullWorker implements ParallelIterations.Worker {
    private final int target;
    private final int[] priorIjk;
    private final long streamSeed;
    private final int[] sizes;
    private final MaMaps maps = new MaMaps(mask);
    private final ClusterLabeler labeler = new ClusterLabeler(neighbours);
    private final SplitMix64 random = new SplitMix64(0);
    private final int[] order = BalancedSubsets.identity(experiments.size());
    private final double[] stat = new double[mask.size()];
    private final double[] z = new double[mask.size()];
    private int[] foci = new int[3 * 64];

    ClusterNullWorker(int target, int[] priorIjk, long streamSeed, int[] sizes) {
      this.target = target;
      this.priorIjk = priorIjk;
      this.streamSeed = streamSeed;
      this.sizes = sizes;
    }

    @Override
    public void run(int iteration) {
      random.reseed(SplitMix64.streamSeed(streamSeed, iteration));
      for (int i = 0; i < order.length; i++) { // from the identity, so iteration i alone fixes its draw
        order[i] = i;
      }
      int[] members = target < experiments.size() ? BalancedSubsets.draw(order, target, random)
          : BalancedSubsets.identity(experiments.size());
      maps.clear();
      int priorVoxels = priorIjk.length / 3;
      for (int member : members) {
        CoordinateExperiment e = experiments.get(member);
        int nFoci = e.fociCount();
        if (foci.length < 3 * nFoci) {
          foci = new int[3 * nFoci];
        }
        for (int f = 0; f < nFoci; f++) {
          int v = random.nextInt(priorVoxels);
          System.arraycopy(priorIjk, 3 * v, foci, 3 * f, 3);
        }
        maps.add(kernel, foci, nFoci, e.sampleSize());
      }
      approximateZ(maps, stat, z);
      labeler.labelAll(z, zThreshold);
      sizes[iteration] = labeler.maxSize();
    }
  }

  private final class SurvivalWorker implements ParallelIterations.Worker {
    private final List<int[]> subsets;
    private final double clusterThreshold;
    private final MaMaps maps = new MaMaps(mask);
    private final ClusterLabeler labeler = new ClusterLabeler(neighbours);
    private final double[] stat = new double[mask.size()];
    private final double[] z = new double[mask.size()];
    final int[] counts = new int[mask.size()];

    SurvivalWorker(List<int[]> subsets, double clusterThreshold) {
      this.subsets = subsets;
      this.clusterThreshold = clusterThreshold;
    }

    @Override
    public void run(int iteration) {
      maps.clear();
      for (int member : subsets.get(iteration)) {
        CoordinateExperiment e = experiments.get(member);
        maps.add(kernel, e.ijk(), e.fociCount(), e.sampleSize());
      }
      approximateZ(maps, stat, z);
      int clusters = labeler.labelAll(z, zThreshold);
      if (clusters == 0) {
        return;
      }
      for (int m = 0; m < counts.length; m++) {
        int c = labeler.labelOf(m);
        if (c >= 0 && labeler.size(c) > clusterThreshold) {
          counts[m]++;
        }
      }
    }
  }
}
