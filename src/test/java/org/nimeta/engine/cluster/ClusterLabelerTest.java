package org.nimeta.engine.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nimeta.engine.NaiveClusters;
import org.nimeta.engine.RefData;
import org.nimeta.engine.TinyMask;
import org.nimeta.image.Mask;

/** Clusters of a hand-made 5 x 4 x 3 map whose components are known by inspection. */
class ClusterLabelerTest {
  private static final double THRESHOLD = 2;
  /** Masses are sums of a few exact binary fractions here. */
  private static final double EXACT = 0;
  /** Relative difference allowed between two orders of summing a cluster's mass (a few ulps per voxel). */
  private static final double MASS_ORDER = 1e-12;

  // (3, 0, 1) is outside the mask.
  private final Mask mask = TinyMask.allBut(5, 4, 3, 3, 0, 1);
  private final int[][] voxels = {
    {0, 0, 0}, {1, 0, 0}, {1, 1, 0}, {1, 1, 1}, // A: face-connected, across slices; mass 1+2+3+0.5
    {2, 2, 0},                                  // B: only an edge-diagonal neighbour of (1,1,0)
    {4, 1, 0}, {0, 2, 0},                       // C, D: consecutive in flat order, not neighbours
    {3, 3, 0},                                  // equal to the threshold: not above it
    {2, 0, 1}, {4, 0, 1},                       // E, F: would touch through (3,0,1), which is outside
  };
  private final double[] values = {3, 4, 5, 2.5, 5, 6, 7, THRESHOLD, 8, 8};
  private final double[] map = TinyMask.map(mask, voxels, values);

  @Test
  void findsFaceConnectedClustersWithSizesAndMasses() {
    ClusterLabeler labeler = new ClusterLabeler(FaceNeighbours.of(mask));
    assertEquals(6, labeler.labelAll(map, THRESHOLD));
    List<String> clusters = new ArrayList<>();
    for (int c = 0; c < labeler.clusterCount(); c++) {
      clusters.add(labeler.size(c) + ":" + labeler.mass(c));
    }
    Collections.sort(clusters);
    assertEquals(List.of("1:3.0", "1:4.0", "1:5.0", "1:6.0", "1:6.0", "4:6.5"), clusters);
    assertEquals(4, labeler.maxSize());
    assertEquals(6.5, labeler.maxMass(), EXACT);

    int a = labeler.labelOf(at(0, 0, 0));
    for (int[] v : new int[][] {{1, 0, 0}, {1, 1, 0}, {1, 1, 1}}) {
      assertEquals(a, labeler.labelOf(at(v[0], v[1], v[2])));
    }
    assertNotEquals(a, labeler.labelOf(at(2, 2, 0)));
    assertNotEquals(labeler.labelOf(at(4, 1, 0)), labeler.labelOf(at(0, 2, 0)));
    assertNotEquals(labeler.labelOf(at(2, 0, 1)), labeler.labelOf(at(4, 0, 1)));
    assertEquals(-1, labeler.labelOf(at(3, 3, 0)));
    assertEquals(-1, labeler.labelOf(at(4, 3, 2)));
  }

  /** Seeds only need to include one voxel per cluster for that cluster to be found whole. */
  @Test
  void seedsRestrictTheSearchButClustersGrowFully() {
    ClusterLabeler labeler = new ClusterLabeler(FaceNeighbours.of(mask));
    int[] seeds = {at(3, 3, 0), at(1, 1, 1), at(0, 0, 0)};
    assertEquals(1, labeler.label(map, THRESHOLD, seeds, seeds.length));
    assertEquals(4, labeler.size(0));
    assertEquals(6.5, labeler.mass(0), EXACT);
    assertEquals(-1, labeler.labelOf(at(2, 2, 0)));
  }

  @Test
  void reuseForgetsThePreviousCall() {
    ClusterLabeler labeler = new ClusterLabeler(FaceNeighbours.of(mask));
    labeler.labelAll(map, THRESHOLD);
    assertEquals(3, labeler.labelAll(map, 6.5)); // singletons (0,2,0) = 7, (2,0,1) = 8, (4,0,1) = 8
    assertEquals(-1, labeler.labelOf(at(0, 0, 0)));
    assertEquals(1, labeler.maxSize());
    assertEquals(1.5, labeler.maxMass(), EXACT);
  }

  @Test
  void nothingAboveTheThresholdGivesZeroMaxima() {
    ClusterLabeler labeler = new ClusterLabeler(FaceNeighbours.of(mask));
    double[] nan = map.clone();
    nan[at(2, 2, 0)] = Double.NaN;
    assertEquals(0, labeler.labelAll(nan, 100));
    assertEquals(0, labeler.maxSize());
    assertEquals(0, labeler.maxMass(), EXACT);
    assertEquals(-1, labeler.labelOf(at(2, 2, 0)));
  }

  /** On a real map (NiMARE's ALE on the pain data) at several thresholds, against a plain grid search. */
  @Test
  void matchesAPlainGridSearchOnTheBrainMask() {
    Mask brain = RefData.brainMask();
    double[] ale = RefData.maskedMap("ale_approx", "stat.nii.gz");
    ClusterLabeler labeler = new ClusterLabeler(FaceNeighbours.of(brain));
    for (double threshold : new double[] {0.005, 0.01083, 0.02}) {
      NaiveClusters naive = NaiveClusters.of(brain, ale, threshold);
      assertEquals(naive.clusters, labeler.labelAll(ale, threshold), "clusters at " + threshold);
      assertEquals(naive.maxSize, labeler.maxSize(), "max size at " + threshold);
      assertEquals(naive.maxMass, labeler.maxMass(), MASS_ORDER * naive.maxMass, "max mass at " + threshold);
    }
  }

  private int at(int i, int j, int k) {
    return mask.maskedIndex(i, j, k);
  }
}
