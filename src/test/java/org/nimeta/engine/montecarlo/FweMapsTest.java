package org.nimeta.engine.montecarlo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nimeta.engine.TinyMask;
import org.nimeta.engine.cluster.FaceNeighbours;
import org.nimeta.image.Mask;

/**
 * The corrected maps of a 4 x 3 x 2 map with two clusters at threshold 0.3 against a 4-iteration
 * null, worked out by hand with {@code p = 1 - #(null < value) / 4} clipped to [0.25, 0.75].
 */
class FweMapsTest {
  /** -log10 and the normal quantile of p in {0.25, 0.5, 0.75} computed here and by hand agree to this. */
  private static final double TOLERANCE = 1e-15;
  private static final double Z_025 = 0.6744897501960817; // scipy.stats.norm.isf(0.25)

  private final Mask mask = TinyMask.allBut(4, 3, 2);
  private final double[] stat = TinyMask.map(mask,
      new int[][] {{0, 0, 0}, {1, 0, 0}, {3, 2, 1}, {2, 1, 0}, {0, 2, 1}},
      new double[] {0.5, 0.7, 0.9, 0.1, 0.3});
  private final FweNull fweNull = new FweNull(0.3,
      new double[] {0.6, 0.8, 0.2, 0.95}, new int[] {1, 3, 2, 0}, new double[] {0.5, 0.1, 0.7, 0.0});

  @Test
  void mapsAreNamedAsNimareInItsOrder() {
    Map<String, double[]> maps = FweMaps.compute(stat, FaceNeighbours.of(mask), fweNull);
    assertEquals(List.of(
        "logp_level-voxel_corr-FWE_method-montecarlo",
        "z_level-voxel_corr-FWE_method-montecarlo",
        "logp_desc-size_level-cluster_corr-FWE_method-montecarlo",
        "z_desc-size_level-cluster_corr-FWE_method-montecarlo",
        "logp_desc-mass_level-cluster_corr-FWE_method-montecarlo",
        "z_desc-mass_level-cluster_corr-FWE_method-montecarlo"), List.copyOf(maps.keySet()));
  }

  @Test
  void voxelLevelPFromTheMaxStatisticNull() {
    Map<String, double[]> maps = FweMaps.compute(stat, FaceNeighbours.of(mask), fweNull);
    // 0.5: one null value below -> 0.75; 0.7: two -> 0.5; 0.9: three -> 0.25; 0.1, 0.3, 0: 0.75
    expect(maps, FweMaps.LOGP_VOXEL, FweMaps.Z_VOXEL, new double[] {0.75, 0.5, 0.25, 0.75, 0.75, 0.75});
  }

  @Test
  void clusterSizePFromTheMaxSizeNull() {
    Map<String, double[]> maps = FweMaps.compute(stat, FaceNeighbours.of(mask), fweNull);
    // cluster {(0,0,0), (1,0,0)}: size 2, sizes below 2 are 1 and 0 -> 0.5; cluster {(3,2,1)}:
    // size 1, one below -> 0.75; 0.1 and 0.3 (not above 0.3) and 0 are background: 0.75
    expect(maps, FweMaps.LOGP_SIZE, FweMaps.Z_SIZE, new double[] {0.5, 0.5, 0.75, 0.75, 0.75, 0.75});
  }

  @Test
  void clusterMassPFromTheMaxMassNull() {
    Map<String, double[]> maps = FweMaps.compute(stat, FaceNeighbours.of(mask), fweNull);
    // masses 0.2 + 0.4 and 0.6: three null masses (0.5, 0.1, 0) below -> 0.25 each
    expect(maps, FweMaps.LOGP_MASS, FweMaps.Z_MASS, new double[] {0.25, 0.25, 0.25, 0.75, 0.75, 0.75});
  }

  /** p per voxel in the order (0,0,0), (1,0,0), (3,2,1), (2,1,0), (0,2,1), then every other voxel. */
  private void expect(Map<String, double[]> maps, String logpName, String zName, double[] p) {
    int[][] voxels = {{0, 0, 0}, {1, 0, 0}, {3, 2, 1}, {2, 1, 0}, {0, 2, 1}};
    double[] logp = maps.get(logpName);
    double[] z = maps.get(zName);
    for (int m = 0; m < mask.size(); m++) {
      double expected = p[5];
      for (int v = 0; v < voxels.length; v++) {
        if (mask.maskedIndex(voxels[v][0], voxels[v][1], voxels[v][2]) == m) {
          expected = p[v];
        }
      }
      assertEquals(-Math.log10(expected), logp[m], TOLERANCE, logpName + " at " + m);
      double expectedZ = expected == 0.25 ? Z_025 : 0; // isf(0.5) = 0, isf(0.75) < 0 is set to 0
      assertEquals(expectedZ, z[m], TOLERANCE, zName + " at " + m);
    }
  }
}
