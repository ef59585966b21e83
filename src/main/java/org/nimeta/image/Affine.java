package org.nimeta.image;

import java.util.Arrays;

/**
 * A 4x4 homogeneous affine from voxel indices (i, j, k) to world millimetres (x, y, z), as stored in
 * a NIfTI sform/qform. Immutable; the matrix is row-major with the last row {0, 0, 0, 1}.
 */
public final class Affine {
  private final double[] m; // 16 values, row-major

  private Affine(double[] rowMajor16) {
    for (int i = 0; i < rowMajor16.length; i++) {
      rowMajor16[i] += 0.0; // -0.0 becomes 0.0, so equal matrices are equal()
    }
    this.m = rowMajor16;
  }

  /** Builds an affine from a row-major 4x4 (or 3x4) matrix. The array is not modified. */
  public static Affine of(double[][] rows) {
    double[] v = new double[16];
    for (int r = 0; r < 3; r++) {
      if (rows[r].length != 4) {
        throw new IllegalArgumentException("affine rows must have 4 columns, row " + r + " has " + rows[r].length);
      }
      System.arraycopy(rows[r], 0, v, r * 4, 4);
    }
    v[15] = 1;
    return new Affine(v);
  }

  /** Diagonal scaling with the given origin (world coordinate of voxel 0,0,0). */
  public static Affine scaled(double sx, double sy, double sz, double ox, double oy, double oz) {
    return of(new double[][] {{sx, 0, 0, ox}, {0, sy, 0, oy}, {0, 0, sz, oz}});
  }

  public double get(int row, int col) {
    return m[row * 4 + col];
  }

  /** Row-major copy of the 4x4 matrix. */
  public double[][] toArray() {
    double[][] out = new double[4][4];
    for (int r = 0; r < 4; r++) {
      System.arraycopy(m, r * 4, out[r], 0, 4);
    }
    return out;
  }

  /** Applies the affine to a point; returns a new 3-vector. */
  public double[] apply(double x, double y, double z) {
    return new double[] {
      m[0] * x + m[1] * y + m[2] * z + m[3],
      m[4] * x + m[5] * y + m[6] * z + m[7],
      m[8] * x + m[9] * y + m[10] * z + m[11]
    };
  }

  /** The product {@code this * right}: apply {@code right} first, then this affine. */
  public Affine multiply(Affine right) {
    double[] out = new double[16];
    for (int r = 0; r < 4; r++) {
      for (int c = 0; c < 4; c++) {
        double sum = 0;
        for (int k = 0; k < 4; k++) {
          sum += m[r * 4 + k] * right.m[k * 4 + c];
        }
        out[r * 4 + c] = sum;
      }
    }
    return new Affine(out);
  }

  /** The inverse affine (general 3x3 inverse of the linear part, then the translation). */
  public Affine inverse() {
    double a = m[0], b = m[1], c = m[2], d = m[4], e = m[5], f = m[6], g = m[8], h = m[9], i = m[10];
    double det = a * (e * i - f * h) - b * (d * i - f * g) + c * (d * h - e * g);
    if (det == 0 || !Double.isFinite(det)) {
      throw new IllegalArgumentException("affine is singular and cannot be inverted");
    }
    double[] inv = new double[16];
    inv[0] = (e * i - f * h) / det;
    inv[1] = (c * h - b * i) / det;
    inv[2] = (b * f - c * e) / det;
    inv[4] = (f * g - d * i) / det;
    inv[5] = (a * i - c * g) / det;
    inv[6] = (c * d - a * f) / det;
    inv[8] = (d * h - e * g) / det;
    inv[9] = (b * g - a * h) / det;
    inv[10] = (a * e - b * d) / det;
    for (int r = 0; r < 3; r++) {
      inv[r * 4 + 3] = -(inv[r * 4] * m[3] + inv[r * 4 + 1] * m[7] + inv[r * 4 + 2] * m[11]);
    }
    inv[15] = 1;
    return new Affine(inv);
  }

  /** Length of each voxel axis in world units (column norms of the linear part). */
  public double[] zooms() {
    double[] z = new double[3];
    for (int c = 0; c < 3; c++) {
      z[c] = Math.sqrt(m[c] * m[c] + m[4 + c] * m[4 + c] + m[8 + c] * m[8 + c]);
    }
    return z;
  }

  /** True when every element differs by at most {@code tol}. */
  public boolean approximatelyEquals(Affine other, double tol) {
    for (int n = 0; n < 16; n++) {
      if (Math.abs(m[n] - other.m[n]) > tol) {
        return false;
      }
    }
    return true;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Affine a && Arrays.equals(m, a.m);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(m);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("[");
    for (int r = 0; r < 3; r++) {
      sb.append(r == 0 ? "[" : ", [");
      for (int c = 0; c < 4; c++) {
        sb.append(c == 0 ? "" : ", ").append(m[r * 4 + c]);
      }
      sb.append(']');
    }
    return sb.append(']').toString();
  }
}
