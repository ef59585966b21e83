package org.nimeta.engine.cbma;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.nimeta.engine.CoordinateExperiment;
import org.nimeta.engine.kernel.MaMaps;
import org.nimeta.engine.kernel.MkdaKernel;
import org.nimeta.image.Mask;

/**
 * The two groups of an MKDAChi2 pooled (group 1 first, each in NiMARE's id order), with their
 * MA maps, for counting the active experiments of any split without refitting. An experiment
 * counts {@code (int) kernel value} at each voxel its spheres cover, as in {@link MkdaChi2#fit}.
 * Immutable once built; shared by the threads of a null.
 */
public final class MkdaChi2Pool {
  private final List<CoordinateExperiment> experiments;
  private final int firstGroupSize;
  private final MkdaKernel kernel;
  private final Mask mask;
  private final int weight;
  private final int[] starts;
  private final int[] indices;
  private final double[] total;
  private final int[] support;
  private final boolean[] inSupport;

  /**
   * @param group1 the first group's experiments. Not modified.
   * @param group2 the second group's. Not modified.
   */
  public MkdaChi2Pool(List<CoordinateExperiment> group1, List<CoordinateExperiment> group2, MkdaKernel kernel,
      Mask mask) {
    List<CoordinateExperiment> first = MkdaChi2.prepare(group1, kernel, "first");
    List<CoordinateExperiment> second = MkdaChi2.prepare(group2, kernel, "second");
    List<CoordinateExperiment> pooled = new ArrayList<>(first);
    pooled.addAll(second);
    this.experiments = List.copyOf(pooled);
    this.firstGroupSize = first.size();
    this.kernel = kernel;
    this.mask = mask;
    this.weight = (int) kernel.value();
    MaMaps maps = MaMaps.of(experiments, kernel, mask);
    this.starts = new int[experiments.size() + 1];
    for (int e = 0; e < experiments.size(); e++) {
      starts[e] = maps.start(e);
    }
    starts[experiments.size()] = maps.entryCount();
    this.indices = Arrays.copyOf(maps.indices(), maps.entryCount());
    this.total = new double[mask.size()];
    for (int index : indices) {
      total[index] += weight;
    }
    this.inSupport = new boolean[mask.size()];
    for (int index : indices) {
      inSupport[index] = true;
    }
    this.support = java.util.stream.IntStream.range(0, mask.size()).filter(m -> inSupport[m]).toArray();
  }

  /** The voxels some experiment covers, ascending: every other voxel counts 0 in any relabelling. */
  int[] support() {
    return support;
  }

  boolean inSupport(int m) {
    return inSupport[m];
  }

  public int experimentCount() {
    return experiments.size();
  }

  public int firstGroupSize() {
    return firstGroupSize;
  }

  public int secondGroupSize() {
    return experiments.size() - firstGroupSize;
  }

  List<CoordinateExperiment> experiments() {
    return experiments;
  }

  MkdaKernel kernel() {
    return kernel;
  }

  Mask mask() {
    return mask;
  }

  int maxFoci() {
    return experiments.stream().mapToInt(CoordinateExperiment::fociCount).max().orElse(0);
  }

  /**
   * The counts when experiments {@code order[0..n1)} form group 1 and the rest group 2; group 2's
   * are the pooled total minus group 1's, so only group 1's maps are read. Written at the
   * {@link #support()} only (the buffers must hold 0 elsewhere).
   *
   * @param order a permutation of the pooled experiments. Not modified.
   */
  void splitCounts(int[] order, double[] first, double[] second) {
    for (int m : support) {
      first[m] = 0;
    }
    for (int r = 0; r < firstGroupSize; r++) {
      int e = order[r];
      for (int n = starts[e]; n < starts[e + 1]; n++) {
        first[indices[n]] += weight;
      }
    }
    for (int m : support) {
      second[m] = total[m] - first[m];
    }
  }

  /** The observed split's counts. */
  void observedCounts(double[] first, double[] second) {
    int[] identity = new int[experiments.size()];
    Arrays.setAll(identity, e -> e);
    splitCounts(identity, first, second);
  }

  /** The counts of maps made for the pooled experiments in pool order (a random-foci draw). */
  void groupCounts(MaMaps maps, double[] first, double[] second) {
    Arrays.fill(first, 0);
    Arrays.fill(second, 0);
    for (int e = 0; e < maps.experimentCount(); e++) {
      double[] counts = e < firstGroupSize ? first : second;
      for (int n = maps.start(e); n < maps.end(e); n++) {
        counts[maps.indices()[n]] += weight;
      }
    }
  }
}
