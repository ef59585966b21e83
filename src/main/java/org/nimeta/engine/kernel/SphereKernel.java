package org.nimeta.engine.kernel;

import java.util.Arrays;

/**
 * A kernel that places a sphere of constant {@code value} on each focus: {@link MkdaKernel}
 * (spheres of one experiment form a union) or {@link KdaKernel} (overlapping spheres add up).
 */
public sealed interface SphereKernel extends KernelTransformer permits MkdaKernel, KdaKernel {

  /** Sphere radius in mm. */
  double radius();

  /** Value of a sphere voxel. */
  double value();

  /** Validates the parameters shared by both sphere kernels. */
  static void check(double radius, double value) {
    if (!(radius > 0) || Double.isInfinite(radius)) {
      throw new IllegalArgumentException("The sphere radius `r` must be a positive number of mm, not " + radius + ".");
    }
    if (!(value > 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException("The sphere `value` must be a positive number, not " + value + ".");
    }
  }

  /** The sphere offsets for a grid's voxel sizes, remembering the last ones computed. */
  final class OffsetsCache {
    private record Entry(double[] zooms, SphereOffsets offsets) {}

    private final double radius;
    private volatile Entry last;

    OffsetsCache(double radius) {
      this.radius = radius;
    }

    /** @param zooms voxel sizes in mm. Not modified. */
    SphereOffsets forZooms(double[] zooms) {
      Entry e = last;
      if (e == null || !Arrays.equals(e.zooms(), zooms)) {
        e = new Entry(zooms.clone(), SphereOffsets.of(radius, zooms));
        last = e;
      }
      return e.offsets();
    }
  }
}
