package org.nimeta.engine.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nimeta.engine.TinyMask;
import org.nimeta.image.Mask;

/**
 * Cluster tables of hand-made maps on grids of 2 mm voxels (x = 2i, y = 2j, z = 2k; 8 mm³ per
 * voxel), whose peaks, sub-peaks and sizes follow from nilearn's rules by inspection.
 */
class ClusterTableTest {
  /** Coordinates and values here are small exact binary fractions. */
  private static final double EXACT = 0;

  /** A map on an nx x 5 x 5 grid, 0 except along the line j = k = 2 where it takes {@code profile[i]}. */
  private static double[] line(Mask mask, double... profile) {
    double[] map = new double[mask.size()];
    for (int i = 0; i < profile.length; i++) {
      map[mask.maskedIndex(i, 2, 2)] = profile[i];
    }
    return map;
  }

  private static List<ClusterTable.Row> table(double[] map, Mask mask) {
    return ClusterTable.of(map, mask, ClusterTable.MIN_DISTANCE_MM);
  }

  private static void assertRow(ClusterTable.Row row, String id, double x, double y, double z, double peak,
      Integer size) {
    assertEquals(id, row.id());
    assertArrayEquals(new double[] {x, y, z, peak}, new double[] {row.x(), row.y(), row.z(), row.peak()}, EXACT,
        "row " + id);
    assertEquals(size, row.sizeMm3(), "size of " + id);
  }

  @Test
  void twoBlobsAreOrderedByTheirPeak() {
    Mask mask = TinyMask.allBut(12, 5, 5);
    double[] map = line(mask, 0, 3, 4, 0, 0, 0, 0, 0, 5, 2);
    List<ClusterTable.Row> rows = table(map, mask);
    assertEquals(2, rows.size());
    assertRow(rows.get(0), "1", 16, 4, 4, 5, 16);
    assertRow(rows.get(1), "2", 4, 4, 4, 4, 16);
  }

  @Test
  void aSubPeakMoreThan8mmAwayIsReported() {
    Mask mask = TinyMask.allBut(12, 5, 5);
    double[] map = line(mask, 9, 8, 7, 3, 2, 3, 4, 5, 6);
    List<ClusterTable.Row> rows = table(map, mask);
    assertEquals(2, rows.size());
    assertRow(rows.get(0), "1", 0, 4, 4, 9, 72);
    assertRow(rows.get(1), "1a", 16, 4, 4, 6, null);
  }

  @Test
  void aSubPeakAtMost8mmAwayIsDropped() {
    Mask mask = TinyMask.allBut(12, 5, 5);
    assertEquals(1, table(line(mask, 9, 8, 5, 7), mask).size(), "6 mm apart");
    assertEquals(1, table(line(mask, 9, 2, 1, 2, 7), mask).size(), "exactly 8 mm apart: not more than 8");
  }

  @Test
  void aLaterKeptPeakRevivesOneAnEarlierPeakDropped() {
    // Peaks A (i=0, 10), C (i=3, 8), B (i=9, 9): C is 6 mm from A but 12 mm from B, and nilearn's
    // pass lets B's verdict on C overwrite A's.
    Mask mask = TinyMask.allBut(12, 5, 5);
    List<ClusterTable.Row> rows = table(line(mask, 10, 5, 4, 8, 3, 2, 1, 3, 5, 9), mask);
    assertEquals(List.of("1", "1a", "1b"), rows.stream().map(ClusterTable.Row::id).toList());
    assertRow(rows.get(1), "1a", 18, 4, 4, 9, null);
    assertRow(rows.get(2), "1b", 6, 4, 4, 8, null);
  }

  @Test
  void atMostThreeSubPeaksPerCluster() {
    Mask mask = TinyMask.allBut(22, 5, 5);
    double[] map = line(mask, 10, 1, 1, 1, 1, 9, 1, 1, 1, 1, 8, 1, 1, 1, 1, 7, 1, 1, 1, 1, 6);
    List<ClusterTable.Row> rows = table(map, mask);
    assertEquals(List.of("1", "1a", "1b", "1c"), rows.stream().map(ClusterTable.Row::id).toList());
    assertEquals(21 * 8, rows.get(0).sizeMm3());
    assertRow(rows.get(3), "1c", 30, 4, 4, 7, null);
  }

