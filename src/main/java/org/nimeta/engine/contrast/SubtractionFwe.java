package org.nimeta.engine.contrast;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nimeta.engine.CoordinateExperiment;
import org.nimeta.engine.EngineRefusal;
import org.nimeta.engine.ParallelIterations;
import org.nimeta.engine.Progress;
import org.nimeta.engine.cluster.ClusterLabeler;
import org.nimeta.engine.cluster.FaceNeighbours;
import org.nimeta.engine.kernel.KernelTransformer;
import org.nimeta.engine.montecarlo.EmpiricalNull;
import org.nimeta.engine.stats.PToZ;
import org.nimeta.image.Mask;

/**
 * The pairwise Monte Carlo FWE of NiMARE main's {@code ALESubtraction.correct_fwe_montecarlo}:
 * the group labels of the pooled experiments are permuted as for the fit ({@link GroupShuffle}),
 * and each permutation's ALE-difference map gives the largest |difference| (voxel level) and, at a
 * cluster-forming threshold, the largest face-connected cluster's size and mass, positive and
 * negative differences labelled separately (cluster level).
 *
 * <p>As NiMARE, the permutation maps are taken in float32 (NiMARE stores them so), the
 * cluster-forming threshold is the {@code 1 - voxel_thresh} quantile (numpy 2's float32 rule,
 * {@link QuantileIndex}) of |difference| over every permutation and every voxel of the mask, and
 * a voxel joins a cluster
 * when its |difference| is above it. NiMARE keeps the whole {@code n_iters x voxels} matrix for
 * that quantile; here a first pass keeps only the values above it ({@link LargestValues}), and a
 * second pass recomputes the permutations (they depend only on the iteration) to form the
 * clusters, so memory stays O(voxels + n_iters x voxels x voxel_thresh).
 *
 * <p>Corrected maps: voxel level, p of |d| against the max-|d| null; cluster level, every voxel of
 * a cluster of the observed map (cut the same way) gets the p of its cluster's size (mass) against
 * the max-size (max-mass) null, and every other voxel p of 0, i.e. {@code 1 - 1/n}. All p are
 * {@code null_to_p(..., "upper")}, z is two-tailed and takes the sign of the fit's z map, logp is
 * {@code -log10 p}.
 */
public final class SubtractionFwe {
  private static final String SUFFIX = "_corr-FWE_method-montecarlo";
  private static final String CONTRAST = "desc-group1MinusGroup2";
  /** Beyond this many kept values per thread the quantile's memory is refused, not risked. */
  static final long MAX_KEPT_VALUES = 50_000_000L;

  private SubtractionFwe() {}

  /**
   * The null maxima of one correction, one entry per permutation, in permutation order.
   *
   * @param clusterFormingThreshold the |difference| a voxel must exceed to join a cluster; NaN
   *                                when only the voxel level was asked for
   * @param maxClusterSize          null when only the voxel level was asked for
   * @param maxClusterMass          likewise
   */
  public record Null(double clusterFormingThreshold, double[] maxAbsDifference, int[] maxClusterSize,
      double[] maxClusterMass) {
    public boolean hasClusters() {
      return maxClusterSize != null;
    }
  }

  /** The map names NiMARE gives the pairwise corrections, in its order. */
  public static List<String> mapNames(boolean vfweOnly) {
    List<String> names = new ArrayList<>();
    for (String level : vfweOnly ? List.of("_level-voxel")
        : List.of("_level-voxel", "Mass_level-cluster", "Size_level-cluster")) {
      for (String kind : List.of("p_", "z_", "logp_")) {
        names.add(kind + CONTRAST + level + SUFFIX);
      }
    }
    return names;
  }

