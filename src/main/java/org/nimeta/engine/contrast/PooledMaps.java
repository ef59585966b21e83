package org.nimeta.engine.contrast;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.nimeta.engine.CoordinateExperiment;
import org.nimeta.engine.CoordinateInputs;
import org.nimeta.engine.kernel.KernelTransformer;
import org.nimeta.engine.kernel.MaMaps;
import org.nimeta.image.Mask;

/**
 * The pooled experiments' MA maps restricted to their support (the voxels at least one
 * experiment reaches), with {@code 1 - MA} precomputed, for recomputing the ALE difference of any
 * split of the pool into two groups without allocating.
 */
final class PooledMaps {
  private final int experimentCount;
  private final int firstGroupSize;
  private final int[] starts;
  private final int[] local;
  private final double[] complement;
  private final int[] supportToVoxel;

  /**
   * @param maps           the pooled maps, group 1 first. Not modified, not kept.
   * @param firstGroupSize how many of them form group 1 in the observed split
   */
  PooledMaps(MaMaps maps, int firstGroupSize) {
    this.experimentCount = maps.experimentCount();
    this.firstGroupSize = firstGroupSize;
    int entries = maps.entryCount();
    int[] indices = maps.indices();
    int[] voxelToSupport = new int[maps.mask().size()];
    Arrays.fill(voxelToSupport, -1);
    for (int n = 0; n < entries; n++) {
      voxelToSupport[indices[n]] = 0;
    }
    int size = 0;
    for (int m = 0; m < voxelToSupport.length; m++) {
      if (voxelToSupport[m] == 0) {
        voxelToSupport[m] = size++;
      }
    }
    supportToVoxel = new int[size];
    for (int m = 0; m < voxelToSupport.length; m++) {
      if (voxelToSupport[m] >= 0) {
        supportToVoxel[voxelToSupport[m]] = m;
      }
    }
    starts = new int[experimentCount + 1];
    for (int e = 0; e <= experimentCount; e++) {
      starts[e] = e < experimentCount ? maps.start(e) : entries;
    }
    local = new int[entries];
    complement = new double[entries];
    for (int n = 0; n < entries; n++) {
      local[n] = voxelToSupport[indices[n]];
      complement[n] = 1.0 - maps.values()[n];
    }
  }

  /**
   * The pool of an ALE subtraction: each group's experiments with foci in id order, group 1
   * first, as {@link AleSubtraction} fits them.
   */
  static PooledMaps of(List<CoordinateExperiment> group1, List<CoordinateExperiment> group2,
      KernelTransformer kernel, Mask mask) {
    List<CoordinateExperiment> first = CoordinateInputs.prepare(group1, kernel, "ALESubtraction (first group)");
    List<CoordinateExperiment> second = CoordinateInputs.prepare(group2, kernel, "ALESubtraction (second group)");
    List<CoordinateExperiment> pooled = new ArrayList<>(first);
    pooled.addAll(second);
    return new PooledMaps(MaMaps.of(pooled, kernel, mask), first.size());
  }

  int experimentCount() {
    return experimentCount;
  }

  int supportSize() {
    return supportToVoxel.length;
  }

  /** The masked index of support voxel {@code u}. */
  int voxel(int u) {
    return supportToVoxel[u];
  }

  /**
   * The ALE difference when experiments {@code order[0..n1)} form group 1 and the rest group 2,
   * each group's product taken in that order: {@code out[u] = (1 - prod_1[u]) - (1 - prod_2[u])}.
   *
   * @param order    a permutation of the experiments. Not modified.
   * @param product1 scratch, one value per support voxel. Overwritten.
   * @param product2 scratch, likewise. Overwritten.
   * @param out      one value per support voxel. Overwritten.
   */
  void difference(int[] order, double[] product1, double[] product2, double[] out) {
    Arrays.fill(product1, 1.0);
    Arrays.fill(product2, 1.0);
    for (int r = 0; r < order.length; r++) {
      int e = order[r];
      double[] product = r < firstGroupSize ? product1 : product2;
      for (int n = starts[e]; n < starts[e + 1]; n++) {
        product[local[n]] *= complement[n];
      }
    }
    for (int u = 0; u < out.length; u++) {
      out[u] = (1.0 - product1[u]) - (1.0 - product2[u]);
    }
  }
}
