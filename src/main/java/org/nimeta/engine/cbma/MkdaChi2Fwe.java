package org.nimeta.engine.cbma;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.nimeta.engine.EngineRefusal;
import org.nimeta.engine.MetaResult;
import org.nimeta.engine.ParallelIterations;
import org.nimeta.engine.Progress;
import org.nimeta.engine.cluster.ClusterLabeler;
import org.nimeta.engine.cluster.FaceNeighbours;
import org.nimeta.engine.montecarlo.EmpiricalNull;
import org.nimeta.engine.stats.Normal;
import org.nimeta.engine.stats.PToZ;
import org.nimeta.image.Mask;

/**
 * NiMARE main's {@code MKDAChi2.correct_fwe_montecarlo}: voxel- and cluster-level FWE of the
 * three chi-square maps (uniformity of group 1, the same test of group 2, association) against
 * the maxima of {@code n_iters} null draws ({@link MkdaChi2Null}).
 *
 * <p>Per draw and test: the largest chi-square over the mask, and the largest face-connected
 * cluster's size and mass ({@code sum(chi2 - t)}) among voxels with {@code chi2 > t},
 * {@code t = chi2.isf(voxel_thresh, 1)}. Each observed voxel then gets
 * {@code p = null_to_p(chi2, max-chi2 null, "upper")}, and each voxel of an observed cluster the p
 * of the cluster's size (mass) against the size (mass) null; every other voxel is NiMARE's
 * background "cluster" (size 0, negative mass), {@code p = 1 - 1/n}. {@code z = p_to_z(p, "two")}
 * times the sign of the uncorrected z, {@code logp = -log10 p}.
 *
 * <p>NiMARE keeps maps in float32, so the observed statistic is compared with the (float64) null
 * maxima after rounding to float32, and clusters are formed on float32 maps at the float32
 * threshold; nimeta does the same so that ties and edges fall as in NiMARE.
 */
public final class MkdaChi2Fwe {
  /** NiMARE's names of the three tests' maps; group 1's uniformity is written twice, as NiMARE does. */
  private static final String[][] ANALYSES = {{"uniformity", "group1"}, {"group2"}, {"association"}};
  private static final String SUFFIX = "_corr-FWE_method-montecarlo";

  private MkdaChi2Fwe() {}

  /** The maps {@link #correct} adds, in NiMARE's order. */
  public static List<String> mapNames() {
    List<String> names = new ArrayList<>();
    for (String[] analysis : ANALYSES) {
      for (String name : analysis) {
        for (String level : List.of("_level-voxel", "Mass_level-cluster", "Size_level-cluster")) {
          for (String kind : List.of("p", "z", "logp")) {
            names.add(kind + "_desc-" + name + level + SUFFIX);
          }
        }
      }
    }
    return names;
  }

  /**
   * Runs the null and corrects the observed split.
   *
   * @param voxelThresh the cluster-forming threshold as an uncorrected p, in (0, 1)
   * @param progress    told {@code (done, iterations)} as draws finish
   * @return the maps of {@link #mapNames()} and, under {@link MkdaChi2FweNull#TABLE}, the null
   */
  public static MetaResult correct(MkdaChi2Pool pool, MkdaChi2Null draws, double voxelThresh, int iterations,
      int threads, Progress progress) {
    if (iterations < 1) {
      throw new EngineRefusal("`n_iters` must be at least 1, got " + iterations + ".");
    }
    Mask mask = pool.mask();
    FaceNeighbours neighbours = FaceNeighbours.of(mask);
    double threshold = chiSquareIsf1(voxelThresh);
    MkdaChi2FweNull fweNull = new MkdaChi2FweNull(iterations);
    ParallelIterations.run(iterations, threads, progress,
        t -> new NullWorker(pool, draws.newDrawer(pool), neighbours, threshold, fweNull));

    Observed observed = new Observed(pool);
    ClusterLabeler labeler = new ClusterLabeler(neighbours);
    MetaResult out = new MetaResult(mask);
    for (int a = 0; a < ANALYSES.length; a++) {
      double[][] corrected = correctOne(observed.chi2[a], observed.sign[a], threshold, fweNull, a, labeler,
          mask.grid().size());
      for (String name : ANALYSES[a]) {
        String[] levels = {"_level-voxel", "Mass_level-cluster", "Size_level-cluster"};
        for (int l = 0; l < levels.length; l++) {
          out.put("p_desc-" + name + levels[l] + SUFFIX, corrected[3 * l]);
          out.put("z_desc-" + name + levels[l] + SUFFIX, corrected[3 * l + 1]);
          out.put("logp_desc-" + name + levels[l] + SUFFIX, corrected[3 * l + 2]);
        }
      }
    }
    out.putTable(MkdaChi2FweNull.TABLE, fweNull);
    return out;
  }

