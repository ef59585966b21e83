package org.nimeta.engine.cbma;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.nimeta.engine.CoordinateExperiment;
import org.nimeta.engine.kernel.KernelTransformer;
import org.nimeta.engine.kernel.MaWorkspace;
import org.nimeta.engine.kernel.SparseMap;
import org.nimeta.image.Mask;

/**
 * The ALE statistic and what its approximate null needs (each experiment's largest MA value and
 * MA histogram), computed without holding every experiment's MA map at once. Experiments go in
 * batches: first the batch's MA maps are computed on all threads, then each thread folds the
 * batch, experiment after experiment in order, into its own range of voxels of the running
 * product {@code prod_e (1 - MA_e)}. Every voxel thus sees its factors in experiment order, so
 * the statistic is bit-identical to {@link Ale#statistic}. Memory is one batch of sparse maps
 * plus O(voxels), whatever the number of experiments.
 */
final class StreamedAle {
  /** Experiments transformed per thread and batch. */
  private static final int BATCH_PER_THREAD = 16;

  final double[] stat;
  final double[] maxima;
  final List<MaHistogram> histograms;

  private StreamedAle(double[] stat, double[] maxima, List<MaHistogram> histograms) {
    this.stat = stat;
    this.maxima = maxima;
    this.histograms = histograms;
  }

  /** @param experiments in NiMARE's order. Not modified. */
  static StreamedAle compute(List<CoordinateExperiment> experiments, KernelTransformer kernel, Mask mask,
      int threads) {
    int n = experiments.size();
    int nVoxels = mask.size();
    double[] product = new double[nVoxels];
    Arrays.fill(product, 1.0);
    double[] maxima = new double[n];
    MaHistogram[] histograms = new MaHistogram[n];
    int batch = Math.min(BATCH_PER_THREAD * threads, n);
    SparseMap[] slots = new SparseMap[batch];
    for (int s = 0; s < batch; s++) {
      slots[s] = new SparseMap(8192);
    }
    List<Callable<Void>> transforms = new ArrayList<>(threads);
    List<Callable<Void>> folds = new ArrayList<>(threads);
    int[] batchStart = {0};
    int[] batchSize = {0};
    for (int t = 0; t < threads; t++) {
      int thread = t;
      MaWorkspace workspace = new MaWorkspace(mask);
      MaHistogram.Builder builder = new MaHistogram.Builder();
      transforms.add(() -> {
        for (int i = thread; i < batchSize[0]; i += threads) {
          int e = batchStart[0] + i;
          SparseMap map = slots[i];
          kernel.transform(experiments.get(e), workspace, map);
          double max = 0;
          for (int k = 0; k < map.size(); k++) {
            max = Math.max(max, map.value(k));
          }
          maxima[e] = max;
          histograms[e] = builder.build(map.values(), map.size(), nVoxels);
        }
        return null;
      });
      int from = (int) ((long) nVoxels * t / threads);
      int to = (int) ((long) nVoxels * (t + 1) / threads);
      folds.add(() -> {
        for (int i = 0; i < batchSize[0]; i++) {
          fold(slots[i], product, from, to);
        }
        return null;
      });
    }
    ExecutorService pool = threads > 1 ? Executors.newFixedThreadPool(threads) : null;
    try {
      for (int start = 0; start < n; start += batch) {
        batchStart[0] = start;
        batchSize[0] = Math.min(batch, n - start);
        runAll(transforms, pool);
        runAll(folds, pool);
      }
    } finally {
      if (pool != null) {
        pool.shutdown();
      }
    }
    for (int m = 0; m < nVoxels; m++) {
      product[m] = 1.0 - product[m];
    }
    return new StreamedAle(product, maxima, new ArrayList<>(Arrays.asList(histograms)));
  }

  /** {@code product[m] *= 1 - MA[m]} for the map's voxels m in [from, to). */
  private static void fold(SparseMap map, double[] product, int from, int to) {
    int[] idx = map.indices();
    double[] val = map.values();
    int k = Arrays.binarySearch(idx, 0, map.size(), from);
    for (k = k >= 0 ? k : -k - 1; k < map.size() && idx[k] < to; k++) {
      product[idx[k]] *= 1.0 - val[k];
    }
  }

  /** Runs the tasks (in the caller when there is no pool) and rethrows their failures. */
  private static void runAll(List<Callable<Void>> tasks, ExecutorService pool) {
    if (pool == null) {
      for (Callable<Void> task : tasks) {
        try {
          task.call();
        } catch (Exception e) {
          throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
        }
      }
      return;
    }
    try {
      for (Future<Void> f : pool.invokeAll(tasks)) {
        f.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while computing ALE", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
    }
  }
}
