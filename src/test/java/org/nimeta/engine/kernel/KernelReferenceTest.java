package org.nimeta.engine.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.nimeta.engine.MapAssert.assertMapEquals;
import static org.nimeta.engine.MapAssert.assertMapExactlyEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nimeta.engine.CoordinateExperiment;
import org.nimeta.engine.RefData;
import org.nimeta.image.Mask;

/** MA maps of the first three pain experiments against NiMARE's {@code public/kernels} maps. */
class KernelReferenceTest {

  private static final Mask MASK = RefData.brainMask();

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2})
  void aleKernelFromSampleSizeMatchesNimare(int e) {
    compare("ale_samplesize", AleKernel.fromSampleSizes(), e, false);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2})
  void aleKernelWithFwhm10MatchesNimare(int e) {
    compare("ale_fwhm10", AleKernel.withFwhm(10), e, false);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2})
  void mkdaKernelMatchesNimare(int e) {
    compare("mkda_r10", new MkdaKernel(10, 1), e, true);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2})
  void kdaKernelMatchesNimare(int e) {
    compare("kda_r10", new KdaKernel(10, 1), e, true);
  }

  private static void compare(String prefix, KernelTransformer kernel, int e, boolean exact) {
    CoordinateExperiment experiment = RefData.painExperiments().get(e);
    MaMaps maps = MaMaps.of(List.of(experiment), kernel, MASK);
    double[] ours = maps.dense(0);
    double[] nimare = RefData.maskedMap("kernels", prefix + "_" + experiment.id() + ".nii.gz");
    String what = prefix + " " + experiment.id();
    if (exact) {
      assertMapExactlyEquals(nimare, ours, what);
    } else {
      assertMapEquals(nimare, ours, what);
    }
    int nonzero = 0;
    for (double v : nimare) {
      nonzero += v != 0 ? 1 : 0;
    }
    assertEquals(nonzero, maps.nonzeroCount(0), what + ": voxels touched");
  }
}
