package org.nimeta.engine.tfce;

import java.util.Arrays;
import org.nimeta.engine.cluster.FaceNeighbours;

/**
 * Threshold-free cluster enhancement of a z map (Smith &amp; Nichols 2009) as JALE's
 * {@code compute_tfce} defines it: for each height {@code h_k} of {@link TfceLevels}, the voxels
 * with {@code z > h_k} are split into face-connected clusters ({@code scipy.ndimage.label}'s default
 * connectivity) and every voxel of a cluster of n voxels gains {@code h_k^H dh n^E}.
 *
 * <p>Computed in one sweep instead of one labelling per height. Going down the heights, the
 * clusters only grow and merge (a voxel above h_k is above every lower height), so they are the
 * sets of a union-find whose voxels are added level by level, highest z first. Each set's root
 * keeps an additive offset, and a voxel's TFCE is the sum of the offsets on its path to the root;
 * linking root b under root a subtracts a's offset from b's, so b's voxels keep their sums. A
 * cluster's size changes only when a voxel joins or two clusters merge, so between two changes its
 * levels' gains are {@code n^E} times a sum of consecutive weights: that sum (a difference of
 * cumulative weights) is added to the root's offset just before each change and once at the end.
 * Every voxel thus receives, for each level k it is above, {@code w_k n_k^E} with n_k the size of
 * its cluster at level k: the same terms as the definition, summed in another order (the results
 * agree to rounding, about 1e-15 of the largest value). Work is linear in the voxels above the
 * first height (a counting sort by level, near-constant union-find steps) plus the levels.
 *
 * <p>Differences from JALE: the map is the in-mask voxels only (outside the mask JALE's volume is
 * 0, which never exceeds a height); a map whose largest z is not positive enhances to all 0 (JALE
 * fails dividing by a step of 0). Not thread-safe: one instance per thread, reusable; nothing is
 * allocated per call but the result of {@link #transform}.
 */
public final class Tfce {
  /** {@code parent} of a voxel not (yet) in any cluster. */
  private static final int OUTSIDE = -1;
  private final FaceNeighbours neighbours;
  private final TfceSettings settings;
  private final int[] parent;
  private final int[] size;
  private final int[] since;
  private final double[] offset;
  private final int[] order;
  private final int[] path;
  /** {@code n^E} for every cluster size n the mask can hold, computed once. */
  private final double[] sizePower;
  private int[] bucket = new int[128];
  private int added;

  public Tfce(FaceNeighbours neighbours, TfceSettings settings) {
    this.neighbours = neighbours;
    this.settings = settings;
    int n = neighbours.voxelCount();
    parent = new int[n];
    Arrays.fill(parent, OUTSIDE);
    size = new int[n];
    since = new int[n];
    offset = new double[n];
    order = new int[n];
    path = new int[n];
    sizePower = new double[n + 1];
    for (int s = 1; s <= n; s++) {
      sizePower[s] = StrictMath.pow(s, settings.extent());
    }
  }

  /**
   * The TFCE of every in-mask voxel.
   *
   * @param z one value per voxel of the neighbours' mask. Not modified.
   * @return a new array, one value per voxel (0 at and below the first height)
   */
  public double[] transform(double[] z) {
    if (z.length != neighbours.voxelCount()) {
      throw new IllegalArgumentException("the z map has " + z.length + " values, the mask has "
          + neighbours.voxelCount());
    }
    int[] all = new int[z.length];
    for (int m = 0; m < all.length; m++) {
      all[m] = m;
    }
    enhance(z, all, all.length);
    double[] out = new double[z.length];
    for (int a = 0; a < added; a++) {
      int m = order[a];
      out[m] = valueOf(m);
    }
    return out;
  }

  /**
   * The largest TFCE of a map whose positive voxels are all listed: what a Monte Carlo null needs
   * of each random map.
   *
   * @param z      one value per in-mask voxel; every voxel not in {@code voxels} must be at most 0.
   *               Not modified.
   * @param voxels masked indices, the first {@code count} read. Not modified.
   */
  public double max(double[] z, int[] voxels, int count) {
    enhance(z, voxels, count);
    double max = 0;
    for (int a = 0; a < added; a++) {
      max = Math.max(max, valueOf(order[a]));
    }
    return max;
  }

