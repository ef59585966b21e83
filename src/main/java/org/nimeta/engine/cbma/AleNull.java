package org.nimeta.engine.cbma;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import org.nimeta.engine.kernel.MaMaps;
import org.nimeta.engine.stats.NullHistogram;

/**
 * ALE's approximate null distribution (Eickhoff et al. 2012) exactly as NiMARE 0.2.1 builds it
 * ({@code ALE._determine_histogram_bins} and {@code _compute_null_approximate}).
 *
 * <p>Bins: step 1e-5; each experiment's maximum MA value rounded up to the step,
 * {@code max_ale = 1 - prod(1 - max_ma)}, centres {@code round(arange(0, max_ale + 1.5e-5, 1e-5),
 * 5)} = {@code b / 1e5}. Each experiment's in-mask MA values are counted with numpy's histogram
 * on edges equal to the centres plus one more (so a value v falls in bin floor(v / 1e-5)), its
 * zero voxels added to bin 0, and the counts normalised ({@link MaHistogram}). The experiments
 * are then combined one after the other: for every pair of nonzero bins (e of the next
 * experiment, a of the running histogram) the probability {@code h_exp[e] h_ale[a]} goes to bin
 * {@code floor((1 - (1 - c_e)(1 - c_a)) * inv_step)} with {@code inv_step = 1 / (c_1 - c_0)} =
 * 99999.99999999999 in float64, which NiMARE floors rather than rounds.
 *
 * <p>Every bin receives its additions in NiMARE's order ({@code np.add.at} over the outer product,
 * experiment bins outer, running bins inner, both ascending), so the result is bit-identical to
 * NiMARE's. Three things make it fast at tens of thousands of experiments:
 * <ul>
 *   <li>The target of (e, a) is, in exact arithmetic, {@code e + a - e a / 1e5}; unless
 *       {@code e a} is a multiple of 1e5 its distance to the nearest integer is at least 1e-5
 *       bins, far above the float64 error (below 1e-10 bins), so the floor is exactly
 *       {@code e + a - ceil(e a / 1e5)}. For e >= 1 the targets therefore run in segments of
 *       constant offset from a, and each segment is a plain vectorisable
 *       {@code next[a + offset] += p_e h[a]}; only the segment ends where {@code e a} is a multiple
 *       of 1e5, and bin e = 0, are evaluated in float64 as NiMARE does.</li>
 *   <li>The target bins are split into ranges worked on in parallel (targets grow with a, so each
 *       range reads a contiguous run of running bins).</li>
 *   <li>The running histogram is scanned over its whole nonzero range: its interior zero bins add
 *       +0.0, which changes nothing.</li>
 * </ul>
 */
public final class AleNull {
  private static final int INV_STEP_SIZE = 100000;
  /** Target bins per parallel task: large enough that a task outweighs its scheduling. */
  private static final int MIN_CHUNK = 4096;

  private AleNull() {}

  /**
   * The approximate null of the ALE statistic for these MA maps (single-threaded).
   *
   * @param maps       the experiments' MA maps, in NiMARE's order. Not modified.
   * @param maskVoxels number of voxels in the mask (voxels an experiment does not touch count as 0)
   */
  public static NullHistogram approximate(MaMaps maps, int maskVoxels) {
    int n = maps.experimentCount();
    double[] maxima = new double[n];
    List<MaHistogram> hists = new ArrayList<>(n);
    MaHistogram.Builder builder = new MaHistogram.Builder();
    double[] values = new double[0];
    for (int e = 0; e < n; e++) {
      maxima[e] = maps.max(e);
      int count = maps.nonzeroCount(e);
      if (values.length < count) {
        values = new double[count];
      }
      System.arraycopy(maps.values(), maps.start(e), values, 0, count);
      hists.add(builder.build(values, count, maskVoxels));
    }
    return approximate(maxima, hists, 1);
  }

  /**
   * The approximate null from each experiment's largest MA value and MA histogram.
   *
   * @param maxima  per experiment, its largest in-mask MA value. Not modified.
   * @param hists   per experiment, in NiMARE's order. Not modified.
   * @param threads worker threads; the result does not depend on it
   */
  static NullHistogram approximate(double[] maxima, List<MaHistogram> hists, int threads) {
    double[] centres = binCentres(maxima);
    int nBins = centres.length;
    double[] complement = new double[nBins];
    for (int b = 0; b < nBins; b++) {
      complement[b] = 1 - centres[b];
    }
    Convolution c = new Convolution(complement, 1 / (centres[1] - centres[0]));
    double[] ale = new double[nBins];
    MaHistogram first = hists.get(0);
    for (int x = 0; x < first.bins().length; x++) {
      ale[checkedBin(first.bins()[x], nBins)] = first.probability(x);
    }
    int lo = first.bins()[0];
    int hi = first.bins()[first.bins().length - 1];
    double[] next = new double[nBins];
    int dirtyLo = 0; // next holds stale values only in [dirtyLo, dirtyHi]
    int dirtyHi = -1;
    ForkJoinPool pool = threads > 1 ? new ForkJoinPool(threads) : null;
    try {
      for (int e = 1; e < hists.size(); e++) {
        MaHistogram exp = hists.get(e);
        checkedBin(exp.bins()[exp.bins().length - 1], nBins);
        int tLo = c.target(exp.bins()[0], lo);
        int tHi = c.target(exp.bins()[exp.bins().length - 1], hi);
        // stale values outside the targets are cleared here, those inside by the step's tasks
        if (dirtyHi >= dirtyLo) {
          Arrays.fill(next, dirtyLo, Math.max(dirtyLo, Math.min(dirtyHi + 1, tLo)), 0.0);
          Arrays.fill(next, Math.min(dirtyHi + 1, Math.max(dirtyLo, tHi + 1)), dirtyHi + 1, 0.0);
        }
        c.step(exp, ale, lo, hi, next, tLo, tHi + 1, pool, threads);
        double[] swap = ale;
        ale = next;
        next = swap;
        dirtyLo = lo;
        dirtyHi = hi;
        lo = tLo;
        hi = tHi;
        while (lo < hi && ale[lo] == 0) {
          lo++;
        }
        while (hi > lo && ale[hi] == 0) {
          hi--;
        }
      }
    } finally {
      if (pool != null) {
        pool.shutdown();
      }
    }
    return new NullHistogram(centres, ale);
  }

