package org.nimeta.engine.kernel;

/**
 * NiMARE's {@code KDAKernel(r, value)}: each experiment's MA map is the sum of spheres of
 * radius {@code r} mm around its foci, each adding {@code value} to its voxels (a voxel covered by
 * three spheres holds {@code 3 * value}).
 */
public final class KdaKernel implements SphereKernel {
  private final double radius;
  private final double value;
  private final OffsetsCache offsets;

  /** @param radius sphere radius in mm (NiMARE default 10); @param value sphere value (default 1) */
  public KdaKernel(double radius, double value) {
    SphereKernel.check(radius, value);
    this.radius = radius;
    this.value = value;
    this.offsets = new OffsetsCache(radius);
  }

  /** NiMARE's defaults: r = 10 mm, value = 1. */
  public KdaKernel() {
    this(10, 1);
  }

  @Override
  public void transform(int[] ijk, int nFoci, double sampleSize, MaWorkspace ws, SparseMap out) {
    SphereOffsets sphere = offsets.forZooms(ws.zooms());
    for (int f = 0; f < nFoci; f++) {
      ws.sphere(sphere, ijk[3 * f], ijk[3 * f + 1], ijk[3 * f + 2], value, true);
    }
    ws.drainTo(out);
  }

  @Override
  public boolean hasSampleSizeParameter() {
    return false;
  }

  @Override
  public double radius() {
    return radius;
  }

  @Override
  public double value() {
    return value;
  }

  @Override
  public String toString() {
    return "KDAKernel(r=" + radius + ", value=" + value + ")";
  }
}
