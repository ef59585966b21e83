package org.nimeta.engine.kernel;

/**
 * NiMARE's {@code KDAKernel(r, value)}: each experiment's MA map is the sum of spheres of
 * radius {@code r} mm around its foci, each adding {@code value} to its voxels (a voxel covered by
 * three spheres holds {@code 3 * value}).
 */
public final class KdaKernel extends SphereKernel {
  /** @param radius sphere radius in mm (NiMARE default 10); @param value sphere value (default 1) */
  public KdaKernel(double radius, double value) {
    super(radius, value, true, "KDAKernel");
  }

  /** NiMARE's defaults: r = 10 mm, value = 1. */
  public KdaKernel() {
    this(10, 1);
  }
}
