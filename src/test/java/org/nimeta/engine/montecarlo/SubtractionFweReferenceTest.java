package org.nimeta.engine.montecarlo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nimeta.engine.MapAssert.assertMapEquals;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nimeta.engine.CoordinateExperiment;
import org.nimeta.engine.Npz;
import org.nimeta.engine.Progress;
import org.nimeta.engine.RefData;
import org.nimeta.engine.cbma.Ale;
import org.nimeta.engine.contrast.GroupShuffle;
import org.nimeta.engine.contrast.PermutationSettings;
import org.nimeta.engine.contrast.SubtractionFwe;
import org.nimeta.engine.kernel.AleKernel;
import org.nimeta.image.Mask;

/**
 * ALESubtraction's Monte Carlo FWE against NiMARE main ({@code public/main/subtraction_fwe}: the
 * pain data's two halves, 200 permutations, {@code voxel_thresh = 0.001}, seeds 0 and 1).
 *
 * <p>NiMARE main seeds permutation i with {@code default_rng(i)}, so its two seeds' nulls are the
 * same values: its seed-to-seed spread is zero. nimeta's {@code permutations = nimare} stream must
 * therefore give NiMARE's null itself; nimeta's own seeded stream must fall inside NiMARE's
 * sampling spread, judged as the 0.2.1 FWE tests judge it (two-sample KS test against each seed,
 * 95th percentiles within the sampling band).
 */
class SubtractionFweReferenceTest {
  private static final Path CASE = RefData.PUBLIC.resolve("main/subtraction_fwe");
  private static final String VOXEL = "values_level-voxel_corr-fwe_method-montecarlo";
  private static final String SIZE = "values_desc-size_level-cluster_corr-fwe_method-montecarlo";
  private static final String MASS = "values_desc-mass_level-cluster_corr-fwe_method-montecarlo";
  private static final int NIMARE_ITERATIONS = 200;
  private static final int OUR_ITERATIONS = 1000;
  private static final double Q = 0.95;
  private static final double KS_ALPHA = 1e-4;

  private final Mask mask = RefData.brainMask();
  private final List<CoordinateExperiment> pain = RefData.painExperiments();

  private SubtractionFwe.Null simulate(GroupShuffle shuffle, int iterations, int threads) {
    return SubtractionFwe.simulate(pain.subList(0, 10), pain.subList(10, 21), AleKernel.fromSampleSizes(), mask,
        0.001, false, new PermutationSettings(iterations, shuffle, threads, Progress.NONE));
  }

  private static Map<String, double[]> nimareNull(int seed) {
    return Npz.read(CASE.resolve("fwe_null_seed" + seed + ".npz"));
  }

  private static double[] map(String name) {
    return RefData.brainMask().apply(org.nimeta.image.Nifti.read(CASE.resolve(name + ".nii.gz")).data());
  }

  /**
   * NiMARE main sums each group's ALE as {@code 1 - exp(sum log1p(-MA))} in float32, nimeta
   * multiplies in float64, so a permutation's maximum may differ in its last float32 bit; the
   * cluster-forming threshold is numpy 2's float32 quantile, so the clusters are NiMARE's.
   */
  @Test
  void nimaresStreamGivesNimaresNull() {
    SubtractionFwe.Null ours = simulate(GroupShuffle.nimare(), NIMARE_ITERATIONS, 2);
    for (int seed = 0; seed < 2; seed++) {
      Map<String, double[]> theirs = nimareNull(seed);
      assertMapEquals(theirs.get(VOXEL), ours.maxAbsDifference(), "max |difference|, seed " + seed);
      assertArrayEquals(theirs.get(SIZE), Arrays.stream(ours.maxClusterSize()).asDoubleStream().toArray(), 0,
          "max cluster size, seed " + seed);
      assertMapEquals(theirs.get(MASS), ours.maxClusterMass(), "max cluster mass, seed " + seed);
    }
  }

