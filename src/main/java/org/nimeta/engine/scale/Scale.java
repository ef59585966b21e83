package org.nimeta.engine.scale;

import java.util.List;
import org.nimeta.engine.CoordinateExperiment;
import org.nimeta.engine.MetaResult;
import org.nimeta.engine.ParallelIterations;
import org.nimeta.engine.cbma.Ale;
import org.nimeta.engine.CoordinateInputs;
import org.nimeta.engine.kernel.KernelTransformer;
import org.nimeta.engine.kernel.MaMaps;
import org.nimeta.engine.stats.PToZ;
import org.nimeta.image.Mask;

/**
 * Specific coactivation likelihood estimation (Langner et al. 2014; NiMARE 0.2.1's {@code SCALE}):
 * ALE tested against a voxel-specific null in which every focus is moved to a location drawn from
 * a base-rate pool, so that voxels that are active in many experiments anyway need more
 * convergence to be significant.
 *
 * <p>Statistic: the ALE map of the experiments (id order). Null: each iteration replaces every
 * focus by a pool candidate drawn uniformly with replacement (experiments and sample sizes kept)
 * and recomputes ALE. Per voxel the null values go into a histogram ({@link ScaleHistogram}) and,
 * as NiMARE's {@code nullhist_to_p}, p is the fraction of null values in the observed value's bin
 * or above, at least the smallest nonzero tail (with few iterations this caps z: 50 iterations
 * allow p >= 0.02); z is one-tailed; {@code logp = -log10 p}.
 *
 * <p>NiMARE stores the n_iters x voxels null; here each thread keeps an O(voxels)
 * {@link ScaleTally}, which gives the same p. NiMARE normalises the histogram bin by bin in
 * floating point; we divide the counts once, so p can differ from NiMARE's in the last bits.
 */
public final class Scale {
  private Scale() {}

  /**
   * Fits SCALE. Experiments without foci take no part; the rest are taken in id order (their
   * foci, in order, are the rows NiMARE's draws refer to).
   *
   * @param experiments not modified
   * @param kernel      NiMARE's default is {@code AleKernel.fromSampleSizes()}
   * @param base        the candidate locations (NiMARE's {@code xyz})
   * @return maps {@code stat}, {@code logp}, {@code z}, in NiMARE's order
   */
  public static MetaResult fit(List<CoordinateExperiment> experiments, KernelTransformer kernel, Mask mask,
      BasePool base, ScaleSettings settings) {
    List<CoordinateExperiment> input = CoordinateInputs.prepare(experiments, kernel, "SCALE");
    MaMaps observedMaps = MaMaps.of(input, kernel, mask);
    double[] stat = new double[mask.size()];
    Ale.statistic(observedMaps, stat);
    ScaleHistogram histogram = new ScaleHistogram(maxPossibleAle(observedMaps));
    int[] observedEntry = new int[stat.length];
    for (int m = 0; m < stat.length; m++) {
      observedEntry[m] = histogram.pEntry(stat[m]);
    }

    int n = settings.iterations();
    int nFoci = 0;
    for (CoordinateExperiment e : input) {
      nFoci += e.fociCount();
    }
    FociRelocation.Draws draws = settings.relocation().prepare(nFoci, base.size(), n);
    List<NullWorker> workers = ParallelIterations.run(n, settings.threads(), settings.progress(),
        t -> new NullWorker(input, kernel, mask, base, draws, histogram, new ScaleTally(observedEntry), null));
    ScaleTally tally = workers.get(0).tally;
    for (NullWorker w : workers.subList(1, workers.size())) {
      tally.merge(w.tally);
    }

    double[] logp = new double[stat.length];
    double[] z = new double[stat.length];
    for (int m = 0; m < stat.length; m++) {
      double p = tally.p(m, n);
      logp[m] = -StrictMath.log10(p);
      z[m] = PToZ.oneTailed(p);
    }
    return new MetaResult(mask).put("stat", stat).put("logp", logp).put("z", z);
  }

