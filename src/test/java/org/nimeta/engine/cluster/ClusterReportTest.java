package org.nimeta.engine.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.nimeta.engine.TinyMask;
import org.nimeta.image.Mask;
import org.nimeta.image.NiftiDatatype;
import org.nimeta.image.NiftiImage;
import org.nimeta.image.atlas.Atlas;

/**
 * The columns a labelled table adds to nilearn's, on a 12 x 5 x 5 grid of 2 mm voxels at x = 2i,
 * y = 2j, z = 2k: a positive cluster with a sub-peak along j = k = 2 and a negative one.
 */
class ClusterReportTest {
  private static final double EXACT = 0;
  private static final Mask MASK = TinyMask.allBut(12, 5, 5);

  /** Positive cluster i = 0..8 (peak 9 at i = 0, sub-peak 6 at i = 8), negative cluster i = 10, 11. */
  private static double[] thresholded() {
    double[] map = new double[MASK.size()];
    double[] profile = {9, 8, 7, 3, 2, 3, 4, 5, 6, 0, -2, -3};
    for (int i = 0; i < profile.length; i++) {
      map[MASK.maskedIndex(i, 2, 2)] = profile[i];
    }
    return map;
  }

  /** A map whose value at voxel (i, 2, 2) is {@code scale * i}. */
  private static double[] byI(double scale) {
    double[] map = new double[MASK.size()];
    for (int i = 0; i < 12; i++) {
      map[MASK.maskedIndex(i, 2, 2)] = scale * i + 100;
    }
    return map;
  }

  /** An atlas on the same grid: voxel (0, 2, 2) is "left end", voxels i ≥ 9 on the line "right end". */
  private static Atlas atlas() {
    double[] labels = new double[MASK.grid().size()];
    labels[MASK.grid().flatIndex(0, 2, 2)] = 1;
    for (int i = 9; i < 12; i++) {
      labels[MASK.grid().flatIndex(i, 2, 2)] = 2;
    }
    return new Atlas(new NiftiImage(MASK.grid(), labels, NiftiDatatype.UINT8), List.of("left end", "right end"));
  }

  @Test
  void nilearnsRowsAreKeptAndEachGetsItsOwnValues() {
    Map<String, double[]> maps = Map.of("stat", byI(1), "est", byI(1000), ClusterContext.CLUSTER_LOGP, byI(0.5));
    ClusterReport report = ClusterReport.of(thresholded(), new ClusterContext(MASK, maps, Optional.of(atlas())));
    assertEquals(ClusterTable.of(thresholded(), MASK, ClusterTable.MIN_DISTANCE_MM),
        report.rows().stream().map(ClusterReport.Entry::row).toList(), "nilearn's rows, unchanged");
    assertEquals(List.of("1", "1a", "2"), report.rows().stream().map(e -> e.row().id()).toList());

    ClusterReport.Entry peak = report.rows().get(0); // voxel (0, 2, 2)
    assertEquals(9, peak.sizeVoxels());
    assertEquals(100, peak.statistic(), EXACT, "`stat` comes before `est`");
    assertEquals(Math.pow(10, -100), peak.clusterP(), 1e-112, "p from −log10 p");
    assertEquals(new Atlas.Label("left end", 0), peak.label());

    ClusterReport.Entry subpeak = report.rows().get(1); // voxel (8, 2, 2): 2 mm from "right end" at i = 9
    assertNull(subpeak.sizeVoxels());
    assertNull(subpeak.clusterP(), "a cluster's p is on its peak row, as its size");
    assertEquals(108, subpeak.statistic(), EXACT);
    assertEquals(new Atlas.Label("right end", 2), subpeak.label());

    ClusterReport.Entry negative = report.rows().get(2); // voxel (11, 2, 2)
    assertEquals(2, negative.sizeVoxels());
    assertEquals(111, negative.statistic(), EXACT);
    assertEquals(new Atlas.Label("right end", 0), negative.label());
  }

  @Test
  void thePeakIsAlsoGivenInTalairach() {
    ClusterReport report = ClusterReport.of(thresholded(), new ClusterContext(MASK, Map.of(), Optional.empty()));
    // MNI (0, 4, 4) through Lancaster's icbm_other2tal matrix (BrainMap's icbm_other2tal.m), by hand
    double[] expected = {0.0029 * 4 - 0.0072 * 4 - 1.0423, 0.9396 * 4 - 0.0726 * 4 - 1.3940,
        0.0752 * 4 + 0.8967 * 4 + 3.6475};
    assertArrayEquals(expected, report.rows().get(0).talairach(), 1e-12);
    for (ClusterReport.Entry e : report.rows()) {
      double[] tal = e.talairach();
      assertArrayEquals(new double[] {e.row().x(), e.row().y(), e.row().z()},
          org.nimeta.data.Spaces.tal2mni(tal[0], tal[1], tal[2]), 1e-9, "back through tal2mni, the input transform: " + e.row().id());
    }
  }

  @Test
  void withoutStatisticCorrectionOrAtlasThoseCellsAreEmpty() {
    ClusterReport report = ClusterReport.of(thresholded(), new ClusterContext(MASK, Map.of("z", byI(1)), Optional.empty()));
    for (ClusterReport.Entry e : report.rows()) {
      assertNull(e.statistic(), e.row().id());
      assertNull(e.clusterP(), e.row().id());
      assertNull(e.label(), e.row().id());
    }
    assertEquals(9, report.rows().get(0).sizeVoxels(), "sizes do not depend on the other maps");
  }

  @Test
  void everyVoxelCarriesItsClustersNumber() {
    double[] map = thresholded();
    int[] labels = ClusterReport.of(map, new ClusterContext(MASK, Map.of(), Optional.empty())).labels();
    for (int m = 0; m < map.length; m++) {
      int[] ijk = MASK.ijk(m);
      int expected = map[m] > 0 ? 1 : map[m] < 0 ? 2 : 0;
      assertEquals(expected, labels[m], "voxel " + ijk[0] + ", " + ijk[1] + ", " + ijk[2]);
    }
  }
}
