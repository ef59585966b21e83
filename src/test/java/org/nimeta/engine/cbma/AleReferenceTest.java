package org.nimeta.engine.cbma;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.nimeta.engine.MapAssert.assertMapEquals;

import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nimeta.engine.MetaResult;
import org.nimeta.engine.Npz;
import org.nimeta.engine.RefData;
import org.nimeta.engine.kernel.AleKernel;
import org.nimeta.engine.stats.NullHistogram;

/** ALE with the approximate null on the pain data against {@code public/ale_approx}. */
class AleReferenceTest {
  private static MetaResult result;

  @BeforeAll
  static void fit() {
    result = Ale.fit(RefData.painExperiments(), AleKernel.fromSampleSizes(), RefData.brainMask());
  }

  @Test
  void statisticMatchesNimare() {
    assertMapEquals(RefData.maskedMap("ale_approx", "stat.nii.gz"), result.map("stat"), "ALE stat");
  }

  /** p is a lookup into the null: the same bin gives the same float32 value. */
  @Test
  void pValuesAreNimaresBins() {
    double[] expected = RefData.maskedMap("ale_approx", "p.nii.gz");
    double[] actual = result.map("p");
    for (int m = 0; m < expected.length; m++) {
      assertEquals((float) expected[m], (float) actual[m], "p at masked voxel " + m);
    }
  }

  @Test
  void zMatchesNimare() {
    assertMapEquals(RefData.maskedMap("ale_approx", "z.nii.gz"), result.map("z"), "ALE z");
  }

  /** Bit-identical: the null depends only on bin counts and bin centres, which we reproduce exactly. */
  @Test
  void nullHistogramMatchesNimare() {
    Map<String, double[]> npz = Npz.read(RefData.PUBLIC.resolve("ale_approx/null.npz"));
    double[] bins = (double[]) result.tables().get(NullHistogram.BINS_TABLE);
    double[] weights = (double[]) result.tables().get(NullHistogram.WEIGHTS_TABLE);
    assertEquals(14897, bins.length);
    assertArrayEquals(npz.get("histogram_bins"), bins, 0.0);
    assertEquals(0.01083, NullHistogram.fromTables(result.tables()).statisticForP(0.001)); // case.json
    assertMapEquals(npz.get("histweights_corr-none_method-approximate"), weights, 0.0, "null weights");
  }
}
