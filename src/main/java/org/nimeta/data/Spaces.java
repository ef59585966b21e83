package org.nimeta.data;

import org.nimeta.image.Affine;

/**
 * MNI ↔ Talairach conversion with Lancaster's {@code icbm_other} transform (BrainMap's
 * {@code icbm_other2tal.m}), exactly as NiMARE's {@code utils.mni2tal} / {@code tal2mni}:
 * {@code tal = A · [mni, 1]} and {@code mni = inv(A) · [tal, 1]} with
 *
 * <pre>
 * A = [[ 0.9357, 0.0029, -0.0072, -1.0423],
 *      [-0.0065, 0.9396, -0.0726, -1.3940],
 *      [ 0.0103, 0.0752,  0.8967,  3.6475],
 *      [ 0,      0,       0,       1     ]]
 * </pre>
 */
public final class Spaces {
  private static final Affine MNI_TO_TAL = Affine.of(new double[][] {
    {0.9357, 0.0029, -0.0072, -1.0423},
    {-0.0065, 0.9396, -0.0726, -1.3940},
    {0.0103, 0.0752, 0.8967, 3.6475}
  });
  private static final Affine TAL_TO_MNI = MNI_TO_TAL.inverse();

  private Spaces() {}

  /** Talairach millimetres → MNI millimetres; returns a new 3-vector. */
  public static double[] tal2mni(double x, double y, double z) {
    return TAL_TO_MNI.apply(x, y, z);
  }

  /** MNI millimetres → Talairach millimetres; returns a new 3-vector. */
  public static double[] mni2tal(double x, double y, double z) {
    return MNI_TO_TAL.apply(x, y, z);
  }

  /**
   * The foci in MNI millimetres: Talairach foci go through {@link #tal2mni}; MNI and UNKNOWN foci are
   * copied unchanged (NiMARE leaves unrecognised spaces untouched).
   *
   * @param foci n x 3 millimetre coordinates. Not modified.
   * @return a new n x 3 array
   */
  public static double[][] toMni(CoordinateSpace space, double[][] foci) {
    double[][] out = new double[foci.length][];
    for (int n = 0; n < foci.length; n++) {
      double[] f = foci[n];
      out[n] = space == CoordinateSpace.TALAIRACH ? tal2mni(f[0], f[1], f[2]) : f.clone();
    }
    return out;
  }
}
