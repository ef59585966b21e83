package org.nimeta.engine.contrast;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nimeta.engine.CoordinateExperiment;
import org.nimeta.engine.MetaResult;
import org.nimeta.engine.Progress;
import org.nimeta.engine.RefData;
import org.nimeta.engine.kernel.AleKernel;

class AleSubtractionTest {
  /** Largest standardised |p − p_NiMARE| accepted between two independent 1000-permutation runs. */
  private static final double MAX_STANDARDISED_DIFFERENCE = 5.0;

  @Test
  void threadCountDoesNotChangeTheResult() {
    MetaResult one = AleSubtractionReferenceTest.fit(40, GroupShuffle.seeded(3), 1);
    MetaResult three = AleSubtractionReferenceTest.fit(40, GroupShuffle.seeded(3), 3);
    for (String map : one.mapNames()) {
      assertArrayEquals(one.map(map), three.map(map), 0.0, map);
    }
  }

  @Test
  void progressCountsEveryPermutationInOrder() {
    List<Integer> seen = new ArrayList<>();
    List<CoordinateExperiment> all = RefData.painExperiments();
    AleSubtraction.fit(all.subList(0, 3), all.subList(3, 5), AleKernel.fromSampleSizes(), RefData.brainMask(),
        new PermutationSettings(12, GroupShuffle.seeded(1), 2, (done, total) -> seen.add((int) done)));
    assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12), seen);
  }

  /**
   * Our own stream and NiMARE's draw different permutations, so their p maps are two
   * independent Monte Carlo estimates of the same p: per voxel their difference is within
   * Monte Carlo error, {@code sd = sqrt(2 * 2p(1 - p/2) / n)}, and the z maps agree.
   */
  @Test
  void seededStreamAgreesWithNimareWithinMonteCarloError() {
    int n = 1000;
    MetaResult ours = AleSubtractionReferenceTest.fit(n, GroupShuffle.seeded(1), 2);
    double[] expectedP = RefData.maskedMap("ale_subtraction_n1000", "p_desc-group1MinusGroup2.nii.gz");
    double[] expectedZ = RefData.maskedMap("ale_subtraction_n1000", "z_desc-group1MinusGroup2.nii.gz");
    double[] p = ours.map(AleSubtraction.P);
    double[] z = ours.map(AleSubtraction.Z);
    double worst = 0;
    int signDisagreements = 0;
    for (int m = 0; m < p.length; m++) {
      double mean = (p[m] + expectedP[m]) / 2;
      double sd = Math.sqrt(2 * 2 * mean * (1 - mean / 2) / n);
      worst = Math.max(worst, Math.abs(p[m] - expectedP[m]) / sd);
      if (Math.abs(expectedZ[m]) >= 2.5 && Math.signum(expectedZ[m]) != Math.signum(z[m])) {
        signDisagreements++;
      }
    }
    System.out.printf("ALESubtraction seeded(1) vs NiMARE, n=1000: largest |p - p_NiMARE| = %.2f sd; "
        + "z correlation %.4f%n", worst, correlation(z, expectedZ));
    assertTrue(worst < MAX_STANDARDISED_DIFFERENCE, "largest standardised p difference " + worst);
    assertEquals(0, signDisagreements, "voxels with |z_NiMARE| >= 2.5 and the opposite sign");
    assertTrue(correlation(z, expectedZ) > 0.99, "z maps correlate");
  }

  @Test
  void groupWithoutFociIsRejected() {
    List<CoordinateExperiment> all = RefData.painExperiments();
    List<CoordinateExperiment> empty = List.of(new CoordinateExperiment("x", new int[0], 20));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AleSubtraction.fit(
        all.subList(0, 3), empty, AleKernel.fromSampleSizes(), RefData.brainMask(),
        PermutationSettings.of(5, GroupShuffle.seeded(1))));
    assertEquals("ALESubtraction (second group) needs at least one experiment with foci.", e.getMessage());
  }

  private static double correlation(double[] a, double[] b) {
    double ma = 0;
    double mb = 0;
    for (int i = 0; i < a.length; i++) {
      ma += a[i];
      mb += b[i];
    }
    ma /= a.length;
    mb /= b.length;
    double sab = 0;
    double saa = 0;
    double sbb = 0;
    for (int i = 0; i < a.length; i++) {
      sab += (a[i] - ma) * (b[i] - mb);
      saa += (a[i] - ma) * (a[i] - ma);
      sbb += (b[i] - mb) * (b[i] - mb);
    }
    return sab / Math.sqrt(saa * sbb);
  }
}
