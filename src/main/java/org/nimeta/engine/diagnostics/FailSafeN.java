package org.nimeta.engine.diagnostics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.nimeta.engine.CoordinateExperiment;
import org.nimeta.engine.MetaResult;
import org.nimeta.engine.Progress;
import org.nimeta.engine.cluster.ClusterLabeler;
import org.nimeta.engine.cluster.FaceNeighbours;
import org.nimeta.engine.kernel.KernelTransformer;
import org.nimeta.engine.montecarlo.CbmaStatistic;
import org.nimeta.engine.montecarlo.ClusterFormingThreshold;
import org.nimeta.engine.montecarlo.EmpiricalNull;
import org.nimeta.engine.montecarlo.FweNull;
import org.nimeta.engine.montecarlo.MonteCarloFwe;
import org.nimeta.engine.montecarlo.MonteCarloOptions;
import org.nimeta.engine.montecarlo.SplitMix64;
import org.nimeta.image.Mask;

/**
 * The fail-safe N of each cluster (Acar et al. 2018, PLoS ONE 13:e0208177): how many null
 * experiments can be added to the data before the cluster stops being significant, computed by
 * refitting, not approximated.
 *
 * <p>Null experiment j (from 0) is drawn from the stream {@code (seed, j)}: it copies the number of
 * foci and the sample size of an original experiment picked uniformly (Acar draws both from the
 * meta-analysis's own experiments) and puts each focus on an in-mask voxel drawn uniformly. "m null
 * experiments" are always the first m of that sequence, so the data sets are nested.
 *
 * <p>With m null experiments the estimate is refitted on all n + m experiments (its statistic and
 * its approximate null recomputed) and corrected as {@code FWE(method = montecarlo)} corrects it:
 * clusters of the statistic above the value of {@code cluster_forming_p} under the new null, each
 * tested by its size against a Monte Carlo null of {@code n_iters} iterations on the n + m
 * experiments (stream {@link #monteCarloSeed}). A cluster of the original result <em>survives</em>
 * when at least one of its voxels lies in a refitted cluster with size p below {@code alpha}:
 * Acar asks whether the finding still stands at its place, and the original cluster may shrink or
 * split without disappearing.
 *
 * <p>The search doubles m (1, 2, 4, …, at most {@code maxNull}) until the cluster is lost, then
 * halves the interval: the fail-safe N is an m at which the cluster survives and m + 1 at which it
 * is lost (or {@code maxNull}, censored, when it survives that many). Refits are shared by every
 * cluster.
 */
public final class FailSafeN {
  private static final long NULL_STREAM = 0xFA115AFEL;
  private static final long MONTE_CARLO_STREAM = 0x3C0FFEEL;

  private FailSafeN() {}

  /**
   * @param clusterFormingP the cluster-forming p of every refit's correction
   * @param iterations      Monte Carlo iterations per refit
   * @param maxNull         the most null experiments tried
   */
  public record Settings(double clusterFormingP, int iterations, double alpha, int maxNull, long seed, int threads) {}

  /**
   * Per cluster (index c - 1 of the labels).
   *
   * @param failSafeN   null experiments it survives, m + 1 losing it; 0 also when it is not significant alone
   * @param censored    still significant with {@code maxNull} null experiments
   * @param significant whether it is significant in the refit without null experiments
   * @param refits      how many data sets were refitted
   */
  public record Outcome(int[] failSafeN, boolean[] censored, boolean[] significant, int refits) {}

  /** The data: experiments as the estimator takes them, its kernel, statistic and refit. */
  public record Estimate(List<CoordinateExperiment> experiments, KernelTransformer kernel, CbmaStatistic statistic,
      Function<List<CoordinateExperiment>, MetaResult> refit, Mask mask) {
    public Estimate {
      experiments = List.copyOf(experiments);
    }
  }

