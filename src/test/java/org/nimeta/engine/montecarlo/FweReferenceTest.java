package org.nimeta.engine.montecarlo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.nimeta.engine.MapAssert.assertMapEquals;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.nimeta.engine.CoordinateExperiment;
import org.nimeta.engine.MetaResult;
import org.nimeta.engine.Progress;
import org.nimeta.engine.RefData;
import org.nimeta.engine.cbma.Ale;
import org.nimeta.engine.cbma.CbmaStatistics;
import org.nimeta.engine.cbma.MkdaDensity;
import org.nimeta.engine.cluster.ClusterLabeler;
import org.nimeta.engine.cluster.FaceNeighbours;
import org.nimeta.engine.kernel.AleKernel;
import org.nimeta.engine.kernel.KernelTransformer;
import org.nimeta.engine.kernel.MkdaKernel;
import org.nimeta.image.Mask;

/**
 * Monte Carlo FWE against NiMARE 0.2.1 ({@code public/fwe_ale}: 200 iterations, {@code
 * fwe_ale_n1000}: 1000, {@code fwe_mkda}: 150; seeds 0, 1, 2 each). Deterministic parts must match
 * exactly: the cluster-forming thresholds, and the corrected maps computed from NiMARE's own null.
 * Our own nulls are random and must agree within the sampling error worked out in
 * {@link SamplingBounds}.
 */
class FweReferenceTest {
  private static final double Q = 0.95;
  /** Iterations of our runs: enough for a 95th percentile within about 2 % in probability. */
  private static final int ALE_ITERATIONS = 1000;
  private static final int MKDA_ITERATIONS = 2000;
  private static final long SEED = 1;
  /** KS false-alarm rate for a correct implementation. */
  private static final double KS_ALPHA = 1e-4;
  /** Chance that a voxel counted as decided flips between two correct runs. */
  private static final double KNIFE_EDGE_EPS = 1e-5;
  /** NiMARE's case tables count a voxel as significant when logp > 1.3 (p <= 0.05 at these n). */
  private static final double SIGNIFICANT_LOGP = 1.3;

  private static final String[] ALE_CASES = {"fwe_ale", "fwe_ale_n1000"};
  private static final String[] MKDA_CASES = {"fwe_mkda"};

  private final Mask mask = RefData.brainMask();
  private final FaceNeighbours neighbours = FaceNeighbours.of(mask);
  private final List<CoordinateExperiment> pain = RefData.painExperiments();

  @Test
  void clusterFormingThresholdsMatchNimare() {
    assertEquals(0.01083, ClusterFormingThreshold.of(ale(), 0.001), 0);
    assertEquals(4.0, ClusterFormingThreshold.of(mkda(), 0.001), 0);
  }

  /** Our critical-value rule reproduces the case tables' values from NiMARE's own nulls. */
  @Test
  void criticalValuesOfNimaresNullsMatchTheCaseTables() throws IOException {
    for (String c : new String[] {"fwe_ale", "fwe_ale_n1000", "fwe_mkda"}) {
      JsonNode seeds = new ObjectMapper().readTree(RefData.PUBLIC.resolve(c).resolve("case.json").toFile())
          .get("critical_values_by_seed");
      for (int s = 0; s < 3; s++) {
        FweNull n = NimareNulls.seed(c, s, 0);
        JsonNode expected = seeds.get(Integer.toString(s));
        assertEquals(expected.at("/voxel_max_stat/nimare_exact_strictly_greater_than").asDouble(),
            n.voxelNull().criticalValue(0.05), 0, c + " seed " + s);
        assertEquals(expected.at("/cluster_size/nimare_exact_strictly_greater_than").asDouble(),
            n.sizeNull().criticalValue(0.05), 0, c + " seed " + s);
        assertEquals(expected.at("/cluster_mass/nimare_exact_strictly_greater_than").asDouble(),
            n.massNull().criticalValue(0.05), 0, c + " seed " + s);
      }
    }
  }

