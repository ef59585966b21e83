package org.nimeta.engine.scale;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nimeta.engine.CoordinateExperiment;
import org.nimeta.engine.MetaResult;
import org.nimeta.engine.Progress;
import org.nimeta.engine.RefData;
import org.nimeta.engine.kernel.AleKernel;
import org.nimeta.image.Affine;
import org.nimeta.image.Grid;
import org.nimeta.image.Mask;
import org.nimeta.image.NiftiDatatype;
import org.nimeta.image.NiftiImage;

class ScaleTest {
  /** Largest standardised |p − p_NiMARE| accepted between two independent 50-iteration runs. */
  private static final double MAX_STANDARDISED_DIFFERENCE = 5.0;

  private static MetaResult fitPain(int nIters, FociRelocation relocation, int threads) {
    return Scale.fit(RefData.painExperiments(), AleKernel.fromSampleSizes(), RefData.brainMask(),
        BasePool.ofMaskVoxels(RefData.brainMask()), new ScaleSettings(nIters, relocation, threads, Progress.NONE));
  }

  @Test
  void threadCountDoesNotChangeTheResult() {
    MetaResult one = fitPain(5, FociRelocation.seeded(2), 1);
    MetaResult three = fitPain(5, FociRelocation.seeded(2), 3);
    for (String map : one.mapNames()) {
      assertArrayEquals(one.map(map), three.map(map), 0.0, map);
    }
  }

  /**
   * nimeta's stream and NiMARE's give two independent 50-iteration estimates of each voxel's p:
   * they differ by no more than Monte Carlo error, {@code sd = sqrt(2 p(1 - p) / 50)}.
   */
  @Test
  void seededStreamAgreesWithNimareWithinMonteCarloError() {
    int n = 50;
    double[] logp = fitPain(n, FociRelocation.seeded(1), 2).map("logp");
    double[] expected = RefData.maskedMap("scale", "logp.nii.gz");
    double worst = 0;
    for (int m = 0; m < logp.length; m++) {
      double p = Math.pow(10, -logp[m]);
      double q = Math.pow(10, -expected[m]);
      double mean = (p + q) / 2;
      double sd = Math.sqrt(2 * mean * (1 - mean) / n);
      if (sd > 0) {
        worst = Math.max(worst, Math.abs(p - q) / sd);
      }
    }
    System.out.printf("SCALE seeded(1) vs NiMARE, n=50: largest |p - p_NiMARE| = %.2f sd%n", worst);
    assertTrue(worst < MAX_STANDARDISED_DIFFERENCE, "largest standardised p difference " + worst);
  }

  @Test
  void maskPoolIsInNumpyCOrder() {
    double[] data = new double[2 * 2 * 2];
    Grid grid = new Grid(2, 2, 2, Affine.scaled(2, 2, 2, 0, 0, 0));
    data[grid.flatIndex(1, 0, 0)] = 1;
    data[grid.flatIndex(0, 1, 1)] = 1;
    data[grid.flatIndex(0, 0, 1)] = 1;
    Mask mask = Mask.fromImage(new NiftiImage(grid, data, NiftiDatatype.UINT8));
    assertArrayEquals(new int[] {0, 0, 1, 0, 1, 1, 1, 0, 0}, BasePool.ofMaskVoxels(mask).ijk());
  }

  @Test
  void poolOfFociKeepsExperimentOrder() {
    List<CoordinateExperiment> two = List.of(
        CoordinateExperiment.ofVoxels("b", new int[][] {{1, 2, 3}}, 10),
        CoordinateExperiment.ofVoxels("a", new int[][] {{4, 5, 6}, {7, 8, 9}}, 10));
    BasePool pool = BasePool.ofFoci(two);
    assertEquals(3, pool.size());
    assertArrayEquals(new int[] {1, 2, 3, 4, 5, 6, 7, 8, 9}, pool.ijk());
  }

  @Test
  void emptyPoolIsRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new BasePool(new int[0]));
    assertEquals("The SCALE base pool needs at least one coordinate; got 0.", e.getMessage());
  }
}
