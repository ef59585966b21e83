package org.nimeta.engine.cluster;

import java.util.ArrayList;
import java.util.List;
import org.nimeta.data.Spaces;
import org.nimeta.image.atlas.Atlas;

/**
 * A cluster table a paper can use: nilearn's rows ({@link ClusterTable}, unchanged) with, per row,
 * the cluster's size in voxels (peak rows), the peak in Talairach millimetres (Lancaster's
 * icbm_other2tal, {@link Spaces#mni2tal}: the inverse of what nimeta applies to Talairach input),
 * the estimator's own statistic at the peak, the cluster-level FWE p at the peak (peak rows, when
 * the result has a cluster-level correction) and the atlas label at the peak with its distance.
 *
 * @param labels the cluster number of every in-mask voxel as the rows number them, 0 outside clusters
 */
public record ClusterReport(List<Entry> rows, int[] labels) {
  /**
   * One row. Null fields are cells left empty: {@code sizeVoxels} and {@code clusterP} on sub-peak
   * rows, {@code statistic} when the result has no statistic map, {@code clusterP} without a
   * cluster-level correction, {@code label} without an atlas.
   */
  public record Entry(ClusterTable.Row row, Integer sizeVoxels, double[] talairach, Double statistic, Double clusterP,
      Atlas.Label label) {}

  /**
   * The report of a thresholded map.
   *
   * @param thresholded one value per in-mask voxel of the context's mask, 0 outside clusters. Not modified.
   */
  public static ClusterReport of(double[] thresholded, ClusterContext context) {
    ClusterTable.LocatedTable table = ClusterTable.located(thresholded, context.mask(), ClusterTable.MIN_DISTANCE_MM);
    List<Entry> entries = new ArrayList<>();
    for (ClusterTable.Located l : table.rows()) {
      entries.add(entry(l.row(), l.voxel(), l.row().sizeMm3() != null ? l.clusterVoxels() : null, context));
    }
    return new ClusterReport(List.copyOf(entries), table.labels());
  }

  /**
   * The row of a table made elsewhere (a diagnostic's, whose ids are NiMARE's {@code PositiveTail k})
   * with its columns after nilearn's: {@code voxel} is the masked index of the row's peak, and
   * {@code sizeVoxels} its cluster's voxel count on a cluster's row (null on a sub-peak's).
   */
  public static Entry entry(ClusterTable.Row r, int voxel, Integer sizeVoxels, ClusterContext context) {
    double[] statistic = context.statistic();
    return new Entry(r, sizeVoxels, Spaces.mni2tal(r.x(), r.y(), r.z()),
        statistic == null ? null : statistic[voxel], sizeVoxels != null ? context.clusterP(voxel) : null,
        context.atlas().map(a -> a.labelAt(r.x(), r.y(), r.z())).orElse(null));
  }
}
