package org.nimeta.engine.contrast;

import java.util.Arrays;

/**
 * The {@code k} largest of a stream of non-negative values (a bounded min-heap of floats), so an
 * upper quantile of {@code n_iters x voxels} permutation values is found in O(k) memory instead
 * of keeping them all. The kept multiset does not depend on the order values arrive in, so
 * merging the heaps of several threads gives the same values for any thread count.
 */
final class LargestValues {
  private final float[] heap;
  private int size;

  /** @param capacity how many of the largest values to keep, at least 1 */
  LargestValues(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("keep at least one value, not " + capacity);
    }
    heap = new float[capacity];
  }

  void offer(float value) {
    if (size < heap.length) {
      heap[size] = value;
      siftUp(size++);
    } else if (value > heap[0]) {
      heap[0] = value;
      siftDown(0);
    }
  }

  /** Offers every value {@code other} keeps. */
  void merge(LargestValues other) {
    for (int i = 0; i < other.size; i++) {
      offer(other.heap[i]);
    }
  }

  /**
   * The kept values in descending order, padded with zeros to the capacity: values never offered
   * are zeros (the voxels no experiment reaches), which are the smallest of the stream.
   */
  float[] descending() {
    float[] out = new float[heap.length];
    float[] kept = Arrays.copyOf(heap, size);
    Arrays.sort(kept);
    for (int i = 0; i < size; i++) {
      out[i] = kept[size - 1 - i];
    }
    return out;
  }

  private void siftUp(int i) {
    float v = heap[i];
    while (i > 0) {
      int parent = (i - 1) >>> 1;
      if (heap[parent] <= v) {
        break;
      }
      heap[i] = heap[parent];
      i = parent;
    }
    heap[i] = v;
  }

  private void siftDown(int i) {
    float v = heap[i];
    int half = size >>> 1;
    while (i < half) {
      int child = 2 * i + 1;
      if (child + 1 < size && heap[child + 1] < heap[child]) {
        child++;
      }
      if (heap[child] >= v) {
        break;
      }
      heap[i] = heap[child];
      i = child;
    }
    heap[i] = v;
  }
}
