package org.nimeta.report.render;

import org.nimeta.image.Affine;
import org.nimeta.image.Grid;
import org.nimeta.image.Mask;
import org.nimeta.image.NiftiDatatype;
import org.nimeta.image.NiftiImage;

/**
 * A small synthetic world for the renderers: a 2 mm grid of 21 x 25 x 19 voxels centred on the
 * origin (x from -20 to 20 mm), a uniform grey "template" filling it and a map that is 0 but at
 * the voxels it is given.
 */
final class SyntheticBrain {
  static final Grid GRID = new Grid(21, 25, 19, Affine.scaled(2, 2, 2, -20, -24, -18));

  private SyntheticBrain() {}

  static Backdrop backdrop() {
    double[] t1 = new double[GRID.size()];
    java.util.Arrays.fill(t1, 100);
    NiftiImage image = new NiftiImage(GRID, t1, NiftiDatatype.FLOAT32);
    return new Backdrop(image, Mask.fromImage(image), 1.0);
  }

  /** A map with {@code value} at each world point of {@code at} (which must be voxel centres). */
  static Volume map(double value, double[]... at) {
    double[] data = new double[GRID.size()];
    Affine toVoxel = GRID.affine().inverse();
    for (double[] w : at) {
      double[] v = toVoxel.apply(w[0], w[1], w[2]);
      data[GRID.flatIndex((int) Math.round(v[0]), (int) Math.round(v[1]), (int) Math.round(v[2]))] = value;
    }
    return new Volume(new NiftiImage(GRID, data, NiftiDatatype.FLOAT32));
  }
}
