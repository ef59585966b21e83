package org.nimeta.engine.diagnostics;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * NiMARE 0.2.1's {@code Jackknife}: for each experiment e and cluster, the mean over the cluster's
 * voxels of {@code 1 - nan_to_num(value_without_e / value)}, where value is the estimate's value
 * map ({@link #valueMap}). NiMARE refits the estimator without each experiment; here the value map
 * is recomputed at the cluster voxels only ({@link LeaveOneOut}), which gives the same numbers.
 */
public final class Jackknife {
  /** NiMARE's value maps, in the order it prefers them; {@code z} when a result has none. */
  public static final List<String> VALUE_MAPS = List.of("stat", "est", "stat_desc-group1MinusGroup2",
      "z_desc-association");

  private Jackknife() {}

  /** The map whose loss without an experiment the table reports, among a result's maps. */
  public static String valueMap(Set<String> maps) {
    return VALUE_MAPS.stream().filter(maps::contains).findFirst().orElse("z");
  }

  /**
   * The contribution table of one tail.
   *
   * @param value the estimate's value map, one value per in-mask voxel. Not modified.
   */
  public static Contributions table(TargetClusters.Tail tail, double[] value, LeaveOneOut without) {
    int[] labels = tail.labels();
    int[] voxels = IntStream.range(0, labels.length).filter(m -> labels[m] > 0).toArray();
    int[] count = new int[tail.clusters() + 1];
    for (int m : voxels) {
      count[labels[m]]++;
    }
    List<String> ids = without.ids();
    double[][] cells = new double[ids.size()][tail.clusters()];
    LeaveOneOut.AtVoxels at = without.at(voxels);
    // Experiments are independent; each row is the same whatever the thread that computes it.
    IntStream.range(0, ids.size()).parallel().forEach(e -> {
      double[] reduced = new double[voxels.length];
      at.without(e, reduced);
      double[] sum = new double[tail.clusters() + 1];
      for (int v = 0; v < voxels.length; v++) {
        sum[labels[voxels[v]]] += 1 - nanToNum(reduced[v] / value[voxels[v]]);
      }
      for (int c = 1; c <= tail.clusters(); c++) {
        cells[e][c - 1] = sum[c] / count[c];
      }
    });
    List<String> columns = new ArrayList<>();
    for (int c = 1; c <= tail.clusters(); c++) {
      columns.add(tail.column(c));
    }
    return new Contributions(ids, columns, cells);
  }

  /** numpy's {@code nan_to_num}: NaN to 0, ±infinity to the largest finite double. */
  static double nanToNum(double x) {
    if (Double.isNaN(x)) {
      return 0;
    }
    if (Double.isInfinite(x)) {
      return x > 0 ? Double.MAX_VALUE : -Double.MAX_VALUE;
    }
    return x;
  }
}
