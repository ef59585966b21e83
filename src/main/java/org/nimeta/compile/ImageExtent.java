package org.nimeta.compile;

import java.util.Locale;
import org.nimeta.image.Affine;
import org.nimeta.image.Grid;
import org.nimeta.image.Mask;

/**
 * The box in world coordinates (mm) that voxel centres span, so that a message can say where
 * images lie and where the analysis mask is.
 *
 * @param min the smallest x, y, z
 * @param max the largest x, y, z
 */
record ImageExtent(double[] min, double[] max) {

  ImageExtent {
    min = min.clone();
    max = max.clone();
  }

  /** The box of a whole grid: that of its corner voxels, since the affine is linear. */
  static ImageExtent of(Grid g) {
    ImageExtent box = null;
    for (int corner = 0; corner < 8; corner++) {
      ImageExtent point = point(g.affine(), (corner & 1) * (g.nx() - 1), (corner >> 1 & 1) * (g.ny() - 1),
          (corner >> 2 & 1) * (g.nz() - 1));
      box = box == null ? point : box.union(point);
    }
    return box;
  }

  /** The box of a mask's in-mask voxels; null for an empty mask. */
  static ImageExtent of(Mask mask) {
    ImageExtent box = null;
    for (int m = 0; m < mask.size(); m++) {
      int[] ijk = mask.ijk(m);
      ImageExtent point = point(mask.grid().affine(), ijk[0], ijk[1], ijk[2]);
      box = box == null ? point : box.union(point);
    }
    return box;
  }

  private static ImageExtent point(Affine a, int i, int j, int k) {
    double[] xyz = a.apply(i, j, k);
    return new ImageExtent(xyz, xyz);
  }

  ImageExtent union(ImageExtent o) {
    double[] lo = new double[3];
    double[] hi = new double[3];
    for (int d = 0; d < 3; d++) {
      lo[d] = Math.min(min[d], o.min[d]);
      hi[d] = Math.max(max[d], o.max[d]);
    }
    return new ImageExtent(lo, hi);
  }

  /** Whether the two boxes share a point, within a voxel's rounding. */
  boolean meets(ImageExtent o) {
    for (int d = 0; d < 3; d++) {
      if (max[d] < o.min[d] - 1e-6 || o.max[d] < min[d] - 1e-6) {
        return false;
      }
    }
    return true;
  }

  /** {@code x -18..18, y -18..18, z -18..18 mm}. */
  String show() {
    StringBuilder sb = new StringBuilder();
    for (int d = 0; d < 3; d++) {
      sb.append(d == 0 ? "" : ", ").append("xyz".charAt(d)).append(' ')
          .append(mm(min[d])).append("..").append(mm(max[d]));
    }
    return sb.append(" mm").toString();
  }

  /** Whole millimetres as such, others to a tenth. */
  private static String mm(double v) {
    double tenth = Math.round(v * 10) / 10.0;
    return tenth == Math.rint(tenth) ? Long.toString((long) tenth) : String.format(Locale.ROOT, "%.1f", tenth);
  }
}