  /** The first {@code m} null experiments of the sequence for {@code seed}. */
  public static List<CoordinateExperiment> nullExperiments(List<CoordinateExperiment> originals, Mask mask, int m,
      long seed) {
    List<CoordinateExperiment> out = new ArrayList<>(m);
    SplitMix64 random = new SplitMix64(0);
    for (int j = 0; j < m; j++) {
      random.reseed(SplitMix64.streamSeed(seed ^ NULL_STREAM, j));
      CoordinateExperiment like = originals.get(random.nextInt(originals.size()));
      int[] ijk = new int[3 * like.fociCount()];
      for (int f = 0; f < like.fociCount(); f++) {
        System.arraycopy(mask.ijk(random.nextInt(mask.size())), 0, ijk, 3 * f, 3);
      }
      out.add(new CoordinateExperiment(String.format("~null-%05d", j + 1), ijk, like.sampleSize()));
    }
    return out;
  }

  /** The seed of the Monte Carlo null of the refit with {@code m} null experiments. */
  public static long monteCarloSeed(long seed, int m) {
    return SplitMix64.streamSeed(seed ^ MONTE_CARLO_STREAM, m);
  }

  /**
   * The fail-safe N of every cluster.
   *
   * @param labels per in-mask voxel its cluster (1..clusters) or 0. Not modified.
   */
  public static Outcome compute(Estimate estimate, int[] labels, int clusters, Settings settings, Progress progress) {
    FaceNeighbours neighbours = FaceNeighbours.of(estimate.mask());
    Map<Integer, boolean[]> refits = new HashMap<>();
    Function<Integer, boolean[]> survivors = m -> refits.computeIfAbsent(m,
        k -> survivors(estimate, neighbours, labels, clusters, k, settings));
    int[] fsn = new int[clusters];
    boolean[] censored = new boolean[clusters];
    boolean[] significant = survivors.apply(0).clone();
    for (int c = 0; c < clusters; c++) {
      progress.update(c, clusters);
      if (!significant[c]) {
        continue;
      }
      int lo = 0;
      int hi = -1;
      for (int m = 1; hi < 0; m = Math.min(2 * m, settings.maxNull())) {
        if (survivors.apply(m)[c]) {
          lo = m;
          if (m == settings.maxNull()) {
            break;
          }
        } else {
          hi = m;
        }
      }
      if (hi < 0) {
        fsn[c] = lo;
        censored[c] = true;
        continue;
      }
      while (hi - lo > 1) {
        int mid = (lo + hi) >>> 1;
        if (survivors.apply(mid)[c]) {
          lo = mid;
        } else {
          hi = mid;
        }
      }
      fsn[c] = lo;
    }
    progress.update(clusters, clusters);
    return new Outcome(fsn, censored, significant, refits.size());
  }

  /** Which clusters survive the refit with {@code m} null experiments. */
  public static boolean[] survivors(Estimate estimate, FaceNeighbours neighbours, int[] labels, int clusters, int m,
      Settings settings) {
    List<CoordinateExperiment> data = new ArrayList<>(estimate.experiments());
    data.addAll(nullExperiments(estimate.experiments(), estimate.mask(), m, settings.seed()));
    MetaResult fit = estimate.refit().apply(data);
    double threshold = ClusterFormingThreshold.of(fit, settings.clusterFormingP());
    FweNull fweNull = MonteCarloFwe.simulate(data, estimate.kernel(), neighbours, estimate.statistic(), threshold,
        new MonteCarloOptions(settings.iterations(), monteCarloSeed(settings.seed(), m), settings.threads()),
        Progress.NONE);
    EmpiricalNull sizes = fweNull.sizeNull();
    ClusterLabeler labeler = new ClusterLabeler(neighbours);
    labeler.labelAll(fit.map("stat"), threshold);
    boolean[] survived = new boolean[clusters];
    for (int v = 0; v < labels.length; v++) {
      int c = labeler.labelOf(v);
      if (labels[v] > 0 && c >= 0 && sizes.upperP(labeler.size(c)) < settings.alpha()) {
        survived[labels[v] - 1] = true;
      }
    }
    return survived;
  }
}
