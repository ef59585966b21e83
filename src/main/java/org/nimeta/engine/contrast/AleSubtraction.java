package org.nimeta.engine.contrast;

import java.util.Arrays;
import java.util.List;
import org.nimeta.engine.CoordinateExperiment;
import org.nimeta.engine.MetaResult;
import org.nimeta.engine.ParallelIterations;
import org.nimeta.engine.kernel.KernelTransformer;
import org.nimeta.engine.stats.PToZ;
import org.nimeta.image.Mask;

/**
 * ALE subtraction (NiMARE 0.2.1's {@code ALESubtraction}): the difference of two groups' ALE maps
 * tested voxel by voxel against a group-label permutation null, in a two-sided manner for every
 * voxel of the mask.
 *
 * <p>Statistic: {@code d = ALE(group 1) - ALE(group 2)} with {@code ALE = 1 - prod_e (1 - MA_e)},
 * experiments multiplied in id order. Null: the pooled experiments (group 1 then group 2, each in
 * id order) are shuffled, the first n1 form group 1, the rest group 2, and their ALE difference is
 * recomputed (products in shuffled order, as NiMARE's sparse reduction does). Then, per voxel, as
 * NiMARE: {@code p = null_to_p(d, null, "two", symmetric=False)}, {@code z = Φ̄⁻¹(p/2)
 * sign(d - median(null))}, {@code logp = -log10 p}. Voxels no experiment reaches have d = 0 and
 * an all-zero null, hence p = 1 - 1/n_iters, z = 0.
 *
 * <p>NiMARE keeps the whole n_iters x voxels null (on disk); here each thread keeps O(voxels)
 * tallies ({@link DifferenceTally}), which determine the same p and sign exactly.
 */
public final class AleSubtraction {
  public static final String STAT = "stat_desc-group1MinusGroup2";
  public static final String P = "p_desc-group1MinusGroup2";
  public static final String Z = "z_desc-group1MinusGroup2";
  public static final String LOGP = "logp_desc-group1MinusGroup2";

  private AleSubtraction() {}

  /**
   * Fits ALESubtraction. Experiments without foci take no part; each group is sorted by id.
   *
   * @param group1   experiments of the first group. Not modified.
   * @param group2   experiments of the second group. Not modified.
   * @param kernel   NiMARE's default is {@code AleKernel.fromSampleSizes()}
   * @return maps {@link #STAT}, {@link #P}, {@link #Z}, {@link #LOGP}, in that order
   * @throws IllegalArgumentException when a group has no experiment with foci
   */
  public static MetaResult fit(List<CoordinateExperiment> group1, List<CoordinateExperiment> group2,
      KernelTransformer kernel, Mask mask, PermutationSettings settings) {
    PooledMaps pool = PooledMaps.of(group1, group2, kernel, mask);

    double[] observed = new double[pool.supportSize()];
    pool.difference(identity(pool.experimentCount()), new double[observed.length], new double[observed.length],
        observed);

    int n = settings.iterations();
    List<NullWorker> workers = ParallelIterations.run(n, settings.threads(), settings.progress(),
        t -> new NullWorker(pool, observed, settings.shuffle().newShuffler()));
    DifferenceTally tally = workers.get(0).tally;
    for (NullWorker w : workers.subList(1, workers.size())) {
      tally.merge(w.tally);
    }

    int nVoxels = mask.size();
    double[] stat = new double[nVoxels];
    double[] p = new double[nVoxels];
    double[] z = new double[nVoxels];
    double[] logp = new double[nVoxels];
    // Voxels outside the support: d = 0 against an all-zero null (no value below or above).
    DifferenceTally untouched = new DifferenceTally(new double[1]);
    double pUntouched = untouched.twoSidedP(0, n);
    Arrays.fill(p, pUntouched);
    Arrays.fill(z, PToZ.twoTailed(pUntouched) * untouched.medianSign(0, n));
    Arrays.fill(logp, -StrictMath.log10(pUntouched));
    for (int u = 0; u < observed.length; u++) {
      int m = pool.voxel(u);
      stat[m] = observed[u];
      p[m] = tally.twoSidedP(u, n);
      z[m] = PToZ.twoTailed(p[m]) * tally.medianSign(u, n);
      logp[m] = -StrictMath.log10(p[m]);
    }
    return new MetaResult(mask).put(STAT, stat).put(P, p).put(Z, z).put(LOGP, logp);
  }

  static int[] identity(int n) {
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    return order;
  }

  /** One thread's permutations: scratch products and its own tally. */
  private static final class NullWorker implements ParallelIterations.Worker {
    private final PooledMaps pool;
    private final GroupShuffle.Shuffler shuffler;
    private final int[] order;
    private final double[] product1;
    private final double[] product2;
    private final double[] difference;
    final DifferenceTally tally;

    NullWorker(PooledMaps pool, double[] observed, GroupShuffle.Shuffler shuffler) {
      this.pool = pool;
      this.shuffler = shuffler;
      this.order = new int[pool.experimentCount()];
      this.product1 = new double[observed.length];
      this.product2 = new double[observed.length];
      this.difference = new double[observed.length];
      this.tally = new DifferenceTally(observed);
    }

    @Override
    public void run(int iteration) {
      shuffler.permute(iteration, order);
      pool.difference(order, product1, product2, difference);
      for (int u = 0; u < difference.length; u++) {
        tally.record(u, difference[u]);
      }
    }
  }
}
