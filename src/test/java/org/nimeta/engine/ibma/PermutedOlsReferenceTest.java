package org.nimeta.engine.ibma;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.nimeta.engine.MetaResult;
import org.nimeta.engine.stats.Normal;
import org.nimeta.image.Mask;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PermutedOlsReferenceTest {
  static final double REL = DeterministicEstimatorsReferenceTest.REL;
  static final int N_ITERS = 1000;
  /**
   * Both FWE p-values estimate the same p from n = 1000 independent iterations, so their
   * difference has standard deviation ≈ √(2 p (1 − p) / n); allow 5 of those plus the 2/(n + 1)
   * granularity of the two estimates.
   */
  static final double BAND_SDS = 5;

  private Mask mask;
  private IbmaData data;
  private MetaResult corrected;

  @BeforeAll
  void load() {
    mask = PainIbmaFixture.mask();
    data = PainIbmaFixture.data();
    corrected = new PermutedOLS(true).correctFweMonteCarlo(data, Masking.AGGRESSIVE, N_ITERS, SignFlipStream.seeded(42));
  }

  private double[] ref(String map) {
    return PainIbmaFixture.reference(mask, "permols_" + map);
  }

  @Test
  void tAndZMatchNimare() {
    MetaResult fitted = new PermutedOLS(true).fit(data);
    assertEquals(List.of("t", "z", "dof"), List.copyOf(fitted.mapNames()));
    assertEquals(21, ((List<?>) fitted.tables().get("studies")).size());
    for (String map : List.of("t", "z", "dof")) {
      double worst = MapComparison.assertClose("permols_" + map, fitted.map(map), ref(map), REL, Float.MIN_VALUE);
      System.out.printf("permols_%s: max relative difference %.3g%n", map, worst);
    }
  }

  @Test
  void fweCorrectedPValuesAgreeWithinMonteCarloSpread() {
    double[] logp = corrected.map(PermutedOLS.LOGP_FWE);
    double[] z = corrected.map(PermutedOLS.Z_FWE);
    double[] refLogp = ref("logp_level-voxel_corr-FWE_method-montecarlo");
    double[] refZ = ref("z_level-voxel_corr-FWE_method-montecarlo");
    double[] t = corrected.map("t");
    int disagreeAt05 = 0;
    double worstSds = 0;
    for (int v = 0; v < mask.size(); v++) {
      if (Double.isNaN(refLogp[v])) {
        assertTrue(Double.isNaN(logp[v]) && Double.isNaN(z[v]));
        continue;
      }
      double ours = Math.pow(10, -logp[v]);
      double theirs = Math.pow(10, -refLogp[v]);
      double mean = (ours + theirs) / 2;
      double sd = Math.sqrt(2 * mean * (1 - mean) / N_ITERS);
      double allowed = BAND_SDS * sd + 2.0 / (N_ITERS + 1);
      assertTrue(Math.abs(ours - theirs) <= allowed, "voxel " + v + ": p " + ours + " vs NiMARE " + theirs);
      worstSds = Math.max(worstSds, Math.abs(ours - theirs) / Math.max(sd, 1e-12));
      disagreeAt05 += (ours <= 0.05) != (theirs <= 0.05) ? 1 : 0;
      // z follows NiMARE's convention: Φ̄⁻¹(p/2) with the sign of t, for our own p.
      assertEquals(Normal.isfNewton(ours / 2) * (t[v] < 0 ? -1 : 1), z[v], 1e-9);
      if (refZ[v] != 0 && z[v] != 0) {
        assertEquals(Math.signum(refZ[v]), Math.signum(z[v]), "sign of the corrected z, voxel " + v);
      }
    }
    System.out.printf("permols FWE: largest |p − p_NiMARE| = %.2f sd; %d voxels differ at p <= 0.05%n",
        worstSds, disagreeAt05);
  }

  @Test
  void nilearnStreamReproducesNimaresCorrectedMaps() {
    MetaResult nilearn = new PermutedOLS(true).correctFweMonteCarlo(data, Masking.AGGRESSIVE, N_ITERS,
        SignFlipStream.nilearn(42));
    for (String map : List.of(PermutedOLS.LOGP_FWE, PermutedOLS.Z_FWE)) {
      double worst = MapComparison.assertClose("permols_" + map, nilearn.map(map),
          ref(map.replace("permols_", "")), REL, Float.MIN_VALUE);
      System.out.printf("permols_%s with nilearn's stream: max relative difference %.3g%n", map, worst);
    }
  }

  @Test
  void nullIsIdenticalForAnyThreadCount() throws Exception {
    MetaResult single = new ForkJoinPool(1).submit(
        () -> new PermutedOLS(true).correctFweMonteCarlo(data, Masking.AGGRESSIVE, N_ITERS, SignFlipStream.seeded(42))).get();
    assertArrayEquals(((List<double[]>) corrected.tables().get("h0_max_t")).get(0),
        ((List<double[]>) single.tables().get("h0_max_t")).get(0));
    assertArrayEquals(corrected.map(PermutedOLS.LOGP_FWE), single.map(PermutedOLS.LOGP_FWE));
  }

  @Test
  void seedChangesTheNull() {
    MetaResult other = new PermutedOLS(true).correctFweMonteCarlo(data, Masking.AGGRESSIVE, 50, SignFlipStream.seeded(43));
    MetaResult same = new PermutedOLS(true).correctFweMonteCarlo(data, Masking.AGGRESSIVE, 50, SignFlipStream.seeded(42));
    double[] first50 = Arrays.copyOf(((List<double[]>) corrected.tables().get("h0_max_t")).get(0), 50);
    assertArrayEquals(first50, ((List<double[]>) same.tables().get("h0_max_t")).get(0),
        "iteration i's flips depend only on (seed, i)");
    assertFalse(Arrays.equals(first50, ((List<double[]>) other.tables().get("h0_max_t")).get(0)));
  }
}
