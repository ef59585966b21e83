package org.nimeta.engine.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.nimeta.image.Affine;
import org.nimeta.image.Grid;
import org.nimeta.image.Mask;

/**
 * The cluster table of a (thresholded) map, as nilearn's {@code get_clusters_table(img,
 * stat_threshold=0, two_sided=True, min_distance=8)} reports it: clusters of the voxels above 0,
 * then of those below 0 (face connectivity, {@link ClusterLabeler}), each cluster's peak and up to
 * {@link #MAX_SUBPEAKS} sub-peaks.
 *
 * <p>Per cluster (values sign-flipped for negative clusters, so every value is positive; 0 outside
 * the cluster):
 * <ol>
 *   <li>candidate peaks: cluster voxels equal to the maximum of their 3×3×3 neighbourhood (the
 *       grid's edge repeated, scipy's {@code reflect}), and, unless the whole cluster is constant
 *       ({@code isclose(max, min)}), whose neighbourhood maximum exceeds its minimum — so a flat
 *       plateau inside a cluster is no peak;</li>
 *   <li>face-connected candidates form one sub-peak at their value-weighted centre of mass,
 *       rounded half to even; when that voxel is not one of them, the nearest of them (first in
 *       i, j, k order on ties);</li>
 *   <li>sub-peaks sorted by value, descending; then nilearn's pass: for each kept sub-peak i, every
 *       later sub-peak j is marked kept exactly when it lies more than {@code minDistanceMm} from i
 *       (a later kept i can so revive a j an earlier i dropped, as in nilearn).</li>
 * </ol>
 * Clusters are ordered by their peak value, descending. Cluster sizes are
 * {@code (int)(voxels × voxel volume)} mm³, as nilearn. Differences from nilearn, which it leaves
 * undefined: ties (of cluster peaks or sub-peak values) keep i, j, k order of the first voxel;
 * negative clusters continue the numbering of the positive ones (nilearn restarts at 1), so every
 * id is unique.
 */
public final class ClusterTable {
  /** nilearn's default minimum distance between sub-peaks. */
  public static final double MIN_DISTANCE_MM = 8;
  /** Sub-peaks reported per cluster besides its peak (nilearn's "top 3"). */
  public static final int MAX_SUBPEAKS = 3;
  /** The TSV header, as nilearn's data frame. */
  public static final List<String> COLUMNS = List.of("Cluster ID", "X", "Y", "Z", "Peak Stat", "Cluster Size (mm3)");

  private static final Comparator<int[]> IJK_ORDER =
      Comparator.<int[]>comparingInt(v -> v[0]).thenComparingInt(v -> v[1]).thenComparingInt(v -> v[2]);

  private ClusterTable() {}

  /**
   * One row: a cluster's peak ({@code sizeMm3} set, id {@code "3"}) or a sub-peak ({@code sizeMm3}
   * null, id {@code "3a"}); x, y, z in mm through the grid's affine.
   */
  public record Row(String id, double x, double y, double z, double peak, Integer sizeMm3) {}

  /**
   * The table of {@code values}.
   *
   * @param values one value per in-mask voxel. Not modified.
   */
  public static List<Row> of(double[] values, Mask mask, double minDistanceMm) {
    return located(values, mask, minDistanceMm).rows().stream().map(Located::row).toList();
  }

  /**
   * A row with where it stands: {@code voxel} is the masked index of its peak, {@code cluster} its
   * cluster's number (the id without a sub-peak's letter), {@code clusterVoxels} the cluster's size
   * in voxels (on sub-peak rows too).
   */
  public record Located(Row row, int voxel, int cluster, int clusterVoxels) {}

  /**
   * The table with its voxels: {@code labels[m]} is the cluster number of masked voxel m (as the
   * rows number them), 0 outside every cluster.
   */
  public record LocatedTable(List<Located> rows, int[] labels) {}

  /**
   * The table of {@code values} with each row's voxel and every voxel's cluster number (what
   * labelled tables and cluster label images need).
   *
   * @param values one value per in-mask voxel. Not modified.
   */
  public static LocatedTable located(double[] values, Mask mask, double minDistanceMm) {
    FaceNeighbours neighbours = FaceNeighbours.of(mask);
    ClusterLabeler labeler = new ClusterLabeler(neighbours);
    Scratch scratch = new Scratch(new double[values.length], new boolean[values.length]);
    List<Located> rows = new ArrayList<>();
    int[] labels = new int[values.length];
    int nextId = 1;
    for (int sign : new int[] {1, -1}) {
      double[] signed = signed(values, sign);
      for (int[] cluster : clustersByPeak(labeler, signed, mask)) {
        List<int[]> peaks = subpeaks(cluster, signed, mask, neighbours, scratch, minDistanceMm);
        Grid grid = mask.grid();
        int sizeMm3 = (int) (cluster.length * grid.voxelVolume());
        for (int p = 0; p < Math.min(peaks.size(), 1 + MAX_SUBPEAKS); p++) {
          int[] ijk = peaks.get(p);
          double[] xyz = grid.affine().apply(ijk[0], ijk[1], ijk[2]);
          int voxel = mask.maskedIndex(ijk[0], ijk[1], ijk[2]);
          double value = signed[voxel] * sign;
          String id = p == 0 ? Integer.toString(nextId) : nextId + String.valueOf((char) ('a' + p - 1));
          rows.add(new Located(new Row(id, xyz[0], xyz[1], xyz[2], value, p == 0 ? sizeMm3 : null), voxel, nextId,
              cluster.length));
        }
        for (int m : cluster) {
          labels[m] = nextId;
        }
        nextId++;
      }
    }
    return new LocatedTable(List.copyOf(rows), labels);
  }