  @Test
  void aConstantClusterPeaksAtItsCentreOfMassOrTheNearestVoxelToIt() {
    Mask mask = TinyMask.allBut(8, 8, 5);
    int[][] bar = {{2, 2, 2}, {3, 2, 2}, {4, 2, 2}};
    assertRow(table(TinyMask.map(mask, bar, new double[] {1, 1, 1}), mask).get(0), "1", 6, 4, 4, 1, 24);
    // A U whose centre of mass (3, 2.86, 2) rounds to (3, 3, 2), outside it; three voxels are 1
    // away, the first in i, j, k order is (2, 3, 2).
    int[][] u = {{2, 2, 2}, {2, 3, 2}, {2, 4, 2}, {3, 2, 2}, {4, 2, 2}, {4, 3, 2}, {4, 4, 2}};
    double[] ones = {1, 1, 1, 1, 1, 1, 1};
    assertRow(table(TinyMask.map(mask, u, ones), mask).get(0), "1", 4, 6, 4, 1, 56);
  }

  @Test
  void aPlateauInsideAClusterIsNoPeakButAPlateauOnTopIsOne() {
    Mask mask = TinyMask.allBut(12, 5, 5);
    // The top plateau (i = 2, 3) is one sub-peak at its rounded centre of mass, 2.5 → 2 (half to even).
    List<ClusterTable.Row> rows = table(line(mask, 1, 2, 5, 5, 2, 1), mask);
    assertEquals(1, rows.size());
    assertRow(rows.get(0), "1", 4, 4, 4, 5, 48);
  }

  @Test
  void tiedPeaksKeepTheOrderOfTheirFirstVoxelInIJKOrder() {
    Mask mask = TinyMask.allBut(8, 8, 8);
    // (5, 0, 0) comes first in the mask's order, (1, 4, 4) first in i, j, k order (scipy's labels).
    double[] map = TinyMask.map(mask, new int[][] {{5, 0, 0}, {1, 4, 4}}, new double[] {3, 3});
    List<ClusterTable.Row> rows = table(map, mask);
    assertRow(rows.get(0), "1", 2, 8, 8, 3, 8);
    assertRow(rows.get(1), "2", 10, 0, 0, 3, 8);
  }

  @Test
  void negativeClustersFollowPositiveOnesWithTheirOwnSign() {
    Mask mask = TinyMask.allBut(12, 5, 5);
    List<ClusterTable.Row> rows = table(line(mask, 3, 0, -2, -5, -1), mask);
    assertEquals(2, rows.size());
    assertRow(rows.get(0), "1", 0, 4, 4, 3, 8);
    assertRow(rows.get(1), "2", 6, 4, 4, -5, 24);
  }

  @Test
  void anEmptyMapHasAnEmptyTable() {
    Mask mask = TinyMask.allBut(4, 4, 4);
    assertEquals(List.of(), table(new double[mask.size()], mask));
  }

  @Test
  void smallClustersAreRemovedWithEachSignApart() {
    Mask mask = TinyMask.allBut(12, 5, 5);
    // A 3-voxel cluster, a lone voxel, and a +1 touching a -1 (two clusters of one voxel each).
    double[] map = line(mask, 2, 3, 2, 0, 4, 0, 1, -1);
    double[] kept = ClusterTable.withoutSmallClusters(map, mask, 2);
    assertArrayEquals(line(mask, 2, 3, 2, 0, 0, 0, 0, 0), kept, EXACT);
    assertArrayEquals(map, ClusterTable.withoutSmallClusters(map, mask, 1), EXACT, "size 1 keeps everything");
    assertEquals(4, map[mask.maskedIndex(4, 2, 2)], EXACT, "the input is not modified");
  }
}
