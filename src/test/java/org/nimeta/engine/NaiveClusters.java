package org.nimeta.engine;

import java.util.ArrayDeque;
import org.nimeta.image.Grid;
import org.nimeta.image.Mask;

/**
 * A deliberately plain reference for cluster tests: the statistic scattered onto the full grid
 * (0 outside the mask), then breadth-first search over voxels above the threshold with the 6 face
 * neighbours on (i, j, k), as {@code scipy.ndimage.label} with its default structure does.
 */
public final class NaiveClusters {
  public final int maxSize;
  public final double maxMass;
  public final int clusters;

  private NaiveClusters(int clusters, int maxSize, double maxMass) {
    this.clusters = clusters;
    this.maxSize = maxSize;
    this.maxMass = maxMass;
  }

  public static NaiveClusters of(Mask mask, double[] masked, double threshold) {
    Grid g = mask.grid();
    double[] full = mask.unmask(masked);
    boolean[] seen = new boolean[full.length];
    int count = 0;
    int maxSize = 0;
    double maxMass = 0;
    int[][] steps = {{1, 0, 0}, {-1, 0, 0}, {0, 1, 0}, {0, -1, 0}, {0, 0, 1}, {0, 0, -1}};
    for (int k = 0; k < g.nz(); k++) {
      for (int j = 0; j < g.ny(); j++) {
        for (int i = 0; i < g.nx(); i++) {
          int start = g.flatIndex(i, j, k);
          if (seen[start] || !(full[start] > threshold)) {
            continue;
          }
          count++;
          int size = 0;
          double mass = 0;
          ArrayDeque<int[]> queue = new ArrayDeque<>();
          queue.add(new int[] {i, j, k});
          seen[start] = true;
          while (!queue.isEmpty()) {
            int[] v = queue.poll();
            size++;
            mass += full[g.flatIndex(v[0], v[1], v[2])] - threshold;
            for (int[] s : steps) {
              int a = v[0] + s[0];
              int b = v[1] + s[1];
              int c = v[2] + s[2];
              if (g.contains(a, b, c) && !seen[g.flatIndex(a, b, c)] && full[g.flatIndex(a, b, c)] > threshold) {
                seen[g.flatIndex(a, b, c)] = true;
                queue.add(new int[] {a, b, c});
              }
            }
          }
          maxSize = Math.max(maxSize, size);
          maxMass = Math.max(maxMass, mass);
        }
      }
    }
    return new NaiveClusters(count, maxSize, maxMass);
  }
}