  /**
   * Draws the null.
   *
   * @param group1      experiments of the first group, as given to {@link AleSubtraction#fit}
   * @param group2      experiments of the second group
   * @param voxelThresh the cluster-forming p, in (0, 1); ignored when {@code vfweOnly}
   * @param settings    permutations (NiMARE's {@code n_iters} of the correction), their stream,
   *                    threads; progress counts both passes
   */
  public static Null simulate(List<CoordinateExperiment> group1, List<CoordinateExperiment> group2,
      KernelTransformer kernel, Mask mask, double voxelThresh, boolean vfweOnly, PermutationSettings settings) {
    if (!vfweOnly && !(voxelThresh > 0 && voxelThresh < 1)) {
      throw new EngineRefusal("The cluster-forming threshold `voxel_thresh` must be a p-value between 0 and 1, not "
          + voxelThresh + ".");
    }
    PooledMaps pool = PooledMaps.of(group1, group2, kernel, mask);
    int n = settings.iterations();
    long cells = (long) n * mask.size();
    QuantileIndex index = QuantileIndex.of(cells, voxelThresh);
    long kept = vfweOnly ? 0 : cells - index.previous();
    if (kept > MAX_KEPT_VALUES) {
      throw new EngineRefusal("The cluster-forming threshold of " + n + " permutations at `voxel_thresh = "
          + voxelThresh + "` needs the largest " + kept + " permutation values, more than nimeta keeps ("
          + MAX_KEPT_VALUES + "); use a smaller `voxel_thresh` or fewer `n_iters`.");
    }
    int passes = vfweOnly ? 1 : 2;
    double[] maxAbs = new double[n];
    List<MaximumWorker> first = ParallelIterations.run(n, settings.threads(), pass(settings.progress(), 0, passes),
        t -> new MaximumWorker(pool, settings.shuffle().newShuffler(), maxAbs, (int) kept));
    if (vfweOnly) {
      return new Null(Double.NaN, maxAbs, null, null);
    }
    LargestValues largest = first.get(0).largest;
    for (MaximumWorker w : first.subList(1, first.size())) {
      largest.merge(w.largest);
    }
    double threshold = index.valueIn(largest.descending());

    int[] maxSize = new int[n];
    double[] maxMass = new double[n];
    FaceNeighbours neighbours = FaceNeighbours.of(mask);
    ParallelIterations.run(n, settings.threads(), pass(settings.progress(), 1, passes),
        t -> new ClusterWorker(pool, settings.shuffle().newShuffler(), neighbours, threshold, maxSize, maxMass));
    return new Null(threshold, maxAbs, maxSize, maxMass);
  }

  /**
   * The corrected maps of the observed contrast against {@code fweNull}, named as NiMARE
   * ({@link #mapNames}), in its order.
   *
   * @param stat the fit's {@code stat_desc-group1MinusGroup2}, per in-mask voxel. Not modified.
   * @param z    the fit's {@code z_desc-group1MinusGroup2}, whose sign the corrected z maps take
   */
  public static Map<String, double[]> maps(double[] stat, double[] z, Mask mask, Null fweNull) {
    int nVoxels = stat.length;
    EmpiricalNull voxelNull = new EmpiricalNull(fweNull.maxAbsDifference());
    double[] voxelP = new double[nVoxels];
    for (int m = 0; m < nVoxels; m++) {
      voxelP[m] = voxelNull.upperP(Math.abs(stat[m]));
    }
    List<String> names = mapNames(!fweNull.hasClusters());
    Map<String, double[]> maps = new LinkedHashMap<>();
    putLevel(maps, names, 0, voxelP, z);
    if (!fweNull.hasClusters()) {
      return maps;
    }
    double[] sizes = new double[fweNull.maxClusterSize().length];
    for (int i = 0; i < sizes.length; i++) {
      sizes[i] = fweNull.maxClusterSize()[i];
    }
    ObservedClusters observed = new ObservedClusters(stat, FaceNeighbours.of(mask), fweNull.clusterFormingThreshold());
    putLevel(maps, names, 3, observed.p(new EmpiricalNull(fweNull.maxClusterMass()), true), z);
    putLevel(maps, names, 6, observed.p(new EmpiricalNull(sizes), false), z);
    return maps;
  }

