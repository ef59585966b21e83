package org.nimeta.engine.cbma;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.nimeta.engine.MapAssert.assertMapEquals;
import static org.nimeta.engine.MapAssert.assertMapExactlyEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nimeta.engine.MetaResult;
import org.nimeta.engine.Npz;
import org.nimeta.engine.RefData;
import org.nimeta.engine.kernel.KdaKernel;
import org.nimeta.engine.kernel.MkdaKernel;
import org.nimeta.engine.stats.NullHistogram;

/** MKDADensity and KDA with their approximate nulls against {@code public/mkda_density} and {@code public/kda}. */
class MkdaReferenceTest {
  /** The nulls are bit-identical: every sum and product is formed in NiMARE's order. */
  private static final double NULL_RELATIVE = 0;

  @Test
  void mkdaDensityMatchesNimare() {
    MetaResult r = MkdaDensity.fit(RefData.painExperiments(), new MkdaKernel(10, 1), RefData.brainMask());
    compareMaps("mkda_density", r);
    Map<String, double[]> npz = Npz.read(RefData.PUBLIC.resolve("mkda_density/null.npz"));
    assertArrayEquals(npz.get("histogram_bins"), (double[]) r.tables().get(NullHistogram.BINS_TABLE), 0.0);
    assertArrayEquals(npz.get("histogram_means"), (double[]) r.tables().get("histogram_means"), 0.0);
    assertMapEquals(npz.get("histweights_corr-none_method-approximate"),
        (double[]) r.tables().get(NullHistogram.WEIGHTS_TABLE), NULL_RELATIVE, "null");
    assertEquals(4.0, NullHistogram.fromTables(r.tables()).statisticForP(0.001)); // case.json: ss_threshold_p0.001
  }

  @Test
  void kdaMatchesNimare() {
    MetaResult r = Kda.fit(RefData.painExperiments(), new KdaKernel(10, 1), RefData.brainMask());
    compareMaps("kda", r);
    Map<String, double[]> npz = Npz.read(RefData.PUBLIC.resolve("kda/null.npz"));
    assertArrayEquals(npz.get("histogram_bins"), (double[]) r.tables().get(NullHistogram.BINS_TABLE), 0.0);
    assertMapEquals(npz.get("histweights_corr-none_method-approximate"),
        (double[]) r.tables().get(NullHistogram.WEIGHTS_TABLE), NULL_RELATIVE, "null");
    assertEquals(5.0, NullHistogram.fromTables(r.tables()).statisticForP(0.001)); // case.json: ss_threshold_p0.001
  }

  @Test
  void mkdaDensityWeightsAreOneWithTheMkdaKernel() {
    double[] w = MkdaDensity.weights(RefData.painExperiments(), new MkdaKernel());
    for (double x : w) {
      assertEquals(1.0, x, 0.0);
    }
  }

  private static void compareMaps(String caseName, MetaResult r) {
    assertMapExactlyEquals(RefData.maskedMap(caseName, "stat.nii.gz"), r.map("stat"), caseName + " stat");
    double[] p = RefData.maskedMap(caseName, "p.nii.gz");
    for (int m = 0; m < p.length; m++) {
      assertEquals((float) p[m], (float) r.map("p")[m], caseName + " p at masked voxel " + m);
    }
    assertMapEquals(RefData.maskedMap(caseName, "z.nii.gz"), r.map("z"), caseName + " z");
  }
}
