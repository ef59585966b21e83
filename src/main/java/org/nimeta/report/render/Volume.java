package org.nimeta.report.render;

import org.nimeta.image.Grid;
import org.nimeta.image.NiftiImage;

/**
 * A 3-D image seen in world coordinates: its value at a world point (nearest voxel) and its
 * projections onto a view's plane. Works for any grid, so a map and the template need not share one.
 */
public final class Volume {
  private final Grid grid;
  private final double[] data;
  private final double[] toVoxel; // the inverse affine's first three rows, row-major

  public Volume(NiftiImage image) {
    this.grid = image.grid();
    this.data = image.data();
    double[][] inverse = grid.affine().inverse().toArray();
    this.toVoxel = new double[12];
    for (int r = 0; r < 3; r++) {
      System.arraycopy(inverse[r], 0, toVoxel, r * 4, 4);
    }
  }

  /** The value of the voxel nearest to world point {@code w}; NaN outside the grid. */
  public double at(double[] w) {
    // called for every pixel of every slice: no allocation
    double[] m = toVoxel;
    int i = (int) Math.round(m[0] * w[0] + m[1] * w[1] + m[2] * w[2] + m[3]);
    int j = (int) Math.round(m[4] * w[0] + m[5] * w[1] + m[6] * w[2] + m[7]);
    int k = (int) Math.round(m[8] * w[0] + m[9] * w[1] + m[10] * w[2] + m[11]);
    return grid.contains(i, j, k) ? data[grid.flatIndex(i, j, k)] : Double.NaN;
  }

  /** The world coordinates of the voxel with the largest absolute finite value; null when every value is 0. */
  public double[] peak() {
    int best = -1;
    double bestAbs = 0;
    for (int f = 0; f < data.length; f++) {
      double a = Math.abs(data[f]);
      if (a > bestAbs && Double.isFinite(a)) {
        bestAbs = a;
        best = f;
      }
    }
    return best < 0 ? null : world(best);
  }

  /** The largest absolute finite value (0 for an empty map). */
  public double maxAbs() {
    double m = 0;
    for (double d : data) {
      if (Double.isFinite(d)) {
        m = Math.max(m, Math.abs(d));
      }
    }
    return m;
  }

  /** The smallest non-zero absolute finite value: the threshold a thresholded map was cut at (0 when empty). */
  public double minNonZeroAbs() {
    double m = Double.MAX_VALUE;
    for (double d : data) {
      if (d != 0 && Double.isFinite(d)) {
        m = Math.min(m, Math.abs(d));
      }
    }
    return m == Double.MAX_VALUE ? 0 : m;
  }

  /** Whether some finite value is at or below {@code -threshold} (a negative tail to show). */
  public boolean hasNegativeBelow(double threshold) {
    for (double d : data) {
      if (d <= -threshold && d < 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * The maximum-intensity projection onto view {@code v}: per pixel the value of largest absolute
   * value along the depth axis (signed), 0 where no voxel with a finite non-zero value projects.
   * Each voxel covers the pixels of its footprint, so gaps do not appear at any pixel size.
   */
  public float[] maxProjection(View v, WorldBox box) {
    int w = box.width(v);
    int h = box.height(v);
    float[] out = new float[w * h];
    forEachFootprint(v, box, (f, pixel) -> {
      double d = data[f];
      if (Math.abs(d) > Math.abs(out[pixel])) {
        out[pixel] = (float) d;
      }
    });
    return out;
  }

  /**
   * Per pixel of view {@code v}, the sum of the finite non-zero values along the depth axis and how
   * many voxels there are: {@code [sum, count]}.
   */
  public double[][] sumProjection(View v, WorldBox box) {
    double[] sum = new double[box.width(v) * box.height(v)];
    double[] count = new double[sum.length];
    forEachFootprint(v, box, (f, pixel) -> {
      sum[pixel] += data[f];
      count[pixel]++;
    });
    return new double[][] {sum, count};
  }

  private interface Visit {
    void at(int flat, int pixel);
  }

  /**
   * Visits, for every voxel with a finite non-zero value, the pixels whose centres fall in its
   * footprint [centre - zoom/2, centre + zoom/2): the footprints tile the picture, so a pixel is
   * never covered twice by one column of voxels, nor missed.
   */
  private void forEachFootprint(View v, WorldBox box, Visit visit) {
    int w = box.width(v);
    int h = box.height(v);
    double mm = box.mmPerPixel();
    double halfAcross = grid.zooms()[v.across] / 2;
    double halfUp = grid.zooms()[v.up] / 2;
    for (int f = 0; f < data.length; f++) {
      double d = data[f];
      if (d == 0 || !Double.isFinite(d)) {
        continue;
      }
      double[] c = world(f);
      double across = (c[v.across] - box.min()[v.across]) / mm - 0.5; // in pixel centres
      double down = (box.max()[v.up] - c[v.up]) / mm - 0.5;
      int c0 = Math.max(0, (int) Math.ceil(across - halfAcross / mm));
      int c1 = Math.min(w - 1, (int) Math.ceil(across + halfAcross / mm) - 1);
      int r0 = Math.max(0, (int) Math.ceil(down - halfUp / mm));
      int r1 = Math.min(h - 1, (int) Math.ceil(down + halfUp / mm) - 1);
      for (int r = r0; r <= r1; r++) {
        for (int col = c0; col <= c1; col++) {
          visit.at(f, r * w + col);
        }
      }
    }
  }

  private double[] world(int flat) {
    int i = flat % grid.nx();
    int j = flat / grid.nx() % grid.ny();
    int k = flat / (grid.nx() * grid.ny());
    return grid.affine().apply(i, j, k);
  }
}