  private static void putLevel(Map<String, double[]> maps, List<String> names, int at, double[] p, double[] z) {
    double[] signedZ = new double[p.length];
    double[] logp = new double[p.length];
    for (int m = 0; m < p.length; m++) {
      signedZ[m] = PToZ.twoTailed(p[m]) * Math.signum(z[m]);
      logp[m] = -StrictMath.log10(p[m]);
    }
    maps.put(names.get(at), p);
    maps.put(names.get(at + 1), signedZ);
    maps.put(names.get(at + 2), logp);
  }

  /**
   * Where numpy 2 finds the {@code 1 - voxel_thresh} quantile (method "linear") of N float32
   * values: it computes in the array's dtype, so the virtual index {@code h = (N - 1) q} is a
   * float32 product (above 2^24 values it falls on a multiple of 2, 4, …), the value lies between
   * the ascending values at {@code floor(h)} and {@code floor(h) + 1} (both at most N - 1), and
   * numpy's {@code _lerp} interpolates in float32.
   */
  private record QuantileIndex(long previous, long next, float gamma) {
    static QuantileIndex of(long count, double voxelThresh) {
      float q = (float) (1.0 - voxelThresh);
      float h = (float) (count - 1) * q;
      long previous = Math.min((long) Math.floor(h), count - 1);
      long next = Math.min(previous + 1, count - 1);
      return new QuantileIndex(previous, next, h >= count - 1 ? 0f : h - previous);
    }

    /** The quantile, from the largest {@code count - previous} values in descending order. */
    double valueIn(float[] descending) {
      int k = descending.length;
      float a = descending[k - 1];
      float b = descending[(int) (k - 1 - (next - previous))];
      float diff = b - a;
      return gamma >= 0.5f ? b - diff * (1 - gamma) : a + diff * gamma;
    }
  }

  /** Reports pass {@code index} of {@code passes} as one run of {@code passes x total} units. */
  private static Progress pass(Progress progress, int index, int passes) {
    return (done, total) -> progress.update(index * total + done, passes * total);
  }

  /** Pass 1: each permutation's largest |difference|, and the largest values for the quantile. */
  private static final class MaximumWorker implements ParallelIterations.Worker {
    private final Permutations permutations;
    private final double[] maxAbs;
    final LargestValues largest;

    MaximumWorker(PooledMaps pool, GroupShuffle.Shuffler shuffler, double[] maxAbs, int kept) {
      this.permutations = new Permutations(pool, shuffler);
      this.maxAbs = maxAbs;
      this.largest = kept > 0 ? new LargestValues(kept) : null;
    }

    @Override
    public void run(int iteration) {
      float[] values = permutations.absoluteDifference(iteration);
      float max = 0;
      for (float v : values) {
        max = Math.max(max, v);
        if (largest != null && v > 0) {
          largest.offer(v);
        }
      }
      maxAbs[iteration] = max;
    }
  }

  /** Pass 2: each permutation's largest cluster size and mass at the threshold, either sign. */
  private static final class ClusterWorker implements ParallelIterations.Worker {
    private final Permutations permutations;
    private final PooledMaps pool;
    private final ClusterLabeler labeler;
    private final double threshold;
    private final int[] maxSize;
    private final double[] maxMass;
    private final double[] positive;
    private final double[] negative;
    private final int[] support;

    ClusterWorker(PooledMaps pool, GroupShuffle.Shuffler shuffler, FaceNeighbours neighbours, double threshold,
        int[] maxSize, double[] maxMass) {
      this.permutations = new Permutations(pool, shuffler);
      this.pool = pool;
      this.labeler = new ClusterLabeler(neighbours);
      this.threshold = threshold;
      this.maxSize = maxSize;
      this.maxMass = maxMass;
      this.positive = new double[neighbours.voxelCount()];
      this.negative = new double[neighbours.voxelCount()];
      this.support = new int[pool.supportSize()];
      for (int u = 0; u < support.length; u++) {
        support[u] = pool.voxel(u);
      }
    }

