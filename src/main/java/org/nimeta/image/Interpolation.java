package org.nimeta.image;

/** How {@link Resample} reads a source image between its voxel centres. */
public enum Interpolation {
  /** The value of the nearest source voxel (scipy order 0; ties round up). */
  NEAREST,
  /** Trilinear interpolation between the 8 surrounding source voxels (scipy order 1). */
  LINEAR
}