  /** Given NiMARE's own null, our maps are NiMARE's maps (float32 tolerance). */
  @Test
  void mapsFromNimaresNullEqualNimaresMaps() {
    for (String c : ALE_CASES) {
      compareWithNimare(c, ale(), NimareNulls.seed(c, 0, 0.01083));
    }
    compareWithNimare("fwe_mkda", mkda(), NimareNulls.seed("fwe_mkda", 0, 4));
  }

  @Test
  void aleNullAgreesWithNimaresWithinSamplingError() {
    MetaResult corrected = MonteCarloFwe.correct(ale(), pain, AleKernel.fromSampleSizes(), CbmaStatistics.ALE,
        0.001, new MonteCarloOptions(ALE_ITERATIONS, SEED, 2), Progress.NONE);
    FweNull ours = (FweNull) corrected.tables().get(FweNull.TABLE);
    compareNulls(ours, ALE_CASES, "ALE");

    // every NiMARE run finds the same 2349 voxels in clusters significant by size and by mass
    // (none near the critical values), so the decisions must agree everywhere
    for (String c : ALE_CASES) {
      assertSameSignificance(corrected, c, FweMaps.LOGP_SIZE, null);
      assertSameSignificance(corrected, c, FweMaps.LOGP_MASS, null);
    }
    // voxel level: the same decisions except on the knife edge
    double[] stat = corrected.map("stat");
    for (String c : ALE_CASES) {
      assertSameSignificance(corrected, c, FweMaps.LOGP_VOXEL,
          knifeEdge(stat, seed0(c, FweMaps.LOGP_VOXEL), NimareNulls.VOXEL, ALE_CASES, ALE_ITERATIONS));
    }
  }

  @Test
  void mkdaNullAgreesWithNimaresWithinSamplingError() {
    MetaResult corrected = MonteCarloFwe.correct(mkda(), pain, new MkdaKernel(), CbmaStatistics.MKDA_DENSITY,
        0.001, new MonteCarloOptions(MKDA_ITERATIONS, SEED, 2), Progress.NONE);
    compareNulls((FweNull) corrected.tables().get(FweNull.TABLE), MKDA_CASES, "MKDADensity");
    double[] stat = corrected.map("stat");
    assertSameSignificance(corrected, "fwe_mkda", FweMaps.LOGP_SIZE, knifeEdge(clusterSizes(stat, 4),
        seed0("fwe_mkda", FweMaps.LOGP_SIZE), NimareNulls.SIZE, MKDA_CASES, MKDA_ITERATIONS));
    assertSameSignificance(corrected, "fwe_mkda", FweMaps.LOGP_MASS, knifeEdge(clusterMasses(stat, 4),
        seed0("fwe_mkda", FweMaps.LOGP_MASS), NimareNulls.MASS, MKDA_CASES, MKDA_ITERATIONS));
    assertSameSignificance(corrected, "fwe_mkda", FweMaps.LOGP_VOXEL, knifeEdge(stat,
        seed0("fwe_mkda", FweMaps.LOGP_VOXEL), NimareNulls.VOXEL, MKDA_CASES, MKDA_ITERATIONS));
  }

  private static double[] seed0(String caseName, String map) {
    return RefData.maskedMap(caseName, "seed0_" + map + ".nii.gz");
  }

  private void compareNulls(FweNull ours, String[] cases, String what) {
    Map<String, double[]> oursByKey = Map.of(
        NimareNulls.VOXEL, ours.maxStat(),
        NimareNulls.SIZE, ours.sizeNullValues(),
        NimareNulls.MASS, ours.maxClusterMass());
    for (Map.Entry<String, double[]> e : oursByKey.entrySet()) {
      double[] pool = NimareNulls.pooled(e.getKey(), cases);
      double[] sorted = e.getValue().clone();
      java.util.Arrays.sort(sorted);
      double critical = new EmpiricalNull(sorted).criticalValue(1 - Q);
      double width = SamplingBounds.halfWidth(Q, sorted.length, pool.length);
      double[] allowed = SamplingBounds.valueBand(pool, Q, width);
      assertTrue(SamplingBounds.consistent(pool, critical, Q, width), what + " " + e.getKey()
          + ": our 95th percentile " + critical + " is outside NiMARE's sampling range " + allowed[0]
          + " .. " + allowed[1] + " (its pooled fraction below is " + SamplingBounds.fractionBelow(pool, critical) + ")");
      double ks = SamplingBounds.ksDistance(sorted, pool);
      double ksLimit = SamplingBounds.ksCritical(KS_ALPHA, sorted.length, pool.length);
      assertTrue(ks <= ksLimit, what + " " + e.getKey() + ": KS distance to NiMARE's pooled null " + ks
          + " exceeds " + ksLimit);
    }
  }

