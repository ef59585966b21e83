package org.nimeta.engine.montecarlo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.nimeta.engine.Npz;
import org.nimeta.engine.RefData;

/** NiMARE's per-iteration FWE nulls ({@code fwe_null_seed<s>.npz}) of the reference cases. */
final class NimareNulls {
  static final String VOXEL = "voxel_max";
  static final String SIZE = "cluster_size_max";
  static final String MASS = "cluster_mass_max";

  private NimareNulls() {}

  /** One seed's null as an {@link FweNull} with the given cluster-forming threshold. */
  static FweNull seed(String caseName, int seed, double threshold) {
    Map<String, double[]> npz = Npz.read(RefData.PUBLIC.resolve(caseName).resolve("fwe_null_seed" + seed + ".npz"));
    double[] sizes = npz.get(SIZE);
    int[] intSizes = new int[sizes.length];
    for (int i = 0; i < sizes.length; i++) {
      intSizes[i] = (int) sizes[i];
    }
    return new FweNull(threshold, npz.get(VOXEL), intSizes, npz.get(MASS));
  }

  /** The values of one null ({@link #VOXEL}, {@link #SIZE} or {@link #MASS}) of seeds 0, 1, 2 of each case, pooled. */
  static double[] pooled(String key, String... caseNames) {
    List<double[]> parts = new ArrayList<>();
    for (String c : caseNames) {
      for (int seed = 0; seed < 3; seed++) {
        parts.add(Npz.read(RefData.PUBLIC.resolve(c).resolve("fwe_null_seed" + seed + ".npz")).get(key));
      }
    }
    double[] all = parts.stream().flatMapToDouble(Arrays::stream).toArray();
    Arrays.sort(all);
    return all;
  }
}
