package org.nimeta.engine.contrast;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nimeta.engine.CoordinateExperiment;
import org.nimeta.engine.CoordinateInputs;
import org.nimeta.engine.EngineRefusal;
import org.nimeta.engine.MetaResult;
import org.nimeta.engine.ParallelIterations;
import org.nimeta.engine.Progress;
import org.nimeta.engine.cluster.FaceNeighbours;
import org.nimeta.engine.kernel.KernelTransformer;
import org.nimeta.engine.kernel.MaMaps;
import org.nimeta.engine.montecarlo.SplitMix64;
import org.nimeta.image.Mask;

/**
 * Balanced ALE subtraction (NiMARE main's {@code BalancedALESubtraction}, after JALE's balanced
 * contrast, Frahm et al.): two groups of unequal size compared at a matched size {@code target_n}.
 *
 * <ul>
 *   <li>{@code stat_desc-balancedGroup1MinusGroup2}: on the prior voxels, the mean over
 *       {@code difference_iterations} draws of {@code ALE(target_n of group 1) - ALE(target_n of
 *       group 2)}, each subset drawn without replacement; 0 elsewhere.</li>
 *   <li>{@code p_, z_, logp_desc-balancedGroup1MinusGroup2}: against the per-iteration minima
 *       and maxima over the prior of {@code n_iters} null differences ({@link BalancedNull},
 *       {@link BalancedInference}).</li>
 *   <li>{@code prob_desc-group1}, {@code prob_desc-group2}: each group's probability map
 *       ({@link BalancedGroup}); {@code stat_desc-conjunction} their voxelwise minimum.</li>
 * </ul>
 * Tables {@link #MIN_NULL} and {@link #MAX_NULL} hold the null extrema.
 *
 * <p>Every draw comes from a stream derived from the seed, the phase and the iteration, so the
 * result does not depend on the thread count; the draws differ from NiMARE's (numpy's legacy
 * generator), which is why its maps are matched in distribution, not voxel by voxel. A mean over
 * draws is computed once per distinct subset drawn, weighted by its count.
 */
public final class BalancedAleSubtraction {
  public static final String STAT = "stat_desc-balancedGroup1MinusGroup2";
  public static final String P = "p_desc-balancedGroup1MinusGroup2";
  public static final String Z = "z_desc-balancedGroup1MinusGroup2";
  public static final String LOGP = "logp_desc-balancedGroup1MinusGroup2";
  public static final String CONJUNCTION = "stat_desc-conjunction";
  public static final String PROB_1 = "prob_desc-group1";
  public static final String PROB_2 = "prob_desc-group2";
  public static final String MIN_NULL = "values_desc-balancedMinNull_corr-none";
  public static final String MAX_NULL = "values_desc-balancedMaxNull_corr-none";

  /** Separate streams per phase of the method (arbitrary distinct words). */
  private static final long CLUSTER_NULL = 0x1A;
  private static final long SCHEDULE = 0x2B;
  private static final long OBSERVED = 0x3C;
  private static final long EXTREMA = 0x4D;

  private BalancedAleSubtraction() {}

