package org.nimeta.engine.ibma;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.junit.jupiter.api.Test;
import org.nimeta.engine.stats.Normal;

class NumericsTest {

  @Test
  void normalQuantilesMatchKnownValues() {
    // Reference values from scipy.stats.norm (double precision).
    assertEquals(1.959963984540054, Normal.isfNewton(0.025), 1e-15);
    assertEquals(6.361340902404056, Normal.isfNewton(1e-10), 1e-14);
    assertEquals(2.866515718791939e-07, Normal.sf(5), 1e-21);
    assertEquals(-1.959963984540054, Normal.isfNewton(0.975), 1e-14);
    assertEquals(0, Normal.isfNewton(0.5));
    assertEquals(Double.POSITIVE_INFINITY, Normal.isfNewton(0));
    assertEquals(Double.NEGATIVE_INFINITY, Normal.isfNewton(1));
    assertTrue(Double.isNaN(Normal.isfNewton(1.5)));
  }

  @Test
  void normalQuantileInvertsTheTail() {
    // Below z = -5, sf(z) is within 3e-7 of 1 and its rounding (not isf) limits the round trip.
    for (double z = -5; z <= 37; z += 0.37) {
      double tolerance = z < 0 ? 1e-8 : 1e-13 * Math.max(1, z);
      assertEquals(z, Normal.isfNewton(Normal.sf(z)), tolerance, "z = " + z);
    }
  }

  @Test
  void pymarePValueHasItsFloatingPointFloor() {
    assertEquals(1, Normal.pymareTwoSidedP(0));
    assertEquals(0.05, Normal.pymareTwoSidedP(1.959963984540054), 1e-15);
    assertEquals(0, Normal.pymareTwoSidedP(8.6), "PyMARE's p rounds to 0 beyond |z| ≈ 8.3");
    assertTrue(2 * Normal.sf(8.6) > 0);
  }

  @Test
  void evenDofChiSquaredTailMatchesTheGeneralFormula() {
    for (int k : new int[] {1, 2, 5, 20}) {
      ChiSquaredDistribution chi2 = new ChiSquaredDistribution(2 * k);
      for (double x : new double[] {0.1, 1, 10, 40, 80}) {
        double expected = 1 - chi2.cumulativeProbability(x);
        assertEquals(expected, Fishers.chiSquaredSfEvenDof(x, k), 1e-12 * Math.max(expected, 1e-3), k + ", " + x);
      }
    }
    assertEquals(1, Fishers.chiSquaredSfEvenDof(0, 3));
    assertEquals(0, Fishers.chiSquaredSfEvenDof(Double.POSITIVE_INFINITY, 3));
    // e^{-x/2} alone underflows here, the tail (about 1e-276) does not.
    assertTrue(Fishers.chiSquaredSfEvenDof(1450, 21) > 1e-280, "summed in log space");
  }

  @Test
  void float32PairwiseSumFollowsNumpysOrder() {
    float[] small = {1e8f, 1f, -1e8f, 1f};
    assertEquals(((1e8f + 1f) + -1e8f) + 1f, Float32.pairwiseSum(small, 4));
    float[] twenty = new float[20];
    for (int i = 0; i < 20; i++) {
      twenty[i] = (float) Math.sqrt(i + 1) * (i % 3 == 0 ? -1e3f : 1f);
    }
    float[] r = new float[8];
    for (int j = 0; j < 8; j++) {
      r[j] = twenty[j] + twenty[8 + j];
    }
    float expected = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
    for (int i = 16; i < 20; i++) {
      expected += twenty[i];
    }
    assertEquals(expected, Float32.pairwiseSum(twenty, 20));
    float[] ones = new float[300];
    java.util.Arrays.fill(ones, 1f);
    assertEquals(300f, Float32.pairwiseSum(ones, 300));
  }

  @Test
  void sampleSizeLikelihoodRefusesSampleSizesItCannotUse() {
    IbmaData equal = new IbmaData(VoxelSelectionTest.lineMask(2), List.of(
        VoxelSelectionTest.study("a", new float[] {1, 2}, new float[] {1, 1}, 20),
        VoxelSelectionTest.study("b", new float[] {2, 3}, new float[] {1, 1}, 20),
        VoxelSelectionTest.study("c", new float[] {3, 1}, new float[] {1, 1}, 20)));
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> new SampleSizeBasedLikelihood(LikelihoodMethod.ML).fit(equal)).getMessage().contains("same sample size"));
    IbmaData close = new IbmaData(VoxelSelectionTest.lineMask(2), List.of(
        VoxelSelectionTest.study("a", new float[] {1, 2}, new float[] {1, 1}, 20),
        VoxelSelectionTest.study("b", new float[] {2, 3}, new float[] {1, 1}, 21),
        VoxelSelectionTest.study("c", new float[] {3, 1}, new float[] {1, 1}, 22)));
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> new SampleSizeBasedLikelihood(LikelihoodMethod.REML).fit(close)).getMessage().contains("tenth of their mean"));
  }

  @Test
  void tooFewStudiesIsAClearError() {
    IbmaData one = new IbmaData(VoxelSelectionTest.lineMask(1), List.of(
        new IbmaStudy("a", Map.of(ImageKind.Z, new float[] {1}), Double.NaN),
        new IbmaStudy("b", Map.of(ImageKind.BETA, new float[] {1}), Double.NaN)));
    String message = assertThrows(IllegalArgumentException.class, () -> new Fishers().fit(one)).getMessage();
    assertEquals("Fishers needs at least two studies with a `z` image, but the data have 1.", message);
  }
}
