package org.nimeta.engine.kernel;

import java.util.Arrays;

/**
 * A reusable sparse map over a mask's voxels: ascending masked indices and their values. Kernels
 * overwrite it; capacity only grows, so refilling it in a loop allocates nothing once it is large
 * enough.
 */
public final class SparseMap {
  private int[] indices;
  private double[] values;
  private int size;

  public SparseMap() {
    this(1024);
  }

  public SparseMap(int initialCapacity) {
    indices = new int[Math.max(1, initialCapacity)];
    values = new double[indices.length];
  }

  /** Number of stored voxels. */
  public int size() {
    return size;
  }

  /** Masked index of entry {@code n} (ascending in {@code n}). */
  public int index(int n) {
    return indices[n];
  }

  public double value(int n) {
    return values[n];
  }

  /** Backing index array; entries {@code [0, size())} are valid. Do not modify. */
  public int[] indices() {
    return indices;
  }

  /** Backing value array; entries {@code [0, size())} are valid. Do not modify. */
  public double[] values() {
    return values;
  }

  /** The largest value, or 0 when empty. */
  public double max() {
    double m = 0;
    for (int n = 0; n < size; n++) {
      m = Math.max(m, values[n]);
    }
    return m;
  }

  /** Empties the map and makes room for {@code capacity} entries. */
  void reset(int capacity) {
    if (capacity > indices.length) {
      int grown = Math.max(capacity, indices.length + (indices.length >> 1));
      indices = new int[grown];
      values = new double[grown];
    }
    size = 0;
  }

  /** Appends an entry; the caller keeps indices ascending and within the reserved capacity. */
  void append(int maskedIndex, double value) {
    indices[size] = maskedIndex;
    values[size] = value;
    size++;
  }

  /** A copy holding exactly the stored entries. */
  public SparseMap copy() {
    SparseMap c = new SparseMap(size);
    System.arraycopy(indices, 0, c.indices, 0, size);
    System.arraycopy(values, 0, c.values, 0, size);
    c.size = size;
    return c;
  }

  /** Scatters the map into a dense masked array of {@code maskSize} values (zero elsewhere). */
  public double[] toDense(int maskSize) {
    double[] dense = new double[maskSize];
    for (int n = 0; n < size; n++) {
      dense[indices[n]] = values[n];
    }
    return dense;
  }

  @Override
  public String toString() {
    return "SparseMap[" + size + " voxels, indices " + Arrays.toString(Arrays.copyOf(indices, Math.min(size, 8)))
        + (size > 8 ? "...]" : "]");
  }
}