  /**
   * Our significance (logp > 1.3) equals NiMARE's seed-0 map's at every voxel outside the
   * knife-edge set; with {@code knifeEdge == null} at every voxel.
   */
  private void assertSameSignificance(MetaResult ours, String caseName, String map, boolean[] knifeEdge) {
    double[] nimare = seed0(caseName, map);
    double[] mine = ours.map(map);
    int compared = 0;
    int significant = 0;
    for (int m = 0; m < nimare.length; m++) {
      if (knifeEdge != null && knifeEdge[m]) {
        continue;
      }
      boolean theirs = nimare[m] > SIGNIFICANT_LOGP;
      if (theirs != mine[m] > SIGNIFICANT_LOGP) {
        fail(caseName + " " + map + " at masked voxel " + m + ": NiMARE logp " + nimare[m] + ", ours " + mine[m]);
      }
      compared++;
      significant += theirs ? 1 : 0;
    }
    assertTrue(significant >= 100, caseName + " " + map + ": only " + significant
        + " significant voxels outside the knife edge (of " + compared + " compared)");
  }

  /**
   * Voxels where a correct run of ours could decide significance differently from NiMARE's seed-0
   * map with probability above {@link #KNIFE_EDGE_EPS} ({@link SamplingBounds#disagreement}),
   * judged on their value (statistic, or their cluster's size or mass).
   */
  private static boolean[] knifeEdge(double[] values, double[] nimareLogp, String key, String[] cases,
      int ourIterations) {
    double[] pool = NimareNulls.pooled(key, cases);
    boolean[] edge = new boolean[values.length];
    Map<Integer, Boolean> cache = new java.util.HashMap<>(); // by (count at or above) * 2 + decision
    for (int m = 0; m < values.length; m++) {
      boolean significant = nimareLogp[m] > SIGNIFICANT_LOGP;
      int atOrAbove = pool.length - (int) Math.round(SamplingBounds.fractionBelow(pool, values[m]) * pool.length);
      edge[m] = cache.computeIfAbsent(2 * atOrAbove + (significant ? 1 : 0), ignored ->
          SamplingBounds.disagreement(atOrAbove, pool.length, ourIterations, significant) > KNIFE_EDGE_EPS);
    }
    return edge;
  }

  private double[] clusterSizes(double[] stat, double threshold) {
    ClusterLabeler labeler = new ClusterLabeler(neighbours);
    labeler.labelAll(stat, threshold);
    double[] out = new double[stat.length];
    for (int m = 0; m < out.length; m++) {
      out[m] = labeler.labelOf(m) >= 0 ? labeler.size(labeler.labelOf(m)) : 0;
    }
    return out;
  }

  private double[] clusterMasses(double[] stat, double threshold) {
    ClusterLabeler labeler = new ClusterLabeler(neighbours);
    labeler.labelAll(stat, threshold);
    double[] out = new double[stat.length];
    for (int m = 0; m < out.length; m++) {
      out[m] = labeler.labelOf(m) >= 0 ? labeler.mass(labeler.labelOf(m)) : 0;
    }
    return out;
  }

  private void compareWithNimare(String caseName, MetaResult fitted, FweNull nimareNull) {
    Map<String, double[]> maps = FweMaps.compute(fitted.map("stat"), neighbours, nimareNull);
    maps.forEach((name, values) ->
        assertMapEquals(RefData.maskedMap(caseName, "seed0_" + name + ".nii.gz"), values, caseName + " " + name));
  }

  private MetaResult ale() {
    return Ale.fit(pain, AleKernel.fromSampleSizes(), mask);
  }

  private MetaResult mkda() {
    KernelTransformer kernel = new MkdaKernel();
    return MkdaDensity.fit(pain, kernel, mask);
  }
}