  /**
   * {@code values} without its small clusters: every cluster (above 0, or below 0, face-connected)
   * of fewer than {@code minSize} voxels is set to 0.
   *
   * @param values one value per in-mask voxel. Not modified; returns a new array.
   */
  public static double[] withoutSmallClusters(double[] values, Mask mask, int minSize) {
    double[] out = values.clone();
    ClusterLabeler labeler = new ClusterLabeler(FaceNeighbours.of(mask));
    for (int sign : new int[] {1, -1}) {
      labeler.labelAll(signed(values, sign), 0);
      for (int m = 0; m < values.length; m++) {
        int c = labeler.labelOf(m);
        if (c >= 0 && labeler.size(c) < minSize) {
          out[m] = 0;
        }
      }
    }
    return out;
  }

  private static double[] signed(double[] values, int sign) {
    double[] out = new double[values.length];
    for (int m = 0; m < values.length; m++) {
      out[m] = sign * values[m];
    }
    return out;
  }

  /** The clusters above 0 as lists of masked indices, by peak value descending (ties: first voxel in i, j, k order). */
  private static List<int[]> clustersByPeak(ClusterLabeler labeler, double[] signed, Mask mask) {
    int n = labeler.labelAll(signed, 0);
    int[] fill = new int[n];
    int[][] clusters = new int[n][];
    for (int c = 0; c < n; c++) {
      clusters[c] = new int[labeler.size(c)];
    }
    for (int m = 0; m < signed.length; m++) {
      int c = labeler.labelOf(m);
      if (c >= 0) {
        clusters[c][fill[c]++] = m;
      }
    }
    double[] peak = new double[n];
    int[][] first = new int[n][];
    for (int c = 0; c < n; c++) {
      peak[c] = Double.NEGATIVE_INFINITY;
      for (int m : clusters[c]) {
        peak[c] = Math.max(peak[c], signed[m]);
        int[] ijk = mask.ijk(m);
        if (first[c] == null || IJK_ORDER.compare(ijk, first[c]) < 0) {
          first[c] = ijk;
        }
      }
    }
    Integer[] order = new Integer[n];
    for (int c = 0; c < n; c++) {
      order[c] = c;
    }
    Arrays.sort(order, Comparator.<Integer>comparingDouble(c -> -peak[c]).thenComparing(c -> first[c], IJK_ORDER));
    List<int[]> sorted = new ArrayList<>(n);
    for (int c : order) {
      sorted.add(clusters[c]);
    }
    return sorted;
  }

  /** Per-voxel work arrays, all 0/false between clusters. */
  private record Scratch(double[] data, boolean[] candidate) {}

  /** The cluster's peak and sub-peaks as (i, j, k), in reporting order (see the class comment). */
  private static List<int[]> subpeaks(int[] cluster, double[] signed, Mask mask, FaceNeighbours neighbours,
      Scratch scratch, double minDistanceMm) {
    double[] data = scratch.data(); // the cluster's values, 0 elsewhere
    double max = Double.NEGATIVE_INFINITY;
    double min = Double.POSITIVE_INFINITY;
    for (int m : cluster) {
      data[m] = signed[m];
      max = Math.max(max, signed[m]);
      min = Math.min(min, signed[m]);
    }
    boolean constant = Math.abs(max - min) <= 1e-8 + 1e-5 * Math.abs(min); // numpy.isclose(max, min)
    boolean[] candidate = scratch.candidate();
    for (int m : cluster) {
      double[] range = neighbourhoodRange(data, mask, m);
      candidate[m] = data[m] == range[1] && (constant || range[1] - range[0] > 0);
    }
    List<Peak> peaks = new ArrayList<>();
    for (int[] group : candidateGroups(cluster, candidate, mask, neighbours)) {
      int[] ijk = centre(group, data, mask);
      peaks.add(new Peak(ijk, data[mask.maskedIndex(ijk[0], ijk[1], ijk[2])]));
    }
    for (int m : cluster) {
      data[m] = 0;
      candidate[m] = false;
    }
    peaks.sort(Comparator.comparingDouble(p -> -p.value)); // stable: groups stay in i, j, k order on ties
    Affine affine = mask.grid().affine();
    double[][] xyz = new double[peaks.size()][];
    for (int p = 0; p < xyz.length; p++) {
      int[] v = peaks.get(p).ijk;
      xyz[p] = affine.apply(v[0], v[1], v[2]);
    }
    boolean[] keep = new boolean[peaks.size()];
    Arrays.fill(keep, true);
    for (int i = 0; i < keep.length; i++) {
      for (int j = i + 1; j < keep.length; j++) {
        if (keep[i]) {
          keep[j] = distance(xyz[i], xyz[j]) > minDistanceMm;
        }
      }
    }
    List<int[]> kept = new ArrayList<>();
    for (int p = 0; p < keep.length; p++) {
      if (keep[p]) {
        kept.add(peaks.get(p).ijk);
      }
    }
    return kept;
  }

