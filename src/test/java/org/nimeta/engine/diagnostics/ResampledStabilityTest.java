package org.nimeta.engine.diagnostics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.nimeta.engine.CoordinateExperiment;
import org.nimeta.engine.CoordinateInputs;
import org.nimeta.engine.MetaResult;
import org.nimeta.engine.Progress;
import org.nimeta.engine.RefData;
import org.nimeta.engine.cbma.Ale;
import org.nimeta.engine.cbma.CbmaStatistics;
import org.nimeta.engine.cluster.ClusterLabeler;
import org.nimeta.engine.cluster.FaceNeighbours;
import org.nimeta.engine.kernel.AleKernel;
import org.nimeta.engine.kernel.KernelTransformer;
import org.nimeta.engine.stats.NullHistogram;
import org.nimeta.engine.stats.PToZ;
import org.nimeta.image.Mask;

/** Properties of ResampledStability's replicates on the pain ALE (the NiMARE main reference is in its own test). */
class ResampledStabilityTest {
  private static final double P = 0.001;
  private static final double SIZE = 60.5;

  private final KernelTransformer kernel = AleKernel.fromSampleSizes();
  private final Mask mask = RefData.brainMask();
  private final List<CoordinateExperiment> experiments = CoordinateInputs.prepare(RefData.painExperiments(), kernel,
      "ALE");
  private final MetaResult fit = Ale.fit(experiments, kernel, mask);
  private final ResampledStability.Estimate estimate = new ResampledStability.Estimate(experiments, kernel,
      CbmaStatistics.ALE, NullHistogram.fromTables(fit.tables()), mask);

  @Test
  void aReplicateOfEveryExperimentIsTheEstimatesOwnClusters() {
    int[] all = IntStream.range(0, experiments.size()).toArray();
    ResampledStability.Outcome one = ResampledStability.run(estimate, List.of(all), P, SIZE, new int[mask.size()], 0,
        fit.map("z"), 2, Progress.NONE);
    ClusterLabeler labeler = new ClusterLabeler(FaceNeighbours.of(mask));
    double[] z = fit.map("z");
    labeler.labelAll(z, PToZ.oneTailed(P));
    int kept = 0;
    for (int m = 0; m < z.length; m++) {
      int c = labeler.labelOf(m);
      double expected = c >= 0 && labeler.size(c) > SIZE ? 1 : 0;
      assertEquals(expected, one.stability()[m], "voxel " + m);
      kept += (int) expected;
    }
    assertTrue(kept > 100, "the pain ALE has clusters above " + SIZE + " voxels: " + kept);
  }

  @Test
  void leaveOneOutIsThreadIndependentAndClusterSurvivalBoundsItsVoxels() {
    List<int[]> subsets = Schedules.of(experiments.size(), experiments.size() - 1, null, 0);
    TargetClusters.Tail tail = TargetClusters.of(fit.map("z"), mask, 3.09, 10).tails().get(0);
    ResampledStability.Outcome a = ResampledStability.run(estimate, subsets, P, SIZE, tail.labels(), tail.clusters(),
        fit.map("z"), 1, Progress.NONE);
    ResampledStability.Outcome b = ResampledStability.run(estimate, subsets, P, SIZE, tail.labels(), tail.clusters(),
        fit.map("z"), 2, Progress.NONE);
    assertArrayEquals(a.stability(), b.stability());
    assertArrayEquals(a.survived(), b.survived());
    double[] most = new double[tail.clusters()];
    boolean between = false;
    for (int m = 0; m < mask.size(); m++) {
      double s = a.stability()[m];
      double count = s * subsets.size();
      assertEquals(Math.rint(count), count, 1e-5, "a fraction of 21 replicates");
      between |= s > 0 && s < 1;
      if (tail.labels()[m] > 0) {
        most[tail.labels()[m] - 1] = Math.max(most[tail.labels()[m] - 1], s);
      }
    }
    assertTrue(between, "some voxel survives some replicates but not all");
    for (int c = 0; c < tail.clusters(); c++) {
      assertTrue(a.survived()[c] >= Math.round(most[c] * subsets.size()), "cluster " + (c + 1));
      assertTrue(a.survived()[c] <= subsets.size());
    }
  }
}
