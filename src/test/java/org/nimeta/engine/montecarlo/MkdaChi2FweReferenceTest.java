package org.nimeta.engine.montecarlo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nimeta.engine.MapAssert.assertMapEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nimeta.engine.CoordinateExperiment;
import org.nimeta.engine.MetaResult;
import org.nimeta.engine.Npz;
import org.nimeta.engine.Progress;
import org.nimeta.engine.RefData;
import org.nimeta.engine.cbma.MkdaChi2;
import org.nimeta.engine.cbma.MkdaChi2Fwe;
import org.nimeta.engine.cbma.MkdaChi2FweNull;
import org.nimeta.engine.cbma.MkdaChi2Null;
import org.nimeta.engine.cbma.MkdaChi2Pool;
import org.nimeta.engine.contrast.GroupShuffle;
import org.nimeta.engine.kernel.MkdaKernel;

/**
 * MKDAChi2's Monte Carlo FWE against NiMARE main's ({@code public/main/mkdachi2_fwe}: pain_01..10
 * against pain_11..21, label permutation, 200 iterations, {@code voxel_thresh = 0.001}).
 *
 * <p>Main draws permutation i from {@code default_rng(i)} whatever the seed, so its two seeds'
 * nulls are one and the same: its seed-to-seed spread is zero. With NiMARE's own permutations
 * ({@link GroupShuffle#nimare()}) the null and every corrected map must therefore equal NiMARE's;
 * nimeta's seeded permutations must fall inside the sampling error of a 200-draw null (KS and
 * 95th percentile, as {@link FweReferenceTest}).
 */
class MkdaChi2FweReferenceTest {
  private static final String CASE = "main/mkdachi2_fwe";
  private static final int ITERATIONS = 200;
  private static final double Q = 0.95;
  private static final double KS_ALPHA = 1e-4;
  /** NiMARE's keys per test, in {@link MkdaChi2FweNull#TESTS} order (group 1's also under {@code group1}). */
  private static final List<String> KEYS = List.of("pAgF", "group2", "pFgA");

  private static MkdaChi2Pool pool;

  @BeforeAll
  static void pool() {
    List<CoordinateExperiment> all = RefData.painExperiments();
    pool = new MkdaChi2Pool(all.subList(0, 10), all.subList(10, all.size()), new MkdaKernel(10, 1),
        RefData.brainMask());
  }

  private static Map<String, double[]> nimareNull(int seed) {
    return Npz.read(RefData.PUBLIC.resolve(CASE).resolve("fwe_null_seed" + seed + ".npz"));
  }

  private static String key(String test, String level) {
    return "values_desc-" + test + level + "_corr-fwe_method-montecarlo";
  }

  @Test
  void nimarePermutationsGiveNimaresNullExactly() {
    MetaResult corrected = MkdaChi2Fwe.correct(pool, MkdaChi2Null.labelPermutation(GroupShuffle.nimare()), 0.001,
        ITERATIONS, 2, Progress.NONE);
    MkdaChi2FweNull ours = (MkdaChi2FweNull) corrected.tables().get(MkdaChi2FweNull.TABLE);
    Map<String, double[]> nimare = nimareNull(0);
    assertArrayEquals(nimare.get(key("pAgF", "_level-voxel")), nimare.get(key("group1", "_level-voxel")));
    for (int t = 0; t < KEYS.size(); t++) {
      String test = KEYS.get(t);
      assertArrayEquals(nimare.get(key(test, "_level-voxel")), ours.maxChi2(t), 1e-12, test + " max chi2");
      assertArrayEquals(nimare.get(key(test, "size_level-cluster")), ours.maxSize(t), test + " max cluster size");
      double[] mass = nimare.get(key(test, "mass_level-cluster"));
      double[] ourMass = ours.maxMass(t);
      for (int i = 0; i < ITERATIONS; i++) {
        assertEquals(mass[i], ourMass[i], 1e-6 * Math.max(1, mass[i]), test + " max cluster mass, iteration " + i);
      }
    }
    for (String name : MkdaChi2Fwe.mapNames()) {
      assertMapEquals(RefData.maskedMap(CASE, name + ".nii.gz"), corrected.map(name), name);
    }
  }

