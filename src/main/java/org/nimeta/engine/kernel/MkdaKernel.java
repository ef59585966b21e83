package org.nimeta.engine.kernel;

/**
 * NiMARE's {@code MKDAKernel(r, value)}: each experiment's MA map is the union of spheres of
 * radius {@code r} mm around its foci, {@code value} inside and 0 outside (binary, whatever the
 * overlap).
 */
public final class MkdaKernel extends SphereKernel {
  /** @param radius sphere radius in mm (NiMARE default 10); @param value sphere value (default 1) */
  public MkdaKernel(double radius, double value) {
    super(radius, value, false, "MKDAKernel");
  }

  /** NiMARE's defaults: r = 10 mm, value = 1. */
  public MkdaKernel() {
    this(10, 1);
  }
}