  @Test
  void seededNullFallsInsideNimaresSpread() {
    SubtractionFwe.Null ours = simulate(GroupShuffle.seeded(1), OUR_ITERATIONS, 2);
    Map<String, double[]> oursByKey = Map.of(VOXEL, ours.maxAbsDifference(),
        SIZE, Arrays.stream(ours.maxClusterSize()).asDoubleStream().toArray(), MASS, ours.maxClusterMass());
    for (int seed = 0; seed < 2; seed++) {
      Map<String, double[]> theirs = nimareNull(seed);
      for (Map.Entry<String, double[]> e : oursByKey.entrySet()) {
        double[] pool = theirs.get(e.getKey()).clone();
        Arrays.sort(pool);
        double[] sorted = e.getValue().clone();
        Arrays.sort(sorted);
        double critical = new EmpiricalNull(sorted).criticalValue(1 - Q);
        double width = SamplingBounds.halfWidth(Q, sorted.length, pool.length);
        assertTrue(SamplingBounds.consistent(pool, critical, Q, width), e.getKey() + " seed " + seed
            + ": our 95th percentile " + critical + " is outside NiMARE's band "
            + Arrays.toString(SamplingBounds.valueBand(pool, Q, width)));
        double ks = SamplingBounds.ksDistance(sorted, pool);
        double limit = SamplingBounds.ksCritical(KS_ALPHA, sorted.length, pool.length);
        assertTrue(ks <= limit, e.getKey() + " seed " + seed + ": KS distance " + ks + " exceeds " + limit);
      }
    }
  }

  @Test
  void nullDoesNotDependOnThreads() {
    SubtractionFwe.Null one = simulate(GroupShuffle.seeded(7), 40, 1);
    SubtractionFwe.Null three = simulate(GroupShuffle.seeded(7), 40, 3);
    assertEquals(one.clusterFormingThreshold(), three.clusterFormingThreshold(), 0);
    assertArrayEquals(one.maxAbsDifference(), three.maxAbsDifference(), 0);
    assertArrayEquals(one.maxClusterSize(), three.maxClusterSize());
    assertArrayEquals(one.maxClusterMass(), three.maxClusterMass(), 0);
  }

  /**
   * The maps that involve no randomness: each group's ALE and their difference, voxel for voxel.
   * ALE = 1 - prod(1 - MA) cancels where it is tiny, so NiMARE main's product order shows there
   * as an absolute difference of about 1e-16; elsewhere float32 precision, for the difference
   * relative to the groups' ALE (NiMARE main subtracts float32 group maps).
   */
  @Test
  void groupAndDifferenceStatisticsEqualNimares() {
    double[] group1 = Ale.fit(pain.subList(0, 10), AleKernel.fromSampleSizes(), mask).map("stat");
    double[] group2 = Ale.fit(pain.subList(10, 21), AleKernel.fromSampleSizes(), mask).map("stat");
    assertClose(map("stat_desc-group1"), group1, group1, "group 1 ALE");
    assertClose(map("stat_desc-group2"), group2, group2, "group 2 ALE");
    double[] difference = new double[group1.length];
    double[] scale = new double[group1.length];
    for (int m = 0; m < difference.length; m++) {
      difference[m] = group1[m] - group2[m];
      scale[m] = Math.max(group1[m], group2[m]);
    }
    assertClose(map("stat_desc-group1MinusGroup2"), difference, scale, "difference");
  }

  private static void assertClose(double[] expected, double[] actual, double[] scale, String what) {
    for (int m = 0; m < expected.length; m++) {
      double allowed = 1e-6 * Math.max(Math.abs(expected[m]), Math.abs(scale[m])) + 1e-15;
      assertTrue(Math.abs(expected[m] - actual[m]) <= allowed, what + " at masked voxel " + m + ": NiMARE "
          + expected[m] + ", ours " + actual[m]);
    }
  }