  /**
   * NiMARE main's {@code SCALE.correct_fwe_montecarlo} null: the largest ALE value of each of
   * {@code settings.iterations()} null maps, drawn as the fit's null is (every focus moved to a
   * pool candidate). Voxel level only: NiMARE defines no cluster-level FWE for SCALE.
   *
   * @param settings the iterations and their stream, which should differ from the fit's (NiMARE
   *                 draws the correction's relocations after the fit's)
   * @return per iteration, in iteration order
   */
  public static double[] maxNull(List<CoordinateExperiment> experiments, KernelTransformer kernel, Mask mask,
      BasePool base, ScaleSettings settings) {
    List<CoordinateExperiment> input = CoordinateInputs.prepare(experiments, kernel, "SCALE");
    int n = settings.iterations();
    int nFoci = 0;
    for (CoordinateExperiment e : input) {
      nFoci += e.fociCount();
    }
    FociRelocation.Draws draws = settings.relocation().prepare(nFoci, base.size(), n);
    double[] maxima = new double[n];
    ParallelIterations.run(n, settings.threads(), settings.progress(),
        t -> new NullWorker(input, kernel, mask, base, draws, null, null, maxima));
    return maxima;
  }

  /**
   * NiMARE main's corrected SCALE maps from {@link #maxNull}: {@code p = null_to_p(stat, null,
   * "upper")}, z one-tailed, logp {@code -log10 p}.
   *
   * @return maps {@code logp} and {@code z}, in NiMARE's order, one value per voxel of {@code stat}
   */
  public static java.util.Map<String, double[]> voxelFweMaps(double[] stat, double[] maxNull) {
    org.nimeta.engine.montecarlo.EmpiricalNull empirical = new org.nimeta.engine.montecarlo.EmpiricalNull(maxNull);
    double[] logp = new double[stat.length];
    double[] z = new double[stat.length];
    for (int m = 0; m < stat.length; m++) {
      double p = empirical.upperP(stat[m]);
      logp[m] = -StrictMath.log10(p);
      z[m] = PToZ.oneTailed(p);
    }
    java.util.Map<String, double[]> maps = new java.util.LinkedHashMap<>();
    maps.put("logp", logp);
    maps.put("z", z);
    return maps;
  }

  /** {@code 1 - prod_e (1 - max MA_e)}, experiments in map order. */
  private static double maxPossibleAle(MaMaps maps) {
    double product = 1.0;
    for (int e = 0; e < maps.experimentCount(); e++) {
      product *= 1.0 - maps.max(e);
    }
    return 1.0 - product;
  }

  /**
   * One thread's iterations: relocated foci, MA maps, null ALE map, and either its own tally (the
   * fit) or each iteration's maximum (the FWE null).
   */
  private static final class NullWorker implements ParallelIterations.Worker {
    private final List<CoordinateExperiment> experiments;
    private final KernelTransformer kernel;
    private final BasePool base;
    private final FociRelocation.Draws draws;
    private final ScaleHistogram histogram;
    private final MaMaps maps;
    private final int[] candidates;
    private final int[][] relocated;
    private final double[] nullAle;
    final ScaleTally tally;
    private final double[] maxima;

    NullWorker(List<CoordinateExperiment> experiments, KernelTransformer kernel, Mask mask, BasePool base,
        FociRelocation.Draws draws, ScaleHistogram histogram, ScaleTally tally, double[] maxima) {
      this.experiments = experiments;
      this.kernel = kernel;
      this.base = base;
      this.draws = draws;
      this.histogram = histogram;
      this.maps = new MaMaps(mask);
      this.relocated = new int[experiments.size()][];
      int nFoci = 0;
      for (int e = 0; e < relocated.length; e++) {
        relocated[e] = new int[experiments.get(e).ijk().length];
        nFoci += experiments.get(e).fociCount();
      }
      this.candidates = new int[nFoci];
      this.nullAle = new double[mask.size()];
      this.tally = tally;
      this.maxima = maxima;
    }

    @Override
    public void run(int iteration) {
      draws.draw(iteration, candidates);
      int[] pool = base.ijk();
      maps.clear();
      int focus = 0;
      for (int e = 0; e < relocated.length; e++) {
        int[] ijk = relocated[e];
        for (int f = 0; f < ijk.length; f += 3) {
          System.arraycopy(pool, 3 * candidates[focus++], ijk, f, 3);
        }
        CoordinateExperiment experiment = experiments.get(e);
        maps.add(kernel, ijk, experiment.fociCount(), experiment.sampleSize());
      }
      Ale.statistic(maps, nullAle);
      if (tally != null) {
        tally.record(nullAle, histogram);
      } else {
        double max = 0;
        for (double v : nullAle) {
          max = Math.max(max, v);
        }
        maxima[iteration] = max;
      }
    }
  }
}
