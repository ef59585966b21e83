package org.nimeta.engine.contrast;

import java.util.Arrays;
import java.util.Map;
import org.nimeta.engine.kernel.MaMaps;

/**
 * Experiments' MA maps restricted to the prior voxels they reach (their support), with
 * {@code 1 - MA} precomputed, for the mean ALE of many subsets without allocating per subset.
 * The experiments are numbered as in the maps given (group 1 then group 2 when pooled).
 */
final class BalancedMaps {
  private final int[] starts;
  private final int[] local;
  private final double[] complement;
  private final int[] supportToVoxel;
  private final int priorSize;

  /**
   * @param maps  the experiments' maps. Not modified, not kept.
   * @param prior per masked voxel, whether it is a prior voxel. Not modified, not kept.
   */
  BalancedMaps(MaMaps maps, boolean[] prior) {
    int[] voxelToSupport = new int[prior.length];
    Arrays.fill(voxelToSupport, -1);
    int[] indices = maps.indices();
    int entries = maps.entryCount();
    int kept = 0;
    for (int n = 0; n < entries; n++) {
      if (prior[indices[n]]) {
        voxelToSupport[indices[n]] = 0;
        kept++;
      }
    }
    int size = 0;
    int count = 0;
    for (int m = 0; m < prior.length; m++) {
      if (prior[m]) {
        count++;
      }
      if (voxelToSupport[m] == 0) {
        voxelToSupport[m] = size++;
      }
    }
    priorSize = count;
    supportToVoxel = new int[size];
    for (int m = 0; m < prior.length; m++) {
      if (voxelToSupport[m] >= 0) {
        supportToVoxel[voxelToSupport[m]] = m;
      }
    }
    int experiments = maps.experimentCount();
    starts = new int[experiments + 1];
    local = new int[kept];
    complement = new double[kept];
    int k = 0;
    for (int e = 0; e < experiments; e++) {
      starts[e] = k;
      for (int n = maps.start(e); n < maps.end(e); n++) {
        if (prior[indices[n]]) {
          local[k] = voxelToSupport[indices[n]];
          complement[k] = 1.0 - maps.values()[n];
          k++;
        }
      }
    }
    starts[experiments] = k;
  }

  int supportSize() {
    return supportToVoxel.length;
  }

  /** The masked index of support voxel {@code u}. */
  int voxel(int u) {
    return supportToVoxel[u];
  }

  /** Whether some prior voxel is outside the support (its difference is 0 in every draw). */
  boolean priorBeyondSupport() {
    return priorSize > supportToVoxel.length;
  }

  /**
   * Adds {@code weight x} the mean ALE of the counted subsets to {@code out}:
   * {@code out[u] += weight * sum_s count_s (1 - prod_{e in s} (1 - MA_e[u])) / draws}.
   *
   * @param experiments maps subset members to this object's experiment numbers. Not modified.
   * @param product     scratch, one value per support voxel. Overwritten.
   */
  void addMeanAle(Map<BalancedSubsets.Subset, Integer> counted, int[] experiments, int draws, double weight,
      double[] product, double[] out) {
    for (Map.Entry<BalancedSubsets.Subset, Integer> entry : counted.entrySet()) {
      Arrays.fill(product, 1.0);
      for (int member : entry.getKey().members()) {
        int e = experiments[member];
        for (int n = starts[e]; n < starts[e + 1]; n++) {
          product[local[n]] *= complement[n];
        }
      }
      double w = weight * entry.getValue() / draws;
      for (int u = 0; u < out.length; u++) {
        out[u] += w * (1.0 - product[u]);
      }
    }
  }
}
