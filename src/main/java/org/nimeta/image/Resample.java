package org.nimeta.image;

/**
 * Resampling an image onto another voxel grid, reproducing nilearn 0.10.2's
 * {@code image.resample_to_img(source, target, interpolation, clip, fill_value=0,
 * force_resample=False)}, which NiMARE uses (with {@code clip=True, interpolation="linear"}) to bring
 * images onto its mask.
 *
 * <p>What is matched, in nilearn's order:
 *
 * <ol>
 *   <li>Same shape and affines equal within numpy's {@code allclose} (|t - s| <= 1e-8 + 1e-5 |s|
 *       per element): the data is returned unchanged (not clipped), on the target grid.
 *   <li>Target voxel (i, j, k) is read at source voxel coordinates {@code A (i, j, k) + b}, where
 *       {@code [A b] = inverse(source affine) * target affine} (the identity when the two affines
 *       are exactly equal). Voxel centres map to voxel centres.
 *   <li>A exactly the identity and b whole numbers: nilearn's padding shortcut, a plain shifted copy
 *       (NaN and infinities are copied as they are; voxels from outside the source are 0).
 *   <li>Otherwise scipy.ndimage.affine_transform with mode="constant", cval=0: a coordinate outside
 *       [0, n - 1] on any axis gives 0, with no interpolation towards the edge. For a diagonal A scipy
 *       computes the coordinate as (i + b/a) * a, otherwise as the row sum plus b; both are copied,
 *       so a coordinate that lands exactly on the edge is treated as scipy treats it. NEAREST takes
 *       voxel floor(c + 0.5) (order 0); LINEAR weights the two neighbours along each axis with
 *       1 - f and 1 - (1 - f), f = c - floor(c) (order 1), summing the 8 products in scipy's order.
 *   <li>Floating-point sources with NaN or infinite voxels: those voxels are first filled as
 *       nilearn's {@code extrapolate_out_mask(iterations=2)} does ({@link NonFiniteFill}); after
 *       interpolation, every target voxel whose nearest source voxel was non-finite becomes NaN.
 *   <li>The result is stored in the source datatype as scipy does: float32 values are rounded to
 *       float, integer types round half away from zero and clip to the type's range (unsigned
 *       types: negatives become 0).
 *   <li>With {@code clip}, values are clipped to [min(source min, 0), max(source max, 0)] (NaN ignored).
 * </ol>
 *
 * <p>Not reproduced: in the padding shortcut nilearn first crops the source to its bounding box of
 * values above 1e-8 times the largest absolute value; when that box starts before the target's first
 * voxel, nilearn 0.10.2 places the cropped block at the wrong offset (nilearn issue #2305), and it
 * drops near-zero values at the box edge. nimeta copies every voxel to its correct place. nilearn's
 * BoundingBoxError (source entirely at negative target coordinates) is not raised; such a result
 * is all zeros. Cubic ("continuous") interpolation is not offered.
 */
public final class Resample {
  private static final double ALLCLOSE_RTOL = 1e-5;
  private static final double ALLCLOSE_ATOL = 1e-8;
  private static final Affine IDENTITY = Affine.scaled(1, 1, 1, 0, 0, 0);

  private Resample() {}

  /** resample_to_img without clipping (nilearn's default). The source is not modified. */
  public static NiftiImage toGrid(NiftiImage source, Grid target, Interpolation interpolation) {
    return toGrid(source, target, interpolation, false);
  }

  /**
   * Resamples {@code source} onto {@code target}; see the class documentation for the exact rules.
   * NiMARE resamples with {@code LINEAR} and {@code clip = true}. The source is not modified.
   *
   * @return a new image on {@code target} with the source's datatype
   */
  public static NiftiImage toGrid(NiftiImage source, Grid target, Interpolation interpolation, boolean clip) {
    Grid from = source.grid();
    if (allClose(from, target)) {
      return new NiftiImage(target, source.data().clone(), source.datatype());
    }
    Affine transform = from.affine().equals(target.affine())
        ? IDENTITY
        : from.affine().inverse().multiply(target.affine());
    double[] out = isWholeVoxelShift(transform)
        ? shiftedCopy(source, target, transform)
        : interpolate(source, target, transform, interpolation);
    if (clip) {
      clipToSourceRange(out, source.data());
    }
    return new NiftiImage(target, out, source.datatype());
  }

  private static boolean allClose(Grid a, Grid b) {
    if (a.nx() != b.nx() || a.ny() != b.ny() || a.nz() != b.nz()) {
      return false;
    }
    for (int r = 0; r < 3; r++) {
      for (int c = 0; c < 4; c++) {
        double s = a.affine().get(r, c);
        if (!(Math.abs(b.affine().get(r, c) - s) <= ALLCLOSE_ATOL + ALLCLOSE_RTOL * Math.abs(s))) {
          return false;
        }
      }
    }
    return true;
  }

