package org.nimeta.engine.ibma;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.apache.commons.math3.distribution.TDistribution;
import org.nimeta.engine.EngineRefusal;
import org.nimeta.engine.MetaResult;
import org.nimeta.engine.stats.Normal;

/**
 * One-sample t-test of beta images with sign-flipping permutation inference (NiMARE
 * {@code PermutedOLS}, nilearn 0.10.2 {@code permuted_ols} with an intercept-only design).
 *
 * <p>Per voxel, as nilearn computes it: ỹ = y/‖y‖ (float32, like nilearn on NiMARE's float32
 * data), β = Σ ỹ_i / √k, t = β √((k − 1)/(1 − β²)) (the usual mean/(sd/√k)); z keeps the sign of
 * t and the tail probability of Student's t with k − 1 dof. Maps {@code t}, {@code z}, {@code dof}.
 *
 * <p>{@link #correctFweMonteCarlo} adds voxel-level family-wise error correction: each iteration
 * flips the signs of the studies at random (a {@link SignFlipStream}), recomputes t everywhere
 * and records max |t| (max t when one-sided); the corrected p = (1 + #{null ≥ |t|}) / (n + 1)
 * is written as {@code logp_level-voxel_corr-FWE_method-montecarlo} (−log10 p) and
 * {@code z_level-voxel_corr-FWE_method-montecarlo} (Φ̄⁻¹(p/2) with the sign of t, as NiMARE).
 * With {@link SignFlipStream#nilearn}(42) the null is NiMARE's own; with
 * {@link SignFlipStream#seeded} the maps agree with NiMARE's within Monte-Carlo error.
 */
public final class PermutedOLS extends IbmaEstimator {
  public static final String LOGP_FWE = "logp_level-voxel_corr-FWE_method-montecarlo";
  public static final String Z_FWE = "z_level-voxel_corr-FWE_method-montecarlo";

  private final boolean twoSided;

  public PermutedOLS(boolean twoSided) {
    this.twoSided = twoSided;
  }

  public boolean twoSided() {
    return twoSided;
  }

  @Override
  public Set<ImageKind> requiredImages() {
    return Set.of(ImageKind.BETA);
  }

  @Override
  List<String> mapNames() {
    return List.of("t", "z");
  }

  @Override
  void estimate(StudyBlock block, int from, int to, double[][] maps) {
    int k = block.studyCount();
    double[][] normalized = normalize(block, from, to);
    TDistribution t = new TDistribution(null, k - 1);
    double scale = 1 / Math.sqrt(k);
    for (int j = from; j < to; j++) {
      double sum = 0;
      for (int s = 0; s < k; s++) {
        sum += normalized[s][j - from];
      }
      double tValue = tFromBeta(sum * scale, k);
      maps[0][j] = tValue;
      maps[1][j] = tToZ(tValue, t);
    }
  }

  /**
   * The fitted maps plus Monte-Carlo FWE-corrected maps from {@code nIters} sign-flip
   * iterations; table {@code "h0_max_t"} holds each analysed voxel group's null (one
   * double[nIters] per group, each group drawing from a fresh stream as NiMARE's per-group
   * {@code permuted_ols} calls do). The data are not modified.
   */
  public MetaResult correctFweMonteCarlo(IbmaData data, Masking masking, int nIters, SignFlipStream flips) {
    if (nIters < 1) {
      throw new EngineRefusal("`n_iters` must be at least 1, got " + nIters + ".");
    }
    MetaResult fitted = fit(data, masking);
    int nVoxels = data.mask().size();
    double fill = masking == Masking.AGGRESSIVE ? Double.NaN : 0;
    double[] logp = new double[nVoxels];
    double[] z = new double[nVoxels];
    Arrays.fill(logp, fill);
    Arrays.fill(z, fill);
    double[] t = fitted.map("t");
    List<double[]> nulls = new ArrayList<>();
    for (StudyBlock block : VoxelSelection.blocks(usableStudies(data), requiredImages(), nVoxels, masking)) {
      double[] h0 = maxNull(block, flips.draw(nIters, block.studyCount()));
      nulls.add(h0);
      for (int voxel : block.voxels) {
        double observed = twoSided ? Math.abs(t[voxel]) : t[voxel];
        int atLeast = 0;
        for (double h : h0) {
          atLeast += h < observed ? 0 : 1;
        }
        double p = (1.0 + atLeast) / (nIters + 1.0);
        logp[voxel] = -StrictMath.log10(p);
        z[voxel] = Normal.isfNewton(p / 2) * (t[voxel] < 0 ? -1 : 1);
      }
    }
    MetaResult result = new MetaResult(data.mask());
    fitted.maps().forEach(result::put);
    result.put(LOGP_FWE, logp);
    result.put(Z_FWE, z);
    fitted.tables().forEach(result::putTable);
    result.putTable("h0_max_t", List.copyOf(nulls));
    return result;
  }