  /**
   * Fits the balanced subtraction. Experiments without foci take no part; each group is sorted
   * by id.
   *
   * @param prior per mask voxel, whether it belongs to {@code mask_coverage} (random foci land on
   *              these voxels, the difference is computed there). Not modified.
   * @return the maps named in the class comment, in that order, and the two null tables
   * @throws EngineRefusal when {@code target_n} exceeds the smaller group or the prior is empty
   */
  public static MetaResult fit(List<CoordinateExperiment> group1, List<CoordinateExperiment> group2,
      KernelTransformer kernel, Mask mask, boolean[] prior, BalancedSettings settings) {
    List<CoordinateExperiment> first = CoordinateInputs.prepare(group1, kernel, "BalancedALESubtraction (first group)");
    List<CoordinateExperiment> second = CoordinateInputs.prepare(group2, kernel, "BalancedALESubtraction (second group)");
    int smaller = Math.min(first.size(), second.size());
    int target = settings.targetN() == 0 ? smaller : settings.targetN();
    if (target > smaller) {
      throw new EngineRefusal("`target_n` = " + target + " exceeds the smaller group, which has " + smaller
          + " experiments with foci.");
    }
    int[] priorIjk = priorIjk(mask, prior);
    if (priorIjk.length == 0) {
      throw new EngineRefusal("The prior of `mask_coverage` has no voxel inside the mask.");
    }
    FaceNeighbours neighbours = FaceNeighbours.of(mask);
    BalancedGroup g1 = new BalancedGroup(first, kernel, mask, neighbours, settings.voxelThresh());
    BalancedGroup g2 = new BalancedGroup(second, kernel, mask, neighbours, settings.voxelThresh());

    long seed = settings.seed();
    List<int[]> schedule1 = BalancedSubsets.schedule(g1.size(), target, settings.subsamples(),
        new SplitMix64(SplitMix64.streamSeed(seed, SCHEDULE)));
    List<int[]> schedule2 = BalancedSubsets.schedule(g2.size(), target, settings.subsamples(),
        new SplitMix64(SplitMix64.streamSeed(seed, SCHEDULE + 1)));
    int n = settings.iterations();
    Phases phases = new Phases(settings.progress(), 3L * n + schedule1.size() + schedule2.size());

    double[] prob1 = probability(g1, target, priorIjk, schedule1, settings, SplitMix64.streamSeed(seed, CLUSTER_NULL), phases);
    double[] prob2 = probability(g2, target, priorIjk, schedule2, settings, SplitMix64.streamSeed(seed, CLUSTER_NULL + 1), phases);

    MaMaps pooledMaps = MaMaps.of(pooled(first, second), kernel, mask);
    BalancedMaps observedMaps = new BalancedMaps(pooledMaps, prior);
    Difference difference = new Difference(first.size(), second.size(), target, settings.differenceIterations());
    double[] observedSupport = new double[observedMaps.supportSize()];
    difference.mean(observedMaps, BalancedSubsets.identity(first.size() + second.size()),
        new SplitMix64(SplitMix64.streamSeed(seed, OBSERVED)), observedSupport);
    double[] stat = new double[mask.size()];
    for (int u = 0; u < observedSupport.length; u++) {
      stat[observedMaps.voxel(u)] = observedSupport[u];
    }

    double[] minNull = new double[n];
    double[] maxNull = new double[n];
    long extremaSeed = SplitMix64.streamSeed(seed, EXTREMA);
    ParallelIterations.run(n, settings.threads(), phases.next(n), t -> new ExtremaWorker(settings.nullMethod(),
        first, second, kernel, mask, prior, priorIjk, observedMaps, difference, extremaSeed, minNull, maxNull));

    BalancedInference.Maps inference = BalancedInference.of(stat, minNull, maxNull, settings.alpha());
    double[] conjunction = new double[mask.size()];
    for (int m = 0; m < conjunction.length; m++) {
      conjunction[m] = Math.min(prob1[m], prob2[m]);
    }
    return new MetaResult(mask).put(STAT, stat).put(P, inference.p()).put(Z, inference.z())
        .put(LOGP, inference.logp()).put(CONJUNCTION, conjunction).put(PROB_1, prob1).put(PROB_2, prob2)
        .putTable(MIN_NULL, minNull).putTable(MAX_NULL, maxNull);
  }

  private static double[] probability(BalancedGroup group, int target, int[] priorIjk, List<int[]> schedule,
      BalancedSettings settings, long streamSeed, Phases phases) {
    int n = settings.iterations();
    int[] sizes = group.nullClusterSizes(target, priorIjk, n, streamSeed, settings.threads(), phases.next(n));
    double[] asDouble = new double[n];
    for (int i = 0; i < n; i++) {
      asDouble[i] = sizes[i];
    }
    double threshold = BalancedInference.percentile(asDouble, 100.0 * (1.0 - settings.alpha()));
    int[] counts = group.survivalCounts(schedule, threshold, settings.threads(), phases.next(schedule.size()));
    double[] prob = new double[counts.length];
    for (int m = 0; m < prob.length; m++) {
      prob[m] = counts[m] / (double) schedule.size();
    }
    return prob;
  }

  /** The in-mask prior voxels as flat (i, j, k) triplets, in masked-index order. */
  static int[] priorIjk(Mask mask, boolean[] prior) {
    int count = 0;
    for (boolean b : prior) {
      count += b ? 1 : 0;
    }
    int[] ijk = new int[3 * count];
    int k = 0;
    for (int m = 0; m < prior.length; m++) {
      if (prior[m]) {
        System.arraycopy(mask.ijk(m), 0, ijk, 3 * k++, 3);
      }
    }
    return ijk;
  }

  private static List<CoordinateExperiment> pooled(List<CoordinateExperiment> first, List<CoordinateExperiment> second) {
    List<CoordinateExperiment> all = new ArrayList<>(first);
    all.addAll(second);
    return all;
  }