  private static boolean isWholeVoxelShift(Affine t) {
    for (int r = 0; r < 3; r++) {
      for (int c = 0; c < 3; c++) {
        if (t.get(r, c) != (r == c ? 1 : 0)) {
          return false;
        }
      }
      if (t.get(r, 3) != Math.rint(t.get(r, 3))) {
        return false;
      }
    }
    return true;
  }

  private static double[] shiftedCopy(NiftiImage source, Grid target, Affine shift) {
    Grid from = source.grid();
    double[] data = source.data();
    double[] out = new double[target.size()];
    long di = (long) shift.get(0, 3);
    long dj = (long) shift.get(1, 3);
    long dk = (long) shift.get(2, 3);
    for (int k = 0; k < target.nz(); k++) {
      for (int j = 0; j < target.ny(); j++) {
        for (int i = 0; i < target.nx(); i++) {
          long si = i + di;
          long sj = j + dj;
          long sk = k + dk;
          if (si >= 0 && sj >= 0 && sk >= 0 && si < from.nx() && sj < from.ny() && sk < from.nz()) {
            out[target.flatIndex(i, j, k)] = data[from.flatIndex((int) si, (int) sj, (int) sk)];
          }
        }
      }
    }
    return out;
  }

  private static double[] interpolate(NiftiImage source, Grid target, Affine transform, Interpolation how) {
    Grid from = source.grid();
    double[] data = source.data();
    boolean[] nonFinite = null;
    if (!source.datatype().isInteger() && NonFiniteFill.hasNonFinite(data)) {
      nonFinite = new boolean[data.length];
      for (int f = 0; f < data.length; f++) {
        nonFinite[f] = !Double.isFinite(data[f]);
      }
      data = NonFiniteFill.fill(data, from);
    }
    SourceCoordinates coordinates = new SourceCoordinates(transform);
    VoxelSampler sampler = new VoxelSampler(from);
    NiftiDatatype type = source.datatype();
    double[] out = new double[target.size()];
    double[] c = new double[3];
    int f = 0;
    for (int k = 0; k < target.nz(); k++) {
      for (int j = 0; j < target.ny(); j++) {
        for (int i = 0; i < target.nx(); i++, f++) {
          coordinates.of(i, j, k, c);
          double value = how == Interpolation.NEAREST ? sampler.nearest(data, c) : sampler.linear(data, c);
          out[f] = storedAs(value, type);
          if (nonFinite != null && sampler.nearestIsSet(nonFinite, c)) {
            out[f] = Double.NaN;
          }
        }
      }
    }
    return out;
  }

  /** scipy's conversion of an interpolated value to the output array's type. */
  static double storedAs(double t, NiftiDatatype type) {
    return switch (type) {
      case FLOAT64 -> t;
      case FLOAT32 -> (float) t;
      case UINT8, UINT16, UINT32 -> Math.floor(Math.min(t > 0 ? t + 0.5 : 0, type.maxValue()));
      case INT8, INT16, INT32, INT64 -> {
        double r = t > 0 ? t + 0.5 : t - 0.5;
        r = Math.max(type.minValue(), Math.min(type.maxValue(), r));
        yield (r < 0 ? Math.ceil(r) : Math.floor(r)) + 0.0; // truncation toward zero, never -0.0
      }
    };
  }

  private static void clipToSourceRange(double[] values, double[] source) {
    double min = 0;
    double max = 0;
    for (double v : source) {
      if (v < min) {
        min = v;
      }
      if (v > max) {
        max = v;
      }
    }
    for (int f = 0; f < values.length; f++) {
      double v = values[f];
      values[f] = v < min ? min : v > max ? max : v;
    }
  }

  /** Source voxel coordinates of target voxels, computed with scipy's arithmetic. */
  private static final class SourceCoordinates {
    private final double[][] a = new double[3][3];
    private final double[] b = new double[3];
    private final boolean diagonal;

    SourceCoordinates(Affine transform) {
      boolean diag = true;
      for (int r = 0; r < 3; r++) {
        for (int col = 0; col < 3; col++) {
          a[r][col] = transform.get(r, col);
          diag &= r == col || a[r][col] == 0;
        }
        b[r] = transform.get(r, 3);
      }
      this.diagonal = diag;
    }

    void of(int i, int j, int k, double[] out) {
      if (diagonal) {
        out[0] = (i + b[0] / a[0][0]) * a[0][0];
        out[1] = (j + b[1] / a[1][1]) * a[1][1];
        out[2] = (k + b[2] / a[2][2]) * a[2][2];
        return;
      }
      for (int r = 0; r < 3; r++) {
        double sum = 0.0;
        sum += i * a[r][0];
        sum += j * a[r][1];
        sum += k * a[r][2];
        out[r] = sum + b[r];
      }
    }
  }
}