    @Override
    public void run(int iteration) {
      float[] difference = permutations.difference(iteration);
      for (int u = 0; u < difference.length; u++) {
        positive[support[u]] = difference[u];
        negative[support[u]] = -difference[u];
      }
      labeler.label(positive, threshold, support, support.length);
      int size = labeler.maxSize();
      double mass = labeler.maxMass();
      labeler.label(negative, threshold, support, support.length);
      maxSize[iteration] = Math.max(size, labeler.maxSize());
      maxMass[iteration] = Math.max(mass, labeler.maxMass());
    }
  }

  /** One thread's permutation maps over the pool's support, in float32 as NiMARE keeps them. */
  private static final class Permutations {
    private final PooledMaps pool;
    private final GroupShuffle.Shuffler shuffler;
    private final int[] order;
    private final double[] product1;
    private final double[] product2;
    private final double[] difference;
    private final float[] rounded;

    Permutations(PooledMaps pool, GroupShuffle.Shuffler shuffler) {
      this.pool = pool;
      this.shuffler = shuffler;
      this.order = new int[pool.experimentCount()];
      this.product1 = new double[pool.supportSize()];
      this.product2 = new double[pool.supportSize()];
      this.difference = new double[pool.supportSize()];
      this.rounded = new float[pool.supportSize()];
    }

    /** Permutation {@code iteration}'s difference per support voxel (reused buffer). */
    float[] difference(int iteration) {
      shuffler.permute(iteration, order);
      pool.difference(order, product1, product2, difference);
      for (int u = 0; u < difference.length; u++) {
        rounded[u] = (float) difference[u];
      }
      return rounded;
    }

    /** Its absolute value (reused buffer). */
    float[] absoluteDifference(int iteration) {
      float[] values = difference(iteration);
      for (int u = 0; u < values.length; u++) {
        values[u] = Math.abs(values[u]);
      }
      return values;
    }
  }

  /**
   * The observed contrast's clusters, as NiMARE forms them: the map in float32, |d| above the
   * threshold, positive and negative differences labelled apart; a cluster's mass is the sum of
   * |d| - threshold over its voxels.
   */
  private static final class ObservedClusters {
    private final int[] clusterOf;
    private final int[] size;
    private final double[] mass;

    ObservedClusters(double[] stat, FaceNeighbours neighbours, double threshold) {
      int n = stat.length;
      double[] positive = new double[n];
      double[] negative = new double[n];
      for (int m = 0; m < n; m++) {
        positive[m] = (float) stat[m];
        negative[m] = -positive[m];
      }
      ClusterLabeler labeler = new ClusterLabeler(neighbours);
      clusterOf = new int[n];
      List<Integer> sizes = new ArrayList<>();
      List<Double> masses = new ArrayList<>();
      for (double[] values : List.of(positive, negative)) {
        int offset = sizes.size();
        int count = labeler.labelAll(values, threshold);
        for (int c = 0; c < count; c++) {
          sizes.add(labeler.size(c));
          masses.add(labeler.mass(c));
        }
        for (int m = 0; m < n; m++) {
          int c = labeler.labelOf(m);
          if (c >= 0) {
            clusterOf[m] = offset + c + 1;
          }
        }
      }
      size = new int[sizes.size() + 1];
      mass = new double[sizes.size() + 1];
      for (int c = 0; c < sizes.size(); c++) {
        size[c + 1] = sizes.get(c);
        mass[c + 1] = masses.get(c);
      }
    }

    /** Each voxel's p: its cluster's mass (or size) against {@code nullOf}; outside clusters, that of 0. */
    double[] p(EmpiricalNull nullOf, boolean byMass) {
      double[] clusterP = new double[size.length];
      for (int c = 0; c < size.length; c++) {
        clusterP[c] = nullOf.upperP(byMass ? mass[c] : size[c]);
      }
      double[] p = new double[clusterOf.length];
      for (int m = 0; m < p.length; m++) {
        p[m] = clusterP[clusterOf[m]];
      }
      return p;
    }
  }
}