  /**
   * The mean balanced difference: {@code draws} pairs of {@code target}-subsets, one of each
   * group's experiments.
   */
  private record Difference(int n1, int n2, int target, int draws) {
    /**
     * @param order experiment numbers of {@code maps}: group 1 is {@code order[0..n1)}, group 2 the
     *              rest. Not modified.
     * @param out   one value per support voxel of {@code maps}. Overwritten.
     */
    void mean(BalancedMaps maps, int[] order, SplitMix64 random, double[] out) {
      int[] members1 = Arrays.copyOfRange(order, 0, n1);
      int[] members2 = Arrays.copyOfRange(order, n1, n1 + n2);
      // interleaved as NiMARE draws them: group 1's subset, then group 2's, per draw
      Map<BalancedSubsets.Subset, Integer> counted1 = new LinkedHashMap<>();
      Map<BalancedSubsets.Subset, Integer> counted2 = new LinkedHashMap<>();
      int[] pool1 = BalancedSubsets.identity(n1);
      int[] pool2 = BalancedSubsets.identity(n2);
      for (int d = 0; d < draws; d++) {
        counted1.merge(new BalancedSubsets.Subset(BalancedSubsets.draw(pool1, target, random)), 1, Integer::sum);
        counted2.merge(new BalancedSubsets.Subset(BalancedSubsets.draw(pool2, target, random)), 1, Integer::sum);
      }
      Arrays.fill(out, 0.0);
      double[] product = new double[out.length];
      maps.addMeanAle(counted1, members1, draws, 1.0, product, out);
      maps.addMeanAle(counted2, members2, draws, -1.0, product, out);
    }
  }

  /** One thread's null iterations: each a whole balanced difference of null maps, kept as its extrema. */
  private static final class ExtremaWorker implements ParallelIterations.Worker {
    private final BalancedNull method;
    private final List<CoordinateExperiment> first;
    private final List<CoordinateExperiment> second;
    private final KernelTransformer kernel;
    private final boolean[] prior;
    private final int[] priorIjk;
    private final BalancedMaps observedMaps;
    private final Difference difference;
    private final long streamSeed;
    private final double[] minNull;
    private final double[] maxNull;
    private final MaMaps maps;
    private final SplitMix64 random = new SplitMix64(0);
    private final int[] order;
    private final double[] observedScratch;
    private int[] foci = new int[3 * 64];

    ExtremaWorker(BalancedNull method, List<CoordinateExperiment> first, List<CoordinateExperiment> second,
        KernelTransformer kernel, Mask mask, boolean[] prior, int[] priorIjk, BalancedMaps observedMaps,
        Difference difference, long streamSeed, double[] minNull, double[] maxNull) {
      this.method = method;
      this.first = first;
      this.second = second;
      this.kernel = kernel;
      this.prior = prior;
      this.priorIjk = priorIjk;
      this.observedMaps = observedMaps;
      this.difference = difference;
      this.streamSeed = streamSeed;
      this.minNull = minNull;
      this.maxNull = maxNull;
      this.maps = new MaMaps(mask);
      this.order = BalancedSubsets.identity(first.size() + second.size());
      this.observedScratch = new double[observedMaps.supportSize()];
    }

    @Override
    public void run(int iteration) {
      random.reseed(SplitMix64.streamSeed(streamSeed, iteration));
      BalancedMaps nullMaps;
      double[] out;
      if (method == BalancedNull.RANDOM_FOCI) {
        maps.clear();
        int priorVoxels = priorIjk.length / 3;
        for (List<CoordinateExperiment> group : List.of(first, second)) {
          for (CoordinateExperiment e : group) {
            int nFoci = e.fociCount();
            if (foci.length < 3 * nFoci) {
              foci = new int[3 * nFoci];
            }
            for (int f = 0; f < nFoci; f++) {
              System.arraycopy(priorIjk, 3 * random.nextInt(priorVoxels), foci, 3 * f, 3);
            }
            maps.add(kernel, foci, nFoci, e.sampleSize());
          }
        }
        nullMaps = new BalancedMaps(maps, prior);
        out = new double[nullMaps.supportSize()];
        difference.mean(nullMaps, BalancedSubsets.identity(order.length), random, out);
      } else {
        for (int i = 0; i < order.length; i++) { // from the identity, so iteration i alone fixes its draw
          order[i] = i;
        }
        for (int r = order.length - 1; r > 0; r--) {
          int pick = random.nextInt(r + 1);
          int swap = order[r];
          order[r] = order[pick];
          order[pick] = swap;
        }
        nullMaps = observedMaps;
        out = observedScratch;
        difference.mean(nullMaps, order, random, out);
      }
      double lo = Double.POSITIVE_INFINITY;
      double hi = Double.NEGATIVE_INFINITY;
      for (double v : out) {
        lo = Math.min(lo, v);
        hi = Math.max(hi, v);
      }
      if (nullMaps.priorBeyondSupport()) { // those prior voxels have a difference of exactly 0
        lo = Math.min(lo, 0.0);
        hi = Math.max(hi, 0.0);
      }
      minNull[iteration] = lo;
      maxNull[iteration] = hi;
    }
  }

  /** One progress count over the phases, which run one after another. */
  private static final class Phases {
    private final Progress progress;
    private final long total;
    private long offset;

    Phases(Progress progress, long total) {
      this.progress = progress;
      this.total = total;
    }

    Progress next(int units) {
      long start = offset;
      offset += units;
      return (done, all) -> progress.update(start + done, total);
    }
  }
}