  private static int checkedBin(int bin, int nBins) {
    if (bin >= nBins - 1) {
      throw new IllegalStateException("an MA value above the largest possible ALE value");
    }
    return bin;
  }

  /** Bin centres {@code b / 1e5} up to one step past the largest possible ALE value. */
  public static double[] binCentres(MaMaps maps) {
    double[] maxima = new double[maps.experimentCount()];
    for (int e = 0; e < maxima.length; e++) {
      maxima[e] = maps.max(e);
    }
    return binCentres(maxima);
  }

  private static double[] binCentres(double[] maxima) {
    double product = 1.0;
    for (double max : maxima) {
      double maxMa = Math.ceil(max * INV_STEP_SIZE) / INV_STEP_SIZE;
      product *= 1.0 - maxMa;
    }
    double maxPossibleAle = 1.0 - product;
    double step = 1.0 / INV_STEP_SIZE;
    int n = (int) Math.ceil((maxPossibleAle + 1.5 * step) / step);
    double[] centres = new double[n];
    for (int b = 0; b < n; b++) {
      centres[b] = b / (double) INV_STEP_SIZE;
    }
    return centres;
  }

  /** One combination step, target range by target range. */
  private record Convolution(double[] complement, double invStep) {

    /** The bin that (experiment bin e, running bin a) goes to; nondecreasing in a. */
    int target(int e, int a) {
      return (int) ((1 - complement[e] * complement[a]) * invStep);
    }

    /** Sets {@code next[from, to)} to every contribution with a target there, added in NiMARE's order. */
    void step(MaHistogram exp, double[] ale, int lo, int hi, double[] next, int from, int to,
        ForkJoinPool pool, int threads) {
      int length = to - from;
      int chunks = pool == null ? 1 : Math.max(1, Math.min(4 * threads, length / MIN_CHUNK));
      if (chunks == 1) {
        range(exp, ale, lo, hi, next, from, to);
        return;
      }
      List<Callable<Void>> tasks = new ArrayList<>(chunks);
      for (int k = 0; k < chunks; k++) {
        int c0 = from + (int) ((long) length * k / chunks);
        int c1 = from + (int) ((long) length * (k + 1) / chunks);
        tasks.add(() -> {
          range(exp, ale, lo, hi, next, c0, c1);
          return null;
        });
      }
      try {
        for (Future<Void> f : pool.invokeAll(tasks)) {
          f.get();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while building the ALE null", e);
      } catch (ExecutionException e) {
        throw new IllegalStateException(e.getCause());
      }
    }

    private void range(MaHistogram exp, double[] ale, int lo, int hi, double[] next, int from, int to) {
      Arrays.fill(next, from, to, 0.0);
      int[] bins = exp.bins();
      for (int x = 0; x < bins.length; x++) {
        int e = bins[x];
        double pe = exp.probability(x);
        int aEnd = firstReaching(e, lo, hi + 1, to);
        int a = firstReaching(e, lo, hi + 1, from);
        if (e == 0) { // 1 - (1 - c_a) rounds either way: no regular pattern, use the float target
          for (; a < aEnd; a++) {
            next[target(0, a)] += pe * ale[a];
          }
          continue;
        }
        while (a < aEnd) {
          // a lies in segment q = ceil(e a / 1e5), whose targets are a + e - q, up to its last a
          long q = ((long) e * a + INV_STEP_SIZE - 1) / INV_STEP_SIZE;
          int last = (int) Math.min(aEnd - 1L, q * INV_STEP_SIZE / e);
          boolean onBoundary = (long) e * last == q * INV_STEP_SIZE; // exact target: float decides
          int offset = e - (int) q;
          int end = onBoundary ? last : last + 1;
          for (int b = a; b < end; b++) {
            next[b + offset] += pe * ale[b];
          }
          if (onBoundary) {
            next[target(e, last)] += pe * ale[last];
          }
          a = last + 1;
        }
      }
    }

    /**
     * The first a in [lo, end) whose target is at least {@code t}, or end: from the exact-arithmetic
     * inverse {@code a = (t - e) / (1 - e / 1e5)}, then corrected step by step with the float64
     * targets (a few steps at most).
     */
    private int firstReaching(int e, int lo, int end, int t) {
      double guess = (t - e) / (1 - e / (double) INV_STEP_SIZE);
      int a = (int) Math.max(lo, Math.min(end, Math.ceil(guess)));
      while (a < end && target(e, a) < t) {
        a++;
      }
      while (a > lo && target(e, a - 1) >= t) {
        a--;
      }
      return a;
    }
  }
}
