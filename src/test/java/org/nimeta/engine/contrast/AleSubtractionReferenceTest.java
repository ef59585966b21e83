package org.nimeta.engine.contrast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.nimeta.engine.MapAssert.assertMapEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nimeta.engine.CoordinateExperiment;
import org.nimeta.engine.MetaResult;
import org.nimeta.engine.Progress;
import org.nimeta.engine.RefData;
import org.nimeta.engine.kernel.AleKernel;

/**
 * ALESubtraction on the two halves of the pain data (pain_01..10 vs pain_11..21) with NiMARE's
 * own permutation stream against {@code public/ale_subtraction} (n_iters = 150) and
 * {@code public/ale_subtraction_n1000}.
 */
class AleSubtractionReferenceTest {

  static MetaResult fit(int nIters, GroupShuffle shuffle, int threads) {
    List<CoordinateExperiment> all = RefData.painExperiments();
    return AleSubtraction.fit(all.subList(0, 10), all.subList(10, 21), AleKernel.fromSampleSizes(),
        RefData.brainMask(), new PermutationSettings(nIters, shuffle, threads, Progress.NONE));
  }

  @Test
  void nimareStreamReproducesNimaresMapsWith150Permutations() {
    assertMatchesReference("ale_subtraction", fit(150, GroupShuffle.nimare(), 2));
  }

  @Test
  void nimareStreamReproducesNimaresMapsWith1000Permutations() {
    assertMatchesReference("ale_subtraction_n1000", fit(1000, GroupShuffle.nimare(), 2));
  }

  /** p is a count over n_iters: the same counts give the same float32 value. */
  private static void assertMatchesReference(String caseName, MetaResult r) {
    assertMapEquals(RefData.maskedMap(caseName, "stat_desc-group1MinusGroup2.nii.gz"),
        r.map(AleSubtraction.STAT), caseName + " stat");
    double[] expectedP = RefData.maskedMap(caseName, "p_desc-group1MinusGroup2.nii.gz");
    double[] p = r.map(AleSubtraction.P);
    int differ = 0;
    for (int m = 0; m < p.length; m++) {
      if ((float) expectedP[m] != (float) p[m]) {
        differ++;
      }
    }
    assertEquals(0, differ, caseName + ": voxels whose p differs");
    assertMapEquals(RefData.maskedMap(caseName, "z_desc-group1MinusGroup2.nii.gz"),
        r.map(AleSubtraction.Z), caseName + " z");
    assertMapEquals(RefData.maskedMap(caseName, "logp_desc-group1MinusGroup2.nii.gz"),
        r.map(AleSubtraction.LOGP), caseName + " logp");
  }
}
