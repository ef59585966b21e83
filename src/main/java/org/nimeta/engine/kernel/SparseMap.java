package org.nimeta.engine.kernel;

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
}
