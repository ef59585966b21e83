package org.nimeta.engine.cbmr;

import java.util.stream.IntStream;
import org.ejml.data.DMatrixRMaj;
import org.nimeta.image.Mask;

/**
 * CBMR's design matrix X (in-mask voxels x spline coefficients), NiMARE's
 * {@code utils.b_spline_bases}: the tensor products {@code Bx(i) By(j) Bz(k)} of the
 * {@link AxisSplines} of the mask's bounding box, keeping the products whose largest value in the
 * mask is at least 0.1. Columns are in NiMARE's order (z fastest, then y, then x).
 *
 * <p>X is never stored: each voxel has at most 4 x 4 x 4 non-zero products, found from the three
 * axes, so Xβ, X'r and X'diag(w)X cost 64, 64 and 64² operations per voxel and the memory is that
 * of the p x p matrices. NiMARE builds the dense voxels x p matrix (228,483 x p doubles), which is
 * what makes its default spacing of 10 take gigabytes.
 */
public final class SplineDesign {
  private static final double WEAK_SUPPORT = 0.1;
  private static final int BLOCK = 4096;

  private final Mask mask;
  private final AxisSplines[] axes = new AxisSplines[3];
  private final int[] origin = new int[3];
  /** kept column of tensor product (a, b, c), or -1: index (a * ny + b) * nz + c. */
  private final int[] column;
  private final int columns;
  /** Each voxel's (i, j, k) relative to the bounding box, flat. */
  private final int[] local;

  private SplineDesign(Mask mask, int spacing) {
    this.mask = mask;
    int[] lo = {Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE};
    int[] hi = {Integer.MIN_VALUE, Integer.MIN_VALUE, Integer.MIN_VALUE};
    for (int m = 0; m < mask.size(); m++) {
      int[] v = mask.ijk(m);
      for (int d = 0; d < 3; d++) {
        lo[d] = Math.min(lo[d], v[d]);
        hi[d] = Math.max(hi[d], v[d]);
      }
    }
    for (int d = 0; d < 3; d++) {
      axes[d] = AxisSplines.over(lo[d], hi[d], spacing);
      origin[d] = lo[d];
    }
    int nx = axes[0].bases();
    int ny = axes[1].bases();
    int nz = axes[2].bases();
    double[] largest = new double[nx * ny * nz];
    for (int m = 0; m < mask.size(); m++) {
      int[] v = mask.ijk(m);
      int i = v[0] - origin[0];
      int j = v[1] - origin[1];
      int k = v[2] - origin[2];
      for (int a = 0; a < nx; a++) {
        double x = axes[0].value(i, a);
        if (x == 0) {
          continue;
        }
        for (int b = 0; b < ny; b++) {
          double xy = x * axes[1].value(j, b);
          if (xy == 0) {
            continue;
          }
          for (int c = 0; c < nz; c++) {
            int t = (a * ny + b) * nz + c;
            largest[t] = Math.max(largest[t], xy * axes[2].value(k, c));
          }
        }
      }
    }
    column = new int[largest.length];
    int p = 0;
    for (int t = 0; t < largest.length; t++) {
      column[t] = largest[t] >= WEAK_SUPPORT ? p++ : -1;
    }
    columns = p;
    local = new int[3 * mask.size()];
    for (int m = 0; m < mask.size(); m++) {
      int[] v = mask.ijk(m);
      for (int d = 0; d < 3; d++) {
        local[3 * m + d] = v[d] - origin[d];
      }
    }
  }

  /** The design over a mask with knots {@code spacing} voxels apart (NiMARE's {@code spline_spacing}). */
  public static SplineDesign of(Mask mask, int spacing) {
    return new SplineDesign(mask, spacing);
  }

  public Mask mask() {
    return mask;
  }

  /** Number of in-mask voxels (rows of X). */
  public int voxels() {
    return mask.size();
  }

  /** Number of spline coefficients (columns of X). */
  public int columns() {
    return columns;
  }

