package org.nimeta.engine.kernel;

import java.util.Arrays;
import org.nimeta.engine.EngineRefusal;

/**
 * A kernel that places a sphere of constant {@code value} on each focus: {@link MkdaKernel}
 * (spheres of one experiment form a union) or {@link KdaKernel} (overlapping spheres add up).
 * The two differ only in that one flag, kept in a final field so the Monte Carlo hot path reads
 * it like a constant.
 */
public abstract sealed class SphereKernel implements KernelTransformer permits MkdaKernel, KdaKernel {
  private final double radius;
  private final double value;
  private final boolean overlapsAdd;
  private final String nimareName;
  private final OffsetsCache offsets;

  /**
   * @param radius      sphere radius in mm, positive
   * @param value       value of a sphere voxel, positive
   * @param overlapsAdd true when overlapping spheres of one experiment add up (KDA), false for a union (MKDA)
   */
  SphereKernel(double radius, double value, boolean overlapsAdd, String nimareName) {
    if (!(radius > 0) || Double.isInfinite(radius)) {
      throw new EngineRefusal("The sphere radius `r` must be a positive number of mm, not " + radius + ".");
    }
    if (!(value > 0) || Double.isInfinite(value)) {
      throw new EngineRefusal("The sphere `value` must be a positive number, not " + value + ".");
    }
    this.radius = radius;
    this.value = value;
    this.overlapsAdd = overlapsAdd;
    this.nimareName = nimareName;
    this.offsets = new OffsetsCache(radius);
  }

  @Override
  public final void transform(int[] ijk, int nFoci, double sampleSize, MaWorkspace ws, SparseMap out) {
    SphereOffsets sphere = offsets.forZooms(ws.zooms());
    for (int f = 0; f < nFoci; f++) {
      ws.sphere(sphere, ijk[3 * f], ijk[3 * f + 1], ijk[3 * f + 2], value, overlapsAdd);
    }
    ws.drainTo(out);
  }

  @Override
  public final boolean hasSampleSizeParameter() {
    return false;
  }

  /** Sphere radius in mm. */
  public final double radius() {
    return radius;
  }

  /** Value of a sphere voxel. */
  public final double value() {
    return value;
  }

  @Override
  public final String toString() {
    return nimareName + "(r=" + radius + ", value=" + value + ")";
  }

  /** The sphere offsets for a grid's voxel sizes, remembering the last ones computed. */
  private static final class OffsetsCache {
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