  private record Peak(int[] ijk, double value) {}

  /** {min, max} of {@code data} over the 3×3×3 block around masked voxel m, edges of the grid repeated. */
  private static double[] neighbourhoodRange(double[] data, Mask mask, int m) {
    Grid g = mask.grid();
    int[] c = mask.ijk(m);
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (int di = -1; di <= 1; di++) {
      for (int dj = -1; dj <= 1; dj++) {
        for (int dk = -1; dk <= 1; dk++) {
          int n = mask.maskedIndex(clamp(c[0] + di, g.nx()), clamp(c[1] + dj, g.ny()), clamp(c[2] + dk, g.nz()));
          double v = n < 0 ? 0 : data[n];
          lo = Math.min(lo, v);
          hi = Math.max(hi, v);
        }
      }
    }
    return new double[] {lo, hi};
  }

  private static int clamp(int v, int n) {
    return Math.max(0, Math.min(n - 1, v));
  }

  /** Face-connected groups of candidate voxels, each as masked indices, groups in i, j, k order of their first voxel. */
  private static List<int[]> candidateGroups(int[] cluster, boolean[] candidate, Mask mask, FaceNeighbours neighbours) {
    Set<Integer> seen = new HashSet<>();
    List<int[]> groups = new ArrayList<>();
    List<int[]> firsts = new ArrayList<>();
    for (int start : cluster) {
      if (!candidate[start] || seen.contains(start)) {
        continue;
      }
      List<Integer> group = new ArrayList<>();
      seen.add(start);
      group.add(start);
      for (int q = 0; q < group.size(); q++) {
        for (int d = 0; d < FaceNeighbours.PER_VOXEL; d++) {
          int n = neighbours.neighbour(group.get(q), d);
          if (n >= 0 && candidate[n] && seen.add(n)) {
            group.add(n);
          }
        }
      }
      int[] members = group.stream().mapToInt(Integer::intValue).toArray();
      groups.add(members);
      firsts.add(Arrays.stream(members).mapToObj(mask::ijk).min(IJK_ORDER).orElseThrow());
    }
    Integer[] order = new Integer[groups.size()];
    for (int g = 0; g < order.length; g++) {
      order[g] = g;
    }
    Arrays.sort(order, Comparator.comparing(firsts::get, IJK_ORDER));
    List<int[]> sorted = new ArrayList<>();
    for (int g : order) {
      sorted.add(groups.get(g));
    }
    return sorted;
  }

  /**
   * The value-weighted centre of mass of a group, rounded half to even; when that voxel is not in
   * the group, the group's voxel nearest to the rounded point (first in i, j, k order on ties), as nilearn.
   */
  private static int[] centre(int[] group, double[] data, Mask mask) {
    double total = 0;
    double[] sum = new double[3];
    for (int m : group) {
      int[] ijk = mask.ijk(m);
      for (int a = 0; a < 3; a++) {
        sum[a] += data[m] * ijk[a];
      }
      total += data[m];
    }
    int[] rounded = new int[3];
    for (int a = 0; a < 3; a++) {
      rounded[a] = (int) Math.rint(sum[a] / total);
    }
    int r = mask.maskedIndex(rounded[0], rounded[1], rounded[2]);
    if (r >= 0 && Arrays.stream(group).anyMatch(m -> m == r)) {
      return rounded;
    }
    int[] best = null;
    double bestDistance = Double.POSITIVE_INFINITY;
    int[][] members = Arrays.stream(group).mapToObj(mask::ijk).sorted(IJK_ORDER).toArray(int[][]::new);
    for (int[] v : members) {
      double d = StrictMath.pow(v[0] - rounded[0], 2) + StrictMath.pow(v[1] - rounded[1], 2) + StrictMath.pow(v[2] - rounded[2], 2);
      if (d < bestDistance) {
        bestDistance = d;
        best = v;
      }
    }
    return best;
  }

  private static double distance(double[] a, double[] b) {
    return Math.sqrt(StrictMath.pow(a[0] - b[0], 2) + StrictMath.pow(a[1] - b[1], 2) + StrictMath.pow(a[2] - b[2], 2));
  }
}
