package org.nimeta.engine.diagnostics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nimeta.engine.CoordinateExperiment;
import org.nimeta.engine.CoordinateInputs;
import org.nimeta.engine.MetaResult;
import org.nimeta.engine.RefData;
import org.nimeta.engine.cbma.Ale;
import org.nimeta.engine.cbma.CbmaStatistics;
import org.nimeta.engine.cluster.FaceNeighbours;
import org.nimeta.engine.kernel.AleKernel;
import org.nimeta.engine.kernel.KernelTransformer;
import org.nimeta.engine.montecarlo.ClusterFormingThreshold;

/** The cluster-size null of ResampledStability and numpy's percentile. */
class StabilityNullTest {

  @Test
  void percentileIsNumpysLinearRule() {
    // numpy: np.percentile([3, 1, 4, 1, 5], 95) = 4.8, (.., 50) = 3.0, np.percentile([10, 20], 95) = 19.5
    assertEquals(4.8, StabilityNull.percentile(new int[] {3, 1, 4, 1, 5}, 95), 1e-12);
    assertEquals(3.0, StabilityNull.percentile(new int[] {3, 1, 4, 1, 5}, 50), 0);
    assertEquals(19.5, StabilityNull.percentile(new int[] {10, 20}, 95), 0);
    assertEquals(7.0, StabilityNull.percentile(new int[] {7}, 95), 0);
  }

  @Test
  void nullDoesNotDependOnThreadsAndUsesTheSubsets() {
    KernelTransformer kernel = AleKernel.fromSampleSizes();
    List<CoordinateExperiment> experiments = CoordinateInputs.prepare(RefData.painExperiments(), kernel, "ALE");
    MetaResult fit = Ale.fit(experiments, kernel, RefData.brainMask());
    double threshold = ClusterFormingThreshold.of(fit, 0.001);
    FaceNeighbours neighbours = FaceNeighbours.of(RefData.brainMask());
    int n = experiments.size();
    int[] one = StabilityNull.maxClusterSizes(experiments, kernel, CbmaStatistics.ALE, neighbours, threshold, n - 1,
        12, 5, 1);
    int[] two = StabilityNull.maxClusterSizes(experiments, kernel, CbmaStatistics.ALE, neighbours, threshold, n - 1,
        12, 5, 2);
    assertArrayEquals(one, two);
    int[] few = StabilityNull.maxClusterSizes(experiments, kernel, CbmaStatistics.ALE, neighbours, threshold, 3,
        12, 5, 2);
    // three random experiments rarely reach an ALE value with p < 0.001 under the full data's null
    assertTrue(Arrays.stream(few).sum() < Arrays.stream(one).sum(), Arrays.toString(few) + " vs " + Arrays.toString(one));
    assertTrue(Arrays.stream(one).anyMatch(s -> s > 0), "random data sets of n - 1 experiments make clusters");
  }
}
