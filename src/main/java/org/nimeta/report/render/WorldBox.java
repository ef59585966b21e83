package org.nimeta.report.render;

import org.nimeta.image.Grid;

/**
 * A box in world millimetres drawn at a fixed number of millimetres per pixel: every panel of a
 * report is drawn on the box of the template, so the maps of any grid line up with it.
 */
public record WorldBox(double[] min, double[] max, double mmPerPixel) {
  /** The box holding every voxel centre of {@code grid}, half a voxel wider on each side. */
  public static WorldBox of(Grid grid, double mmPerPixel) {
    double[] min = {Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE};
    double[] max = {-Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
    for (int c = 0; c < 8; c++) {
      double[] w = grid.affine().apply((c & 1) == 0 ? -0.5 : grid.nx() - 0.5, (c & 2) == 0 ? -0.5 : grid.ny() - 0.5,
          (c & 4) == 0 ? -0.5 : grid.nz() - 0.5);
      for (int a = 0; a < 3; a++) {
        min[a] = Math.min(min[a], w[a]);
        max[a] = Math.max(max[a], w[a]);
      }
    }
    return new WorldBox(min, max, mmPerPixel);
  }

  public int width(View v) {
    return pixels(v.across);
  }

  public int height(View v) {
    return pixels(v.up);
  }

  private int pixels(int axis) {
    return (int) Math.ceil((max[axis] - min[axis]) / mmPerPixel);
  }

  /** The column of world point {@code w} in view {@code v} (may fall outside the picture). */
  public int column(View v, double[] w) {
    return (int) Math.floor((w[v.across] - min[v.across]) / mmPerPixel);
  }

  /** The row of world point {@code w} in view {@code v}: row 0 is the top (the largest {@code up}). */
  public int row(View v, double[] w) {
    return (int) Math.floor((max[v.up] - w[v.up]) / mmPerPixel);
  }

  /** The world point at the centre of pixel (column, row) of view {@code v}, at {@code depth} along its depth axis. */
  public double[] world(View v, int column, int row, double depth) {
    double[] w = new double[3];
    w[v.across] = min[v.across] + (column + 0.5) * mmPerPixel;
    w[v.up] = max[v.up] - (row + 0.5) * mmPerPixel;
    w[v.depth] = depth;
    return w;
  }
}
