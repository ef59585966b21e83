package org.nimeta.engine.correct;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.nimeta.engine.MapAssert.assertMapEquals;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nimeta.engine.MetaResult;
import org.nimeta.engine.RefData;
import org.nimeta.engine.cbma.Ale;
import org.nimeta.engine.kernel.AleKernel;
import org.nimeta.image.Mask;
import org.nimeta.image.Nifti;

/**
 * FDR on ALE (pain, {@code public/ale_fdr}) and Bonferroni/FDR on NiMARE's Stouffer's IBMA maps
 * ({@code public/ibma}), against NiMARE's corrected maps.
 */
class VoxelCorrectorReferenceTest {
  private static MetaResult ale;

  @BeforeAll
  static void fitAle() {
    ale = Ale.fit(RefData.painExperiments(), AleKernel.fromSampleSizes(), RefData.brainMask());
  }

  @Test
  void fdrIndepOnAleMatchesNimare() {
    MetaResult corrected = VoxelCorrector.fdr(ale, FdrMethod.INDEP);
    assertMapEquals(RefData.maskedMap("ale_fdr", "p_corr-FDR_method-indep.nii.gz"),
        corrected.map("p_corr-FDR_method-indep"), "p FDR indep");
    assertMapEquals(RefData.maskedMap("ale_fdr", "z_corr-FDR_method-indep.nii.gz"),
        corrected.map("z_corr-FDR_method-indep"), "z FDR indep");
    assertEquals(ale.map("stat"), corrected.map("stat")); // the input maps are carried over
  }

  @Test
  void fdrNegcorrOnAleMatchesNimare() {
    MetaResult corrected = VoxelCorrector.fdr(ale, FdrMethod.NEGCORR);
    assertMapEquals(RefData.maskedMap("ale_fdr", "p_corr-FDR_method-negcorr.nii.gz"),
        corrected.map("p_corr-FDR_method-negcorr"), "p FDR negcorr");
    assertMapEquals(RefData.maskedMap("ale_fdr", "z_corr-FDR_method-negcorr.nii.gz"),
        corrected.map("z_corr-FDR_method-negcorr"), "z FDR negcorr");
  }

  /**
   * NiMARE's IBMA maps are zero outside the voxels the estimator kept; p is never 0 inside. Our
   * input is NiMARE's p as stored in float32, which is subnormal (fewer than 24 significant bits)
   * below 1.2e-38, while NiMARE corrected the float64 values: those few voxels are left out.
   */
  @Test
  void bonferroniAndFdrOnStouffersMatchNimare() {
    Mask kept = Mask.fromImage(Nifti.read(RefData.PUBLIC.resolve("ibma/stouffers_p.nii.gz")));
    assertEquals(973, kept.size());
    double[] p = ibma(kept, "stouffers_p");
    MetaResult stouffers = new MetaResult(kept).put("p", p).put("z", ibma(kept, "stouffers_z"));
    boolean[] normal = new boolean[p.length];
    int nNormal = 0;
    for (int m = 0; m < p.length; m++) {
      normal[m] = p[m] >= Float.MIN_NORMAL;
      nNormal += normal[m] ? 1 : 0;
    }
    assertEquals(949, nNormal);

    MetaResult bonferroni = VoxelCorrector.bonferroni(stouffers);
    assertMapEquals(only(normal, ibma(kept, "stouffers_p_corr-FWE_method-bonferroni")),
        only(normal, bonferroni.map("p_corr-FWE_method-bonferroni")), "p Bonferroni");
    assertMapEquals(only(normal, ibma(kept, "stouffers_z_corr-FWE_method-bonferroni")),
        only(normal, bonferroni.map("z_corr-FWE_method-bonferroni")), "z Bonferroni");

    MetaResult fdr = VoxelCorrector.fdr(stouffers, FdrMethod.INDEP);
    assertMapEquals(only(normal, ibma(kept, "stouffers_p_corr-FDR_method-indep")),
        only(normal, fdr.map("p_corr-FDR_method-indep")), "p FDR indep");
    assertMapEquals(only(normal, ibma(kept, "stouffers_z_corr-FDR_method-indep")),
        only(normal, fdr.map("z_corr-FDR_method-indep")), "z FDR indep");
  }

  private static double[] ibma(Mask mask, String name) {
    return mask.apply(Nifti.read(RefData.PUBLIC.resolve("ibma/" + name + ".nii.gz")).data());
  }

  private static double[] only(boolean[] keep, double[] values) {
    int n = 0;
    for (boolean k : keep) {
      n += k ? 1 : 0;
    }
    double[] out = new double[n];
    for (int m = 0, o = 0; m < values.length; m++) {
      if (keep[m]) {
        out[o++] = values[m];
      }
    }
    return out;
  }
}
