package org.nimeta.engine.kernel;

import java.util.Arrays;
import java.util.List;
import org.nimeta.engine.CoordinateExperiment;
import org.nimeta.image.Mask;

/**
 * The modeled-activation maps of a list of experiments on one mask, stored like a CSR matrix:
 * experiment {@code e} owns entries {@code [start(e), end(e))} of {@link #indices()} (ascending
 * masked indices) and {@link #values()}. Reusable: {@link #clear()} and {@link #add} refill it
 * without allocating once the buffers are large enough, which is what Monte Carlo loops need (one
 * instance per thread).
 */
public final class MaMaps {
  private final Mask mask;
  private final MaWorkspace workspace;
  private final SparseMap scratch = new SparseMap(8192);
  private int count;
  private int[] starts = new int[33];
  private int[] indices = new int[8192];
  private double[] values = new double[8192];

  public MaMaps(Mask mask) {
    this.mask = mask;
    this.workspace = new MaWorkspace(mask);
  }

  /** The MA maps of {@code experiments}, in list order. */
  public static MaMaps of(List<CoordinateExperiment> experiments, KernelTransformer kernel, Mask mask) {
    MaMaps maps = new MaMaps(mask);
    for (CoordinateExperiment e : experiments) {
      kernel.checkInput(e);
    }
    for (CoordinateExperiment e : experiments) {
      maps.add(kernel, e.ijk(), e.fociCount(), e.sampleSize());
    }
    return maps;
  }

  public Mask mask() {
    return mask;
  }

  /** Forgets every experiment (keeps the buffers). */
  public void clear() {
    count = 0;
  }

  /**
   * Appends the MA map of one more experiment.
   *
   * @param ijk foci as flat (i, j, k) triplets, first {@code 3 nFoci} entries read. Not modified.
   */
  public void add(KernelTransformer kernel, int[] ijk, int nFoci, double sampleSize) {
    kernel.transform(ijk, nFoci, sampleSize, workspace, scratch);
    int from = starts[count];
    int n = scratch.size();
    if (from + n > indices.length) {
      int grown = Math.max(from + n, indices.length * 2);
      indices = Arrays.copyOf(indices, grown);
      values = Arrays.copyOf(values, grown);
    }
    System.arraycopy(scratch.indices(), 0, indices, from, n);
    System.arraycopy(scratch.values(), 0, values, from, n);
    if (count + 2 > starts.length) {
      starts = Arrays.copyOf(starts, starts.length * 2);
    }
    count++;
    starts[count] = from + n;
  }

  public int experimentCount() {
    return count;
  }

  /** First entry of experiment {@code e}. */
  public int start(int e) {
    return starts[e];
  }

  /** One past the last entry of experiment {@code e}. */
  public int end(int e) {
    return starts[e + 1];
  }

  /** Number of stored entries over all experiments (the valid length of {@link #indices()}). */
  public int entryCount() {
    return starts[count];
  }

  /** Number of in-mask voxels experiment {@code e} touches. */
  public int nonzeroCount(int e) {
    return starts[e + 1] - starts[e];
  }

  /** The largest MA value of experiment {@code e}, 0 when it touches no in-mask voxel. */
  public double max(int e) {
    double m = 0;
    for (int n = starts[e]; n < starts[e + 1]; n++) {
      m = Math.max(m, values[n]);
    }
    return m;
  }

  /** Masked indices of all experiments; entries {@code [0, entryCount())} are valid. Do not modify. */
  public int[] indices() {
    return indices;
  }

  /** Values matching {@link #indices()}. Do not modify. */
  public double[] values() {
    return values;
  }

  /** Experiment {@code e}'s map as a dense masked array (a new array). */
  public double[] dense(int e) {
    double[] d = new double[mask.size()];
    for (int n = starts[e]; n < starts[e + 1]; n++) {
      d[indices[n]] = values[n];
    }
    return d;
  }
}
