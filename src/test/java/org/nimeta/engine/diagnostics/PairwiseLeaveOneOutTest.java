package org.nimeta.engine.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.nimeta.engine.CoordinateExperiment;
import org.nimeta.engine.RefData;
import org.nimeta.engine.cbma.Ale;
import org.nimeta.engine.cbma.CbmaStatistics;
import org.nimeta.engine.cbma.MkdaChi2;
import org.nimeta.engine.kernel.AleKernel;
import org.nimeta.engine.kernel.MkdaKernel;
import org.nimeta.image.Mask;

/**
 * The two-group leave-one-out values equal a refit of the contrast without the experiment, for
 * both groups (pain_01..10 against pain_11..21): ALESubtraction's difference of ALE maps and
 * MKDAChi2's association z.
 */
class PairwiseLeaveOneOutTest {
  private static final Mask MASK = RefData.brainMask();
  private static final List<CoordinateExperiment> ALL = RefData.painExperiments();
  private static final List<CoordinateExperiment> FIRST = ALL.subList(0, 10);
  private static final List<CoordinateExperiment> SECOND = ALL.subList(10, ALL.size());
  /** Every 97th in-mask voxel, so that the check covers the whole brain cheaply. */
  private static final int[] VOXELS = IntStream.range(0, MASK.size()).filter(m -> m % 97 == 0).toArray();

  @Test
  void aleDifferenceWithoutAnExperimentIsTheRefitsDifference() {
    AleKernel kernel = AleKernel.fromSampleSizes();
    PairwiseLeaveOneOut.Contrast d = PairwiseLeaveOneOut.DIFFERENCE;
    for (int group = 0; group < 2; group++) {
      LeaveOneOut.AtVoxels at = new PairwiseLeaveOneOut(new CbmaLeaveOneOut(FIRST, kernel, MASK, CbmaStatistics.ALE),
          new CbmaLeaveOneOut(SECOND, kernel, MASK, CbmaStatistics.ALE), group, d).at(VOXELS);
      int e = 3;
      double[] ours = new double[VOXELS.length];
      at.without(e, ours);
      double[] a = Ale.fit(group == 0 ? without(FIRST, e) : FIRST, kernel, MASK).map("stat");
      double[] b = Ale.fit(group == 1 ? without(SECOND, e) : SECOND, kernel, MASK).map("stat");
      for (int v = 0; v < VOXELS.length; v++) {
        assertEquals(a[VOXELS[v]] - b[VOXELS[v]], ours[v], 1e-15, "group " + group + " voxel " + VOXELS[v]);
      }
    }
  }

  @Test
  void associationWithoutAnExperimentIsTheRefitsAssociation() {
    MkdaKernel kernel = new MkdaKernel(10, 1);
    for (int group = 0; group < 2; group++) {
      LeaveOneOut.AtVoxels at = new PairwiseLeaveOneOut(new CbmaLeaveOneOut(FIRST, kernel, MASK, CbmaStatistics.KDA),
          new CbmaLeaveOneOut(SECOND, kernel, MASK, CbmaStatistics.KDA), group, PairwiseLeaveOneOut.ASSOCIATION)
          .at(VOXELS);
      int e = 5;
      double[] ours = new double[VOXELS.length];
      at.without(e, ours);
      double[] refit = MkdaChi2.fit(group == 0 ? without(FIRST, e) : FIRST, group == 1 ? without(SECOND, e) : SECOND,
          kernel, 0.5, MASK).map("z_desc-association");
      for (int v = 0; v < VOXELS.length; v++) {
        assertEquals(refit[VOXELS[v]], ours[v], 0, "group " + group + " voxel " + VOXELS[v]);
      }
    }
  }

  private static List<CoordinateExperiment> without(List<CoordinateExperiment> group, int e) {
    List<CoordinateExperiment> out = new ArrayList<>(group);
    out.remove(e);
    return out;
  }
}
