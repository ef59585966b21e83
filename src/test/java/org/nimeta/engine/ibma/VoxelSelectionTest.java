package org.nimeta.engine.ibma;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nimeta.engine.MetaResult;
import org.nimeta.image.Affine;
import org.nimeta.image.Mask;
import org.nimeta.image.NiftiDatatype;
import org.nimeta.image.NiftiImage;
import org.nimeta.image.Grid;

class VoxelSelectionTest {
  private static final float NAN = Float.NaN;

  static Mask lineMask(int n) {
    double[] ones = new double[n];
    java.util.Arrays.fill(ones, 1);
    return Mask.fromImage(new NiftiImage(new Grid(n, 1, 1, Affine.scaled(2, 2, 2, 0, 0, 0)), ones, NiftiDatatype.UINT8));
  }

  static IbmaStudy study(String id, float[] beta, float[] varcope, double n) {
    return new IbmaStudy(id, Map.of(ImageKind.BETA, beta, ImageKind.VARCOPE, varcope, ImageKind.Z, beta), n);
  }

  @Test
  void aggressiveMaskOrsThePerKindMasksLikeNimare() {
    // voxel 0: valid everywhere; voxel 1: every beta valid, one varcope zero -> kept (OR);
    // voxel 2: one beta NaN and one varcope zero -> valid in neither kind -> removed.
    IbmaData data = new IbmaData(lineMask(3), List.of(
        study("a", new float[] {1, 2, 3}, new float[] {1, 0, 0}, 10),
        study("b", new float[] {2, 1, NAN}, new float[] {2, 1, 1}, 20)));
    assertArrayEquals(new int[] {0, 1},
        VoxelSelection.aggressiveVoxels(data.studies(), EnumSet.of(ImageKind.BETA, ImageKind.VARCOPE), 3));
    MetaResult dl = new DerSimonianLaird().fit(data);
    assertEquals(1, dl.map("dof")[0]);
    assertEquals(1, dl.map("dof")[1], "voxel 1 is analysed although a varcope is zero there");
    assertTrue(Double.isNaN(dl.map("dof")[2]));
    assertTrue(Double.isNaN(dl.map("est")[2]));
  }

  @Test
  void aggressiveMaskKeeps973PainVoxels() {
    IbmaData data = PainIbmaFixture.data();
    for (IbmaEstimator e : List.of(new Fishers(), new DerSimonianLaird(), new PermutedOLS(true))) {
      int kept = VoxelSelection.aggressiveVoxels(e.usableStudies(data), e.requiredImages(), data.mask().size()).length;
      assertEquals(973, kept, e.getClass().getSimpleName());
    }
  }

  @Test
  void byStudySetAnalysesEachGroupOfStudiesOnItsOwn() {
    // voxels 0 and 2: studies a, b, c; voxels 1 and 4: a, b (c is NaN / zero);
    // voxel 3: only a -> fewer than two studies, left at 0.
    IbmaData data = new IbmaData(lineMask(5), List.of(
        study("a", new float[] {1, 2, 3, 4, 5}, new float[] {1, 1, 1, 1, 1}, 10),
        study("b", new float[] {2, 1, 2, 0, 1}, new float[] {1, 2, 1, 1, 2}, 20),
        study("c", new float[] {3, NAN, 1, NAN, 0}, new float[] {2, 1, 1, 1, 1}, 30)));
    MetaResult grouped = new Stouffers(false).fit(data, Masking.BY_STUDY_SET);
    assertArrayEquals(new double[] {2, 1, 2, 0, 1}, grouped.map("dof"));
    assertEquals(0, grouped.map("z")[3]);
    IbmaData pair = new IbmaData(lineMask(5), data.studies().subList(0, 2));
    MetaResult pairwise = new Stouffers(false).fit(pair);
    assertEquals(pairwise.map("z")[1], grouped.map("z")[1]);
    assertEquals(pairwise.map("z")[4], grouped.map("z")[4]);
    MetaResult all = new Stouffers(false).fit(data);
    assertEquals(all.map("z")[0], grouped.map("z")[0]);
    assertTrue(Double.isNaN(all.map("z")[1]), "aggressive masking drops voxels with a NaN study");
  }

  @Test
  void byStudySetGivesEachGroupItsOwnPermutationNull() {
    IbmaData data = new IbmaData(lineMask(5), List.of(
        study("a", new float[] {1, 2, 3, 4, 5}, new float[] {1, 1, 1, 1, 1}, 10),
        study("b", new float[] {2, 1, 2, 0, 1}, new float[] {1, 2, 1, 1, 2}, 20),
        study("c", new float[] {3, NAN, 1, NAN, 0}, new float[] {2, 1, 1, 1, 1}, 30)));
    MetaResult result = new PermutedOLS(true).correctFweMonteCarlo(data, Masking.BY_STUDY_SET, 20,
        SignFlipStream.seeded(1));
    assertEquals(2, ((List<?>) result.tables().get("h0_max_t")).size());
    assertEquals(0, result.map(PermutedOLS.LOGP_FWE)[3], "voxel 3 is in no group");
    assertTrue(result.map(PermutedOLS.LOGP_FWE)[1] >= 0);
  }

  @Test
  void byStudySetRequiresValidityInEveryKind() {
    // voxel 1: c's beta is valid but its varcope is zero -> c is out of that voxel's group.
    IbmaData data = new IbmaData(lineMask(2), List.of(
        study("a", new float[] {1, 2}, new float[] {1, 1}, 10),
        study("b", new float[] {2, 1}, new float[] {1, 2}, 20),
        study("c", new float[] {3, 4}, new float[] {2, 0}, 30)));
    MetaResult grouped = new WeightedLeastSquares(0).fit(data, Masking.BY_STUDY_SET);
    assertArrayEquals(new double[] {2, 1}, grouped.map("dof"));
  }
}
