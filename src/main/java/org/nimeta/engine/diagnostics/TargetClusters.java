package org.nimeta.engine.diagnostics;

import java.util.ArrayList;
import java.util.List;
import org.nimeta.engine.cluster.ClusterLabeler;
import org.nimeta.engine.cluster.ClusterTable;
import org.nimeta.engine.cluster.FaceNeighbours;
import org.nimeta.image.Affine;
import org.nimeta.image.Mask;

/**
 * The clusters a diagnostic characterises, as NiMARE 0.2.1's {@code Diagnostics.transform} forms
 * them with nilearn 0.10.2's {@code get_clusters_table(target, voxel_thresh or 0,
 * cluster_threshold, two_sided = (target < 0).any(), return_label_maps = True)}: voxels beyond the
 * threshold, clusters (face connectivity, per sign) of fewer than {@code cluster_threshold} voxels
 * dropped, then one table and one label map per tail that has clusters. Each tail's clusters are
 * numbered 1..n by peak value, as its label map holds them, and its table rows are named
 * {@code PositiveTail 3}, {@code PositiveTail 3a}, …
 *
 * <p>NiMARE names the label map of the only tail {@code _tail-positive} even when that tail is the
 * negative one; here a tail always carries its own sign.
 *
 * @param rows  the cluster table, positive tail first, each row's id prefixed with its tail
 * @param tails the tails that have clusters, positive first
 */
public record TargetClusters(List<ClusterTable.Row> rows, List<Tail> tails) {
  public static final String POSITIVE = "PositiveTail";
  public static final String NEGATIVE = "NegativeTail";

  public TargetClusters {
    rows = List.copyOf(rows);
    tails = List.copyOf(tails);
  }

  /**
   * One sign's clusters.
   *
   * @param name     {@link #POSITIVE} or {@link #NEGATIVE}
   * @param labels   per in-mask voxel its cluster (1..clusters), 0 outside every cluster. Do not modify.
   * @param clusters the number of clusters
   */
  public record Tail(String name, int[] labels, int clusters) {
    public boolean positive() {
      return name.equals(POSITIVE);
    }

    /** The table's and the contribution tables' name of cluster c (1-based): {@code PositiveTail 3}. */
    public String column(int c) {
      return name + " " + c;
    }

    /** {@code positive} or {@code negative}, as NiMARE's {@code _tail-} entity. */
    public String entity() {
      return positive() ? "positive" : "negative";
    }
  }

  /**
   * The clusters of {@code target}.
   *
   * @param target           one value per in-mask voxel. Not modified.
   * @param voxelThreshold   |value| must exceed it; null for none (0, as NiMARE's {@code voxel_thresh or 0})
   * @param clusterThreshold clusters of fewer voxels are dropped; null for none
   */
  public static TargetClusters of(double[] target, Mask mask, Double voxelThreshold, Integer clusterThreshold) {
    double threshold = voxelThreshold == null ? 0 : voxelThreshold;
    boolean twoSided = false;
    double[] kept = new double[target.length];
    for (int m = 0; m < target.length; m++) {
      twoSided |= target[m] < 0;
      kept[m] = Math.abs(target[m]) > threshold ? target[m] : 0; // NaN fails the test: nilearn's ensure_finite
    }
    if (clusterThreshold != null && clusterThreshold > 1) {
      kept = ClusterTable.withoutSmallClusters(kept, mask, clusterThreshold);
    }
    List<ClusterTable.Row> rows = new ArrayList<>();
    List<Tail> tails = new ArrayList<>();
    for (int sign : twoSided ? new int[] {1, -1} : new int[] {1}) {
      double[] oneSign = new double[kept.length];
      for (int m = 0; m < kept.length; m++) {
        oneSign[m] = kept[m] * sign > 0 ? kept[m] : 0;
      }
      List<ClusterTable.Row> tailRows = ClusterTable.of(oneSign, mask, ClusterTable.MIN_DISTANCE_MM);
      if (tailRows.isEmpty()) {
        continue; // nilearn makes no label map for a sign without voxels
      }
      String name = sign > 0 ? POSITIVE : NEGATIVE;
      for (ClusterTable.Row r : tailRows) {
        rows.add(TableRows.renamed(r, name + " " + r.id()));
      }
      tails.add(labelled(name, oneSign, mask, tailRows));
    }
    return new TargetClusters(rows, tails);
  }

  /** Each cluster labelled with the id of the table row whose peak lies in it. */
  private static Tail labelled(String name, double[] oneSign, Mask mask, List<ClusterTable.Row> rows) {
    double[] magnitude = new double[oneSign.length];
    for (int m = 0; m < oneSign.length; m++) {
      magnitude[m] = Math.abs(oneSign[m]);
    }
    ClusterLabeler labeler = new ClusterLabeler(FaceNeighbours.of(mask));
    int found = labeler.labelAll(magnitude, 0);
    int[] idOfCluster = new int[found];
    int clusters = 0;
    Affine inverse = mask.grid().affine().inverse();
    for (ClusterTable.Row r : rows) {
      if (r.sizeMm3() == null) {
        continue; // a sub-peak
      }
      double[] ijk = inverse.apply(r.x(), r.y(), r.z());
      int m = mask.maskedIndex((int) Math.round(ijk[0]), (int) Math.round(ijk[1]), (int) Math.round(ijk[2]));
      idOfCluster[labeler.labelOf(m)] = ++clusters;
    }
    int[] labels = new int[oneSign.length];
    for (int m = 0; m < labels.length; m++) {
      int c = labeler.labelOf(m);
      labels[m] = c < 0 ? 0 : idOfCluster[c];
    }
    return new Tail(name, labels, clusters);
  }

  /** Whether no tail has a cluster. */
  public boolean empty() {
    return tails.isEmpty();
  }
}
