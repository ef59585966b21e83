package org.nimeta.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nimeta.image.Mask;
import org.nimeta.image.Nifti;
import org.nimeta.image.NiftiImage;

class FociInMaskTest {
  private static final NiftiImage BRAIN = Nifti.read(Tsv.REFDATA.resolve(
      "inputs/tpl-MNI152NLin6Asym_res-02_desc-brain_mask.nii.gz"));
  private static final Mask MASK = Mask.fromImage(BRAIN);

  @Test
  void painFociOutsideTheBrainMaskMatchNimaresVoxels() {
    assertEquals(228483, MASK.size());
    // expected from NiMARE's own ijk (coordinates_after_load.tsv) looked up in the mask volume
    Tsv coords = Tsv.read(Tsv.REFDATA.resolve("public/dataset_coords/coordinates_after_load.tsv"));
    Map<String, Integer> expected = new LinkedHashMap<>();
    for (int r = 0; r < coords.rows().size(); r++) {
      int i = (int) coords.number(r, "i");
      int j = (int) coords.number(r, "j");
      int k = (int) coords.number(r, "k");
      boolean inGrid = i >= 0 && j >= 0 && k >= 0 && i < 91 && j < 109 && k < 91;
      if (!inGrid || BRAIN.data()[i + 91 * (j + 109 * k)] == 0) {
        expected.merge(coords.text(r, "id"), 1, Integer::sum);
      }
    }
    Dataset pain = NimareJsonReader.read(Tsv.REFDATA.resolve("inputs/nidm_pain_dset.json"), null).dataset();
    List<FociInMask.Outside> outside = FociInMask.outside(pain, MASK);
    Map<String, Integer> actual = new LinkedHashMap<>();
    for (FociInMask.Outside o : outside) {
      actual.put(o.experimentId(), o.count());
      assertEquals(pain.get(o.experimentId()).orElseThrow().fociCount(), o.fociCount());
    }
    assertEquals(expected, actual);
    assertTrue(!expected.isEmpty(), "the pain data has foci outside the brain mask");
  }

  @Test
  void reportsFociOffTheGridAndOutsideTheMaskByIndex() {
    Experiment e = new Experiment("s-1", "s", "1", "MNI",
        new double[][] {{0, 0, 0}, {200, 0, 0}, {-90, -126, -72}, {40, -22, 54}},
        new double[] {10}, Map.of(), Map.of());
    Experiment inside = new Experiment("t-1", "t", "1", "MNI", new double[][] {{0, 0, 0}},
        new double[] {10}, Map.of(), Map.of());
    List<FociInMask.Outside> outside = FociInMask.outside(Dataset.of(List.of(e, inside)), MASK);
    assertEquals(1, outside.size());
    assertEquals("s-1", outside.get(0).experimentId());
    assertArrayEquals(new int[] {1, 2}, outside.get(0).focusIndices());
    assertEquals(4, outside.get(0).fociCount());
    assertEquals(new DataWarning(DataWarning.Kind.FOCI_OUTSIDE_MASK, "2 foci lie outside the analysis mask, in 1 experiment: `s-1` (2 of 4). "
        + "They are still used, as NiMARE does: their kernels are cut at the mask.", List.of("s-1")),
        FociInMask.warning(outside).orElseThrow());
    assertTrue(FociInMask.warning(List.of()).isEmpty());
  }
}