  @Test
  void seededPermutationsFallInsideNimaresSamplingError() {
    int iterations = 1000;
    MetaResult corrected = MkdaChi2Fwe.correct(pool, MkdaChi2Null.labelPermutation(GroupShuffle.seeded(7)), 0.001,
        iterations, 2, Progress.NONE);
    MkdaChi2FweNull ours = (MkdaChi2FweNull) corrected.tables().get(MkdaChi2FweNull.TABLE);
    for (int seed = 0; seed < 2; seed++) {
      Map<String, double[]> nimare = nimareNull(seed);
      for (int t = 0; t < KEYS.size(); t++) {
        compare(ours.maxChi2(t), nimare.get(key(KEYS.get(t), "_level-voxel")), KEYS.get(t) + " max chi2");
        compare(ours.maxSize(t), nimare.get(key(KEYS.get(t), "size_level-cluster")), KEYS.get(t) + " size");
        compare(ours.maxMass(t), nimare.get(key(KEYS.get(t), "mass_level-cluster")), KEYS.get(t) + " mass");
      }
    }
  }

  private static void compare(double[] ours, double[] nimare, String what) {
    double[] sorted = ours.clone();
    Arrays.sort(sorted);
    double[] pool = nimare.clone();
    Arrays.sort(pool);
    double critical = new EmpiricalNull(sorted).criticalValue(1 - Q);
    double width = SamplingBounds.halfWidth(Q, sorted.length, pool.length);
    double[] allowed = SamplingBounds.valueBand(pool, Q, width);
    assertTrue(SamplingBounds.consistent(pool, critical, Q, width), what + ": our 95th percentile " + critical
        + " is outside NiMARE's sampling range " + allowed[0] + " .. " + allowed[1]);
    double ks = SamplingBounds.ksDistance(sorted, pool);
    double limit = SamplingBounds.ksCritical(KS_ALPHA, sorted.length, pool.length);
    assertTrue(ks <= limit, what + ": KS distance to NiMARE's null " + ks + " exceeds " + limit);
  }

  /**
   * nimeta's uncorrected maps (NiMARE 0.2.1's) equal main's on this split. Main rewrote the
   * formulas (closed-form chi-squares, p from {@code log erfc}, {@code z = sqrt(chi2)} with the
   * sign, no 2.22e-16 floor on the association p); they differ from 0.2.1's only where that floor
   * binds (association chi2 above about 67), which no voxel reaches here, and in how NaN is
   * written (main's {@code save_maps} turns 0/0 into 0).
   */
  @Test
  void uncorrectedMapsEqualMains() {
    List<CoordinateExperiment> all = RefData.painExperiments();
    MetaResult fit = MkdaChi2.fit(all.subList(0, 10), all.subList(10, all.size()), new MkdaKernel(10, 1), 0.5,
        RefData.brainMask());
    for (String name : List.of("chi2_desc-uniformity", "chi2_desc-association", "p_desc-uniformity",
        "p_desc-association", "z_desc-uniformity", "z_desc-association", "prob_desc-A", "prob_desc-AgF",
        "prob_desc-FgA", "prob_desc-AgF_prior", "prob_desc-FgA_prior", "z_desc-group1", "z_desc-group2")) {
      assertMapEquals(RefData.maskedMap(CASE, name + ".nii.gz"), nanToZero(fit.map(name)), name);
    }
  }

  /** Main's {@code save_maps} writes NaN (0/0 probabilities where no experiment is active) as 0. */
  private static double[] nanToZero(double[] map) {
    double[] out = map.clone();
    for (int m = 0; m < out.length; m++) {
      if (Double.isNaN(out[m])) {
        out[m] = 0;
      }
    }
    return out;
  }
}