  /** The non-zero entries of one row of X: column indices and values; returns their count. */
  int row(int voxel, int[] cols, double[] vals) {
    int i = local[3 * voxel];
    int j = local[3 * voxel + 1];
    int k = local[3 * voxel + 2];
    int nx = axes[0].bases();
    int ny = axes[1].bases();
    int nz = axes[2].bases();
    int fa = axes[0].first(i);
    int fb = axes[1].first(j);
    int fc = axes[2].first(k);
    int n = 0;
    for (int ra = 0; ra < 4 && fa + ra < nx; ra++) {
      double x = axes[0].windowValue(i, ra);
      if (x == 0) {
        continue;
      }
      for (int rb = 0; rb < 4 && fb + rb < ny; rb++) {
        double xy = x * axes[1].windowValue(j, rb);
        if (xy == 0) {
          continue;
        }
        int base = ((fa + ra) * ny + fb + rb) * nz + fc;
        for (int rc = 0; rc < 4 && fc + rc < nz; rc++) {
          double xyz = xy * axes[2].windowValue(k, rc);
          int col = column[base + rc];
          if (xyz != 0 && col >= 0) {
            cols[n] = col;
            vals[n++] = xyz;
          }
        }
      }
    }
    return n;
  }

  /** One row of X as a dense array (for tests and small designs). */
  public double[] denseRow(int voxel) {
    int[] cols = new int[64];
    double[] vals = new double[64];
    int n = row(voxel, cols, vals);
    double[] out = new double[columns];
    for (int e = 0; e < n; e++) {
      out[cols[e]] = vals[e];
    }
    return out;
  }

  /** Xβ: one value per voxel. */
  public double[] times(double[] beta) {
    double[] out = new double[voxels()];
    IntStream.range(0, blocks()).parallel().forEach(blk -> {
      int[] cols = new int[64];
      double[] vals = new double[64];
      for (int m = blk * BLOCK; m < Math.min(voxels(), (blk + 1) * BLOCK); m++) {
        int n = row(m, cols, vals);
        double s = 0;
        for (int e = 0; e < n; e++) {
          s += vals[e] * beta[cols[e]];
        }
        out[m] = s;
      }
    });
    return out;
  }

  /** X'r: one value per column. */
  public double[] transposeTimes(double[] r) {
    return IntStream.range(0, blocks()).parallel().mapToObj(blk -> {
      double[] acc = new double[columns];
      int[] cols = new int[64];
      double[] vals = new double[64];
      for (int m = blk * BLOCK; m < Math.min(voxels(), (blk + 1) * BLOCK); m++) {
        int n = row(m, cols, vals);
        for (int e = 0; e < n; e++) {
          acc[cols[e]] += vals[e] * r[m];
        }
      }
      return acc;
    }).reduce(SplineDesign::addInto).orElse(new double[columns]);
  }

  /** X' diag(w) X, symmetric p x p. */
  public DMatrixRMaj weightedGram(double[] w) {
    int threads = Math.max(1, Math.min(blocks(), Runtime.getRuntime().availableProcessors()));
    double[] sum = IntStream.range(0, threads).parallel().mapToObj(t -> {
      double[] acc = new double[columns * columns];
      int[] cols = new int[64];
      double[] vals = new double[64];
      for (int blk = t; blk < blocks(); blk += threads) {
        for (int m = blk * BLOCK; m < Math.min(voxels(), (blk + 1) * BLOCK); m++) {
          if (w[m] == 0) {
            continue;
          }
          int n = row(m, cols, vals);
          for (int e = 0; e < n; e++) {
            double we = w[m] * vals[e];
            int base = cols[e] * columns;
            for (int f = 0; f < n; f++) {
              acc[base + cols[f]] += we * vals[f];
            }
          }
        }
      }
      return acc;
    }).reduce(SplineDesign::addInto).orElse(new double[columns * columns]);
    return DMatrixRMaj.wrap(columns, columns, sum);
  }

  /** The diagonal of X C X' (the variance of Xβ when β has covariance C): one value per voxel. */
  public double[] quadraticDiagonal(DMatrixRMaj c) {
    double[] out = new double[voxels()];
    double[] cd = c.data;
    IntStream.range(0, blocks()).parallel().forEach(blk -> {
      int[] cols = new int[64];
      double[] vals = new double[64];
      for (int m = blk * BLOCK; m < Math.min(voxels(), (blk + 1) * BLOCK); m++) {
        int n = row(m, cols, vals);
        double s = 0;
        for (int e = 0; e < n; e++) {
          int base = cols[e] * columns;
          double inner = 0;
          for (int f = 0; f < n; f++) {
            inner += cd[base + cols[f]] * vals[f];
          }
          s += vals[e] * inner;
        }
        out[m] = s;
      }
    });
    return out;
  }

  private int blocks() {
    return (voxels() + BLOCK - 1) / BLOCK;
  }

  private static double[] addInto(double[] a, double[] b) {
    for (int i = 0; i < a.length; i++) {
      a[i] += b[i];
    }
    return a;
  }
}