  /** p, z, logp at voxel level, then cluster mass, then cluster size (NiMARE's order). */
  private static double[][] correctOne(double[] chi2, double[] sign, double threshold, MkdaChi2FweNull fweNull,
      int analysis, ClusterLabeler labeler, long gridVoxels) {
    int n = chi2.length;
    double[] stat = float32(chi2, new double[n]);
    double formingThreshold = (float) threshold;
    EmpiricalNull voxelNull = new EmpiricalNull(fweNull.maxChi2(analysis));
    EmpiricalNull sizeNull = new EmpiricalNull(fweNull.maxSize(analysis));
    EmpiricalNull massNull = new EmpiricalNull(fweNull.maxMass(analysis));
    int clusters = labeler.labelAll(stat, formingThreshold);
    double[] clusterSizeP = new double[clusters];
    double[] clusterMassP = new double[clusters];
    long clusterVoxels = 0;
    for (int c = 0; c < clusters; c++) {
      clusterSizeP[c] = sizeNull.upperP(labeler.size(c));
      clusterMassP[c] = massNull.upperP(labeler.mass(c));
      clusterVoxels += labeler.size(c);
    }
    double backgroundSizeP = sizeNull.upperP(0);
    double backgroundMassP = massNull.upperP(-formingThreshold * (gridVoxels - clusterVoxels));
    double[][] maps = new double[9][n];
    // p takes at most n_iters + 1 values (k / n_iters), so z and logp are computed once per value.
    Map<Double, double[]> zAndLogp = new HashMap<>();
    for (int m = 0; m < n; m++) {
      int c = labeler.labelOf(m);
      double[] p = {voxelNull.upperP(stat[m]), c >= 0 ? clusterMassP[c] : backgroundMassP,
          c >= 0 ? clusterSizeP[c] : backgroundSizeP};
      for (int l = 0; l < 3; l++) {
        double[] converted = zAndLogp.computeIfAbsent(p[l],
            q -> new double[] {PToZ.twoTailed(q), -StrictMath.log10(q)});
        maps[3 * l][m] = p[l];
        maps[3 * l + 1][m] = converted[0] * sign[m];
        maps[3 * l + 2][m] = converted[1];
      }
    }
    return maps;
  }

  /** {@code chi2.isf(p, 1)}: a one-degree chi-square is a squared normal, so it is the square of the two-tailed z. */
  static double chiSquareIsf1(double p) {
    double z = Normal.isf(p / 2);
    return z * z;
  }

  private static double[] float32(double[] values, double[] out) {
    for (int m = 0; m < values.length; m++) {
      out[m] = (float) values[m];
    }
    return out;
  }

  /** The observed split's three chi-square maps and the signs of their z maps. */
  private static final class Observed {
    final double[][] chi2;
    final double[][] sign;