  /** Builds the union-find of the listed voxels above the first height; {@code order[0..added)} are they. */
  private void enhance(double[] z, int[] voxels, int count) {
    for (int a = 0; a < added; a++) {
      parent[order[a]] = OUTSIDE;
    }
    added = 0;
    double maxZ = 0;
    for (int s = 0; s < count; s++) {
      maxZ = Math.max(maxZ, z[voxels[s]]);
    }
    if (!(maxZ > 0) || Double.isInfinite(maxZ)) {
      return;
    }
    TfceLevels lv = new TfceLevels(maxZ, settings);
    sortByLevel(z, voxels, count, lv);
    int next = 0;
    // Level k holds the voxels above h_k: those with more than k levels below their z.
    for (int k = lv.count - 1; k >= 1; k--) {
      for (; next < added && since[order[next]] == k + 1; next++) {
        int v = order[next];
        parent[v] = v;
        size[v] = 1;
        since[v] = k;
        offset[v] = 0;
        for (int d = 0; d < FaceNeighbours.PER_VOXEL; d++) {
          int u = neighbours.neighbour(v, d);
          if (u != FaceNeighbours.NONE && parent[u] != OUTSIDE) {
            union(find(u), find(v), k, lv);
          }
        }
      }
    }
    for (int a = 0; a < added; a++) {
      int v = order[a];
      if (parent[v] == v) {
        settle(v, 0, lv);
      }
    }
  }

  /**
   * Lists the voxels with at least 2 levels below their z (only they gain anything: level 0 weighs
   * 0) in {@code order}, most levels first, and records each one's count in {@code since} (until
   * it joins a cluster).
   */
  private void sortByLevel(double[] z, int[] voxels, int count, TfceLevels lv) {
    if (bucket.length < lv.count + 2) {
      bucket = new int[lv.count + 2];
    }
    Arrays.fill(bucket, 0, lv.count + 2, 0);
    for (int s = 0; s < count; s++) {
      int m = voxels[s];
      int l = lv.levelsBelow(z[m]);
      since[m] = l;
      if (l >= 2) {
        bucket[lv.count - l]++;
        added++;
      }
    }
    int total = 0;
    for (int b = 0; b <= lv.count; b++) {
      int c = bucket[b];
      bucket[b] = total;
      total += c;
    }
    for (int s = 0; s < count; s++) {
      int m = voxels[s];
      int l = since[m];
      if (l >= 2) {
        order[bucket[lv.count - l]++] = m;
      }
    }
  }

  /** Merges the clusters of roots a and b at level k: both take their gains down to k first. */
  private void union(int a, int b, int k, TfceLevels lv) {
    if (a == b) {
      return;
    }
    settle(a, k, lv);
    settle(b, k, lv);
    if (size[a] < size[b]) {
      int t = a;
      a = b;
      b = t;
    }
    parent[b] = a;
    offset[b] -= offset[a];
    size[a] += size[b];
  }

  /** Adds root r's gains for the levels from {@code since[r]} down to, not including, level k. */
  private void settle(int r, int k, TfceLevels lv) {
    if (since[r] > k) {
      offset[r] += sizePower[size[r]] * (lv.cumulative[since[r]] - lv.cumulative[k]);
      since[r] = k;
    }
  }

  /** The root of v's set; every node on the way is re-attached to it with its offset summed. */
  private int find(int v) {
    int n = 0;
    int r = v;
    while (parent[r] != r) {
      path[n++] = r;
      r = parent[r];
    }
    // path[n - 1] hangs on r already; below it, each node takes its parent's sum to r.
    for (int i = n - 2; i >= 0; i--) {
      int y = path[i];
      offset[y] += offset[parent[y]];
      parent[y] = r;
    }
    return r;
  }

  private double valueOf(int v) {
    int r = find(v);
    return r == v ? offset[v] : offset[v] + offset[r];
  }
}
