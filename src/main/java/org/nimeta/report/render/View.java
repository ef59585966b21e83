package org.nimeta.report.render;

/**
 * The three orthogonal views in world (RAS+ millimetre) coordinates, as a reader expects them:
 * sagittal seen from the right with anterior to the right, coronal and axial in neurological
 * order (the left hemisphere on the left of the picture), superior up, and anterior up in axial.
 */
public enum View {
  SAGITTAL(1, 2, 0, 'x'),
  CORONAL(0, 2, 1, 'y'),
  AXIAL(0, 1, 2, 'z');

  /** The world axis (0 = x, 1 = y, 2 = z) that grows to the right of the picture. */
  public final int across;
  /** The world axis that grows towards the top of the picture. */
  public final int up;
  /** The world axis looked along: the slice's coordinate, or what a projection collapses. */
  public final int depth;
  /** The name of the depth axis, for a slice's label ({@code x=38}). */
  public final char depthName;

  View(int across, int up, int depth, char depthName) {
    this.across = across;
    this.up = up;
    this.depth = depth;
    this.depthName = depthName;
  }
}
