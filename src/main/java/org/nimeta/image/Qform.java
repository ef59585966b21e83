package org.nimeta.image;

/**
 * The NIfTI qform: a rotation stored as the quaternion (a, b, c, d) with a >= 0 implied (only b, c,
 * d are stored), the handedness factor qfac (pixdim[0], +1 or -1) and the offset of voxel (0,0,0).
 *
 * <p>The voxel-to-world affine is {@code R * diag(zx, zy, qfac * zz)} plus the offset, where R is
 * the rotation matrix of the normalised quaternion (NIfTI-1 standard, "method 2").
 */
record Qform(double b, double c, double d, double qfac, double ox, double oy, double oz) {

  /**
   * The affine of this qform for the given voxel sizes. {@code wTolerance} is how far below zero
   * 1 - (b² + c² + d²) may fall before the quaternion is rejected (nibabel allows 3 float32 eps).
   *
   * @throws IllegalArgumentException when b, c, d do not belong to a unit quaternion.
   */
  Affine toAffine(double[] zooms, double wTolerance) {
    double w2 = 1 - (b * b + c * c + d * d);
    if (w2 < -wTolerance) {
      throw new IllegalArgumentException("quaternion (b, c, d) has norm above 1");
    }
    double a = w2 < 0 ? 0 : Math.sqrt(w2);
    double s = 2 / (a * a + b * b + c * c + d * d);
    double[][] r = {
      {1 - s * (c * c + d * d), s * (b * c - a * d), s * (b * d + a * c)},
      {s * (b * c + a * d), 1 - s * (b * b + d * d), s * (c * d - a * b)},
      {s * (b * d - a * c), s * (c * d + a * b), 1 - s * (b * b + c * c)}
    };
    double[] scale = {zooms[0], zooms[1], zooms[2] * qfac};
    double[][] rows = new double[3][4];
    double[] offset = {ox, oy, oz};
    for (int row = 0; row < 3; row++) {
      for (int col = 0; col < 3; col++) {
        rows[row][col] = r[row][col] * scale[col];
      }
      rows[row][3] = offset[row];
    }
    return Affine.of(rows);
  }

  /**
   * The qform closest to {@code affine}: the columns of its linear part divided by their lengths
   * give the rotation (the third column negated, with qfac = -1, when the determinant is negative),
   * converted to a quaternion with a >= 0. Exact for affines that are a rotation times voxel sizes;
   * for sheared affines the result only approximates the affine (check with {@link #toAffine}).
   */
  static Qform fromAffine(Affine affine) {
    double[] zooms = affine.zooms();
    double[][] r = new double[3][3];
    for (int row = 0; row < 3; row++) {
      for (int col = 0; col < 3; col++) {
        r[row][col] = zooms[col] == 0 ? 0 : affine.get(row, col) / zooms[col];
      }
    }
    double qfac = determinant(r) < 0 ? -1 : 1;
    if (qfac < 0) {
      for (int row = 0; row < 3; row++) {
        r[row][2] = -r[row][2];
      }
    }
    double[] q = quaternion(r);
    return new Qform(q[1], q[2], q[3], qfac, affine.get(0, 3), affine.get(1, 3), affine.get(2, 3));
  }

  /** Shepperd's method: the unit quaternion (a, b, c, d) of rotation matrix r, with a >= 0. */
  private static double[] quaternion(double[][] r) {
    double trace = r[0][0] + r[1][1] + r[2][2];
    double a;
    double b;
    double c;
    double d;
    if (trace > 0) {
      double s = 2 * Math.sqrt(trace + 1);
      a = s / 4;
      b = (r[2][1] - r[1][2]) / s;
      c = (r[0][2] - r[2][0]) / s;
      d = (r[1][0] - r[0][1]) / s;
    } else if (r[0][0] > r[1][1] && r[0][0] > r[2][2]) {
      double s = 2 * Math.sqrt(1 + r[0][0] - r[1][1] - r[2][2]);
      a = (r[2][1] - r[1][2]) / s;
      b = s / 4;
      c = (r[0][1] + r[1][0]) / s;
      d = (r[0][2] + r[2][0]) / s;
    } else if (r[1][1] > r[2][2]) {
      double s = 2 * Math.sqrt(1 + r[1][1] - r[0][0] - r[2][2]);
      a = (r[0][2] - r[2][0]) / s;
      b = (r[0][1] + r[1][0]) / s;
      c = s / 4;
      d = (r[1][2] + r[2][1]) / s;
    } else {
      double s = 2 * Math.sqrt(1 + r[2][2] - r[0][0] - r[1][1]);
      a = (r[1][0] - r[0][1]) / s;
      b = (r[0][2] + r[2][0]) / s;
      c = (r[1][2] + r[2][1]) / s;
      d = s / 4;
    }
    double norm = Math.sqrt(a * a + b * b + c * c + d * d);
    double sign = a < 0 ? -1 : 1;
    return new double[] {sign * a / norm, sign * b / norm, sign * c / norm, sign * d / norm};
  }

  private static double determinant(double[][] m) {
    return m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1])
        - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0])
        + m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0]);
  }
}
