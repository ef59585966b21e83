package org.nimeta.engine.cbma;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.nimeta.engine.MapAssert.assertMapEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nimeta.engine.CoordinateExperiment;
import org.nimeta.engine.MetaResult;
import org.nimeta.engine.RefData;
import org.nimeta.engine.kernel.AleKernel;

/**
 * ALE on NiMARE's largest shipped coordinate set (17 experiments, 1117 foci, two in Talairach
 * space), kernel sample size fixed at 20, against {@code public/timing_ale_laird}.
 */
class AleLairdReferenceTest {

  @Test
  void mapsMatchNimare() {
    List<CoordinateExperiment> experiments = LairdDataset.experiments(RefData.brainMask());
    assertEquals(17, experiments.size());
    assertEquals(1117, experiments.stream().mapToInt(CoordinateExperiment::fociCount).sum());

    MetaResult result = Ale.fit(experiments, AleKernel.withSampleSize(20), RefData.brainMask());

    assertMapEquals(RefData.maskedMap("timing_ale_laird", "stat.nii.gz"), result.map("stat"), "stat");
    double[] p = RefData.maskedMap("timing_ale_laird", "p.nii.gz");
    for (int m = 0; m < p.length; m++) {
      assertEquals((float) p[m], (float) result.map("p")[m], "p at masked voxel " + m);
    }
    assertMapEquals(RefData.maskedMap("timing_ale_laird", "z.nii.gz"), result.map("z"), "z");
  }
}
