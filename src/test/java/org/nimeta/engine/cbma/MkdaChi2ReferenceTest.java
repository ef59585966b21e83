package org.nimeta.engine.cbma;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.nimeta.engine.MapAssert.assertMapEquals;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nimeta.engine.CoordinateExperiment;
import org.nimeta.engine.MetaResult;
import org.nimeta.engine.RefData;
import org.nimeta.engine.correct.FdrMethod;
import org.nimeta.engine.correct.VoxelCorrector;
import org.nimeta.engine.kernel.MkdaKernel;

/**
 * MKDAChi2 on the pain data split as CASES.md says (sorted ids, first half vs the rest), prior 0.5,
 * and its two FDR corrections, against {@code public/mkdachi2}.
 */
class MkdaChi2ReferenceTest {
  private static MetaResult result;

  @BeforeAll
  static void fit() {
    List<CoordinateExperiment> all = RefData.painExperiments(); // sorted ids
    int half = all.size() / 2;
    result = MkdaChi2.fit(all.subList(0, half), all.subList(half, all.size()), new MkdaKernel(10, 1),
        0.5, RefData.brainMask());
  }

  @Test
  void mapsMatchNimare() {
    assertEquals(List.of("z_desc-uniformity", "z_desc-association", "chi2_desc-uniformity",
        "chi2_desc-association", "p_desc-uniformity", "p_desc-association", "prob_desc-A",
        "prob_desc-AgF", "prob_desc-FgA", "prob_desc-AgF_prior", "prob_desc-FgA_prior", "z_desc-group1",
        "z_desc-group2"), List.copyOf(result.mapNames()));
    for (String name : result.mapNames().stream().filter(n -> !n.contains("group")).toList()) {
      assertMapEquals(RefData.maskedMap("mkdachi2", name + ".nii.gz"), result.map(name), name);
    }
  }

  @Test
  void fdrIndepDispatchMatchesNimare() {
    MetaResult corrected = MkdaChi2.correctFdrIndep(result);
    for (String name : List.of("z_desc-uniformity_level-voxel_corr-FDR_method-indep",
        "z_desc-association_level-voxel_corr-FDR_method-indep")) {
      assertMapEquals(RefData.maskedMap("mkdachi2", name + ".nii.gz"), corrected.map(name), name);
    }
  }

  @Test
  void genericNegcorrOnEveryPMapMatchesNimare() {
    MetaResult corrected = VoxelCorrector.fdr(result, FdrMethod.NEGCORR);
    for (String name : List.of("p_desc-uniformity_corr-FDR_method-negcorr",
        "z_desc-uniformity_corr-FDR_method-negcorr", "p_desc-association_corr-FDR_method-negcorr",
        "z_desc-association_corr-FDR_method-negcorr")) {
      assertMapEquals(RefData.maskedMap("mkdachi2", name + ".nii.gz"), corrected.map(name), name);
    }
  }
}