    Observed(MkdaChi2Pool pool) {
      int n = pool.mask().size();
      double[] first = new double[n];
      double[] second = new double[n];
      pool.observedCounts(first, second);
      int n1 = pool.firstGroupSize();
      int n2 = pool.secondGroupSize();
      chi2 = new double[3][n];
      int[] every = java.util.stream.IntStream.range(0, n).toArray();
      MkdaChi2Tests.oneWay(first, n1, chi2[0], every);
      MkdaChi2Tests.oneWay(second, n2, chi2[1], every);
      MkdaChi2Tests.twoWay(first, second, n1, n2, chi2[2], every);
      sign = new double[3][n];
      double mean1 = mean(first);
      double mean2 = mean(second);
      for (int m = 0; m < n; m++) {
        sign[0][m] = Math.signum(first[m] - mean1);
        sign[1][m] = Math.signum(second[m] - mean2);
        sign[2][m] = Math.signum(first[m] / n1 - second[m] / n2);
      }
    }

    private static double mean(double[] counts) {
      double sum = 0;
      for (double c : counts) {
        sum += c;
      }
      return sum / counts.length;
    }
  }

  /**
   * One thread's draws: count and statistic buffers and a cluster labeller. Only the drawer's
   * voxels are computed; every other voxel has counts 0 and so one value per test and draw, which
   * enters the maximum, and the clusters only when it is above the threshold (then the whole map is
   * labelled).
   */
  private static final class NullWorker implements ParallelIterations.Worker {
    private final MkdaChi2Null.Drawer drawer;
    private final MkdaChi2Pool pool;
    private final ClusterLabeler labeler;
    private final double threshold;
    private final MkdaChi2FweNull fweNull;
    private final int n1;
    private final int n2;
    private final double[] first;
    private final double[] second;
    private final double[] chi2;
    /** Whether voxels outside the drawer's hold a value above the threshold from an earlier draw. */
    private boolean outsideFilled;

    NullWorker(MkdaChi2Pool pool, MkdaChi2Null.Drawer drawer, FaceNeighbours neighbours, double threshold,
        MkdaChi2FweNull fweNull) {
      this.drawer = drawer;
      this.pool = pool;
      this.labeler = new ClusterLabeler(neighbours);
      this.threshold = (float) threshold;
      this.fweNull = fweNull;
      this.n1 = pool.firstGroupSize();
      this.n2 = pool.secondGroupSize();
      int n = pool.mask().size();
      this.first = new double[n];
      this.second = new double[n];
      this.chi2 = new double[n];
    }

    @Override
    public void run(int iteration) {
      drawer.counts(iteration, first, second);
      int[] voxels = drawer.voxels();
      record(iteration, 0, MkdaChi2Tests.oneWay(first, n1, chi2, voxels), voxels);
      record(iteration, 1, MkdaChi2Tests.oneWay(second, n2, chi2, voxels), voxels);
      record(iteration, 2, MkdaChi2Tests.twoWay(first, second, n1, n2, chi2, voxels), voxels);
    }

    /** The map's maximum (float64, as NiMARE takes it), then its clusters on the float32 map. */
    private void record(int iteration, int analysis, double outsideValue, int[] voxels) {
      boolean hasOutside = voxels.length < chi2.length;
      double max = hasOutside ? outsideValue : Double.NEGATIVE_INFINITY;
      for (int m : voxels) {
        max = Math.max(max, chi2[m]);
        chi2[m] = (float) chi2[m];
      }
      boolean outsideForms = hasOutside && (float) outsideValue > threshold;
      if (outsideForms || outsideFilled) {
        double fill = outsideForms ? (float) outsideValue : 0;
        for (int m = 0; m < chi2.length; m++) {
          if (!pool.inSupport(m)) {
            chi2[m] = fill;
          }
        }
        outsideFilled = outsideForms;
      }
      if (outsideForms) {
        labeler.labelAll(chi2, threshold);
      } else {
        labeler.label(chi2, threshold, voxels, voxels.length);
      }
      fweNull.set(analysis, iteration, max, labeler.maxSize(), labeler.maxMass());
    }
  }
}
