package org.nimeta.engine.diagnostics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.nimeta.engine.CoordinateExperiment;
import org.nimeta.engine.kernel.KernelTransformer;
import org.nimeta.engine.kernel.MaMaps;
import org.nimeta.engine.montecarlo.CbmaStatistic;
import org.nimeta.image.Mask;

/**
 * The leave-one-out statistic of a coordinate-based estimator ({@link CbmaStatistic}: ALE's
 * {@code 1 - Π(1 - MA)}, MKDA's weighted sum, KDA's sum) at the cluster voxels: each experiment's
 * modeled activation there is computed once, and the statistic without experiment e folds in every
 * other experiment, in the estimator's order and with the weights the estimator gives the
 * remaining experiments, so the values are those of a refit.
 */
public final class CbmaLeaveOneOut implements LeaveOneOut {
  private final List<CoordinateExperiment> experiments;
  private final KernelTransformer kernel;
  private final Mask mask;
  private final CbmaStatistic statistic;

  /**
   * @param experiments as the estimator takes them (with foci, in its order). Not modified.
   */
  public CbmaLeaveOneOut(List<CoordinateExperiment> experiments, KernelTransformer kernel, Mask mask,
      CbmaStatistic statistic) {
    this.experiments = List.copyOf(experiments);
    this.kernel = kernel;
    this.mask = mask;
    this.statistic = statistic;
  }

  @Override
  public List<String> ids() {
    return experiments.stream().map(CoordinateExperiment::id).toList();
  }

  @Override
  public Restricted at(int[] voxels) {
    int[] local = new int[mask.size()];
    Arrays.fill(local, -1);
    for (int v = 0; v < voxels.length; v++) {
      local[voxels[v]] = v;
    }
    int n = experiments.size();
    int[][] where = new int[n][];
    double[][] ma = new double[n][];
    // One MA buffer per chunk of experiments; each experiment's entries depend on it alone.
    int chunks = Math.max(1, Math.min(n, 4 * Runtime.getRuntime().availableProcessors()));
    IntStream.range(0, chunks).parallel().forEach(c -> {
      MaMaps one = new MaMaps(mask);
      for (int e = c; e < n; e += chunks) {
        one.clear();
        CoordinateExperiment x = experiments.get(e);
        one.add(kernel, x.ijk(), x.fociCount(), x.sampleSize());
        int kept = 0;
        for (int t = one.start(0); t < one.end(0); t++) {
          kept += local[one.indices()[t]] >= 0 ? 1 : 0;
        }
        where[e] = new int[kept];
        ma[e] = new double[kept];
        int k = 0;
        for (int t = one.start(0); t < one.end(0); t++) {
          int v = local[one.indices()[t]];
          if (v >= 0) {
            where[e][k] = v;
            ma[e][k++] = one.values()[t];
          }
        }
      }
    });
    return new Restricted(voxels.length, where, ma);
  }

  /** The experiments' modeled activation at the voxels, and the statistic of any subset of them. */
  public final class Restricted implements AtVoxels {
    private final int size;
    private final int[][] where;
    private final double[][] ma;

    private Restricted(int size, int[][] where, double[][] ma) {
      this.size = size;
      this.where = where;
      this.ma = ma;
    }

    @Override
    public void without(int e, double[] out) {
      statisticOf(e, out);
    }

    /** The statistic of every experiment (what the estimate itself holds at the voxels). */
    public void all(double[] out) {
      statisticOf(-1, out);
    }

    private void statisticOf(int leftOut, double[] out) {
      List<CoordinateExperiment> kept = new ArrayList<>(experiments);
      if (leftOut >= 0) {
        kept.remove(leftOut);
      }
      double[] weights = statistic.weights(kept, kernel);
      Arrays.fill(out, 0, size, statistic.accumulatorStart());
      double[] dense = new double[size];
      int w = 0;
      for (int e = 0; e < where.length; e++) {
        if (e == leftOut) {
          continue;
        }
        for (int t = 0; t < where[e].length; t++) {
          dense[where[e][t]] = ma[e][t];
        }
        statistic.addExperiment(out, where[e], where[e].length, dense, weights[w++]);
      }
      int[] every = IntStream.range(0, size).toArray();
      statistic.finish(out, every, size);
    }
  }
}