  /**
   * With NiMARE's null (which NiMARE's stream reproduces) the nine corrected maps are NiMARE's, at
   * float32 precision: the cutoffs are the same, so every voxel is compared.
   */
  @Test
  void correctedMapsFromNimaresNullEqualNimares() {
    SubtractionFwe.Null fweNull = simulate(GroupShuffle.nimare(), NIMARE_ITERATIONS, 2);
    Map<String, double[]> maps = SubtractionFwe.maps(map("stat_desc-group1MinusGroup2"),
        map("z_desc-group1MinusGroup2"), mask, fweNull);
    assertEquals(SubtractionFwe.mapNames(false), List.copyOf(maps.keySet()));
    for (Map.Entry<String, double[]> e : maps.entrySet()) {
      assertMapEquals(map(e.getKey()), e.getValue(), e.getKey());
    }
    assertTrue(Arrays.stream(maps.get("p_desc-group1MinusGroup2Size_level-cluster_corr-FWE_method-montecarlo"))
        .filter(p -> p < 0.05).count() > 0, "some cluster is significant by size");
  }

  /**
   * With nimeta's seeded null the cutoffs differ from NiMARE's by sampling error, so the decisions
   * (p < 0.05) are compared only where the cutoffs agree: at voxels whose |d| (whose cluster's
   * size, mass) is not between our and NiMARE's 95th percentile.
   */
  @Test
  void seededCorrectionDecidesAsNimareWhereTheCutoffsAgree() {
    SubtractionFwe.Null ours = simulate(GroupShuffle.seeded(1), OUR_ITERATIONS, 2);
    // NiMARE's cluster-forming threshold is not stored; its stream's null reproduces it
    double theirThreshold = simulate(GroupShuffle.nimare(), NIMARE_ITERATIONS, 2).clusterFormingThreshold();
    double lowThreshold = Math.min(theirThreshold, ours.clusterFormingThreshold());
    double highThreshold = Math.max(theirThreshold, ours.clusterFormingThreshold());
    double[] stat = map("stat_desc-group1MinusGroup2");
    Map<String, double[]> maps = SubtractionFwe.maps(stat, map("z_desc-group1MinusGroup2"), mask, ours);
    String voxel = "p_desc-group1MinusGroup2_level-voxel_corr-FWE_method-montecarlo";
    double lowVoxel = Math.min(new EmpiricalNull(ours.maxAbsDifference()).criticalValue(0.05),
        new EmpiricalNull(nimareNull(0).get(VOXEL)).criticalValue(0.05));
    double highVoxel = Math.max(new EmpiricalNull(ours.maxAbsDifference()).criticalValue(0.05),
        new EmpiricalNull(nimareNull(0).get(VOXEL)).criticalValue(0.05));
    double[] theirs = map(voxel);
    double[] mine = maps.get(voxel);
    int compared = 0;
    for (int m = 0; m < stat.length; m++) {
      double d = Math.abs(stat[m]);
      if (d >= lowVoxel && d <= highVoxel) {
        continue;
      }
      compared++;
      assertEquals(theirs[m] < 0.05, mine[m] < 0.05, "voxel-level decision at masked voxel " + m);
    }
    assertTrue(compared > stat.length / 2, "compared " + compared + " voxels");
    for (String level : List.of("Size", "Mass")) {
      String name = "p_desc-group1MinusGroup2" + level + "_level-cluster_corr-FWE_method-montecarlo";
      double[] t = map(name);
      double[] o = maps.get(name);
      int significant = 0;
      for (int m = 0; m < stat.length; m++) {
        double d = Math.abs(stat[m]);
        if (d >= lowThreshold && d <= highThreshold) {
          continue; // in a cluster under one threshold only
        }
        significant += t[m] < 0.05 ? 1 : 0;
        // elsewhere a cluster decided differently is one whose p straddles 0.05 between the two nulls
        if ((t[m] < 0.05) != (o[m] < 0.05)) {
          assertTrue(Math.abs(t[m] - 0.05) < 0.03 && Math.abs(o[m] - 0.05) < 0.03,
              level + "-level decision at masked voxel " + m + ": NiMARE p " + t[m] + ", ours " + o[m]);
        }
      }
      if (level.equals("Size")) { // no cluster is significant by mass in NiMARE's map
        assertTrue(significant >= 50, level + ": only " + significant + " voxels significant in NiMARE's map");
      }
    }
  }
}