  /** Per iteration, the largest t (|t| when two-sided) over the block's voxels, NaN ignored. */
  private double[] maxNull(StudyBlock block, double[][] signs) {
    int k = block.studyCount();
    int n = block.voxelCount();
    int nIters = signs.length;
    int chunk = 2048;
    int chunks = (n + chunk - 1) / chunk;
    double[][] chunkMax = new double[chunks][];
    IntStream.range(0, chunks).parallel().forEach(c -> {
      int from = c * chunk;
      int to = Math.min(n, from + chunk);
      double[][] normalized = normalize(block, from, to);
      double[] sums = new double[to - from];
      double[] max = new double[nIters];
      for (int i = 0; i < nIters; i++) {
        Arrays.fill(sums, 0);
        for (int s = 0; s < k; s++) {
          double sign = signs[i][s];
          double[] row = normalized[s];
          for (int j = 0; j < sums.length; j++) {
            sums[j] += sign * row[j];
          }
        }
        double m = Double.NEGATIVE_INFINITY;
        for (double sum : sums) {
          double value = twoSided ? Math.abs(sum) : sum;
          if (value > m) {
            m = value;
          }
        }
        max[i] = m;
      }
      chunkMax[c] = max;
    });
    double scale = 1 / Math.sqrt(k);
    double[] h0 = new double[nIters];
    for (int i = 0; i < nIters; i++) {
      double m = Double.NEGATIVE_INFINITY;
      for (double[] perChunk : chunkMax) {
        m = Math.max(m, perChunk[i]);
      }
      h0[i] = tFromBeta(m * scale, k);
    }
    return h0;
  }

  /**
   * nilearn's normalisation of block columns [from, to): ỹ = y / √(Σ y²), with Σ y² a float32
   * pairwise sum of float32 squares and the division in float32. Returns k x (to − from).
   */
  private static double[][] normalize(StudyBlock block, int from, int to) {
    float[][] y = block.values(ImageKind.BETA);
    int k = y.length;
    double[][] out = new double[k][to - from];
    float[] squares = new float[k];
    for (int j = from; j < to; j++) {
      for (int s = 0; s < k; s++) {
        squares[s] = y[s][j] * y[s][j];
      }
      float norm = (float) Math.sqrt(Float32.pairwiseSum(squares, k));
      for (int s = 0; s < k; s++) {
        out[s][j - from] = y[s][j] / norm;
      }
    }
    return out;
  }

  /** nilearn's t from the normalised regression coefficient: β √((k − 1) / (1 − β²)). */
  private static double tFromBeta(double beta, int k) {
    return beta * Math.sqrt((k - 1.0) / (1 - beta * beta));
  }

  /** NiMARE's {@code t_to_z}: the normal quantile of the same tail probability, sign kept. */
  private static double tToZ(double t, TDistribution distribution) {
    if (t == 0 || Double.isNaN(t)) {
      return t;
    }
    double z = Normal.isfNewton(distribution.cumulativeProbability(-Math.abs(t)));
    return t > 0 ? z : -z;
  }
}
