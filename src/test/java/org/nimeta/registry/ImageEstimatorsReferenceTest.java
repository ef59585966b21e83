package org.nimeta.registry;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.nimeta.engine.MetaResult;
import org.nimeta.engine.ibma.IbmaImages;
import org.nimeta.engine.ibma.ImageKind;
import org.nimeta.engine.ibma.LikelihoodMethod;
import org.nimeta.engine.ibma.MapComparison;
import org.nimeta.engine.ibma.Masking;
import org.nimeta.engine.ibma.PermutedOLS;
import org.nimeta.engine.ibma.SampleSizeBasedLikelihood;
import org.nimeta.engine.ibma.SignFlipStream;
import org.nimeta.engine.ibma.VarianceBasedLikelihood;

/**
 * Every image-based estimator through its registry runner, on NiMARE's IBMA test data loaded as a
 * script loads it, against NiMARE 0.2.1's maps (case {@code ibma}). The closed-form estimators
 * reproduce NiMARE's float32 arithmetic, so only float32 storage rounding remains; the likelihood
 * estimators find the global optimum where NiMARE's L-BFGS-B stops early (see
 * {@code LikelihoodEstimatorsReferenceTest}), so for them the runner must equal the engine fit and
 * NiMARE's voxel selection and dof.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImageEstimatorsReferenceTest {
  /** NiMARE's float64 results stored as float32: rounding up to 2^-24 ≈ 6e-8 relative. */
  static final double REL = 1e-7;
  /** float32's subnormal spacing: p maps reach 1e-44, where float32 keeps few digits. */
  static final double ABS = Float.MIN_VALUE;
  /** PyMARE's p = 1 − |0.5 − Φ(z)|·2 resolves p only to steps of 2^-52 (two ulps of 1). */
  static final double P_RESOLUTION = 2 * Math.ulp(1.0);
  /** Monte Carlo FWE: the two p estimates differ by sd ≈ √(2p(1 − p)/n); allow 5 sd plus 2/(n + 1). */
  static final double BAND_SDS = 5;
  static final int N_ITERS = 1000;

  private PainImages pain;

  @BeforeAll
  void load() {
    pain = new PainImages();
  }

  private void compare(String prefix, MetaResult result, List<String> maps, double pAbs) {
    assertEquals(maps, List.copyOf(result.mapNames()), prefix + ": map names and order");
    for (String map : maps) {
      double worst = MapComparison.assertClose(prefix + "_" + map, result.map(map), pain.reference(prefix + "_" + map),
          REL, map.equals("p") ? pAbs : ABS);
      System.out.printf("runner %s_%s: max relative difference %.3g%n", prefix, map, worst);
    }
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> inputs(MetaResult r) {
    return (List<Map<String, Object>>) r.tables().get("inputs");
  }

  @Test
  void fishers() {
    MetaResult r = pain.run("Fishers", Map.of());
    compare("fishers", r, List.of("z", "p", "dof"), ABS);
    List<Map<String, Object>> rows = inputs(r);
    assertEquals(21, rows.size(), "20 z images used, 1 experiment dropped");
    assertEquals(Map.of("id", "pain_21.nidm-1", "used", "no", "type", "", "file", "", "resampled", "",
        "reason", "no `z` image"), rows.get(20));
    assertEquals("pain_01.nidm-1", rows.get(0).get("id"));
    assertTrue(rows.get(0).get("file").toString().endsWith("pain_01_z.nii.gz"));
  }

  @Test
  void stouffers() {
    compare("stouffers", pain.run("Stouffers", Map.of()), List.of("z", "p", "dof"), ABS);
  }

  @Test
  void stouffersWeightedBySampleSize() {
    compare("stouffers_ss", pain.run("Stouffers", Map.of("use_sample_size", new Value.Bool(true))),
        List.of("z", "p", "dof"), ABS);
  }

  @Test
  void weightedLeastSquares() {
    compare("wls", pain.run("WeightedLeastSquares", Map.of()), List.of("z", "p", "est", "se", "dof"), P_RESOLUTION);
  }

  @Test
  void derSimonianLaird() {
    MetaResult r = pain.run("DerSimonianLaird", Map.of());
    compare("dsl", r, List.of("z", "p", "est", "se", "tau2", "dof"), P_RESOLUTION);
    assertEquals("no `varcope` image", inputs(r).get(inputs(r).size() - 1).get("reason"));
  }

  @Test
  void hedges() {
    compare("hedges", pain.run("Hedges", Map.of()), List.of("z", "p", "est", "se", "tau2", "dof"), P_RESOLUTION);
  }

  @Test
  void likelihoodEstimatorsEqualTheEngineFitAndNimaresVoxelsAndDof() {
    var data = IbmaImages.load(pain.dataset, pain.mask, java.util.EnumSet.allOf(ImageKind.class));
    MetaResult vbl = pain.run("VarianceBasedLikelihood", Map.of());
    MetaResult vblEngine = new VarianceBasedLikelihood(LikelihoodMethod.ML).fit(data);
    MetaResult ssbl = pain.run("SampleSizeBasedLikelihood", Map.of());
    MetaResult ssblEngine = new SampleSizeBasedLikelihood(LikelihoodMethod.ML).fit(data);
    for (String map : vblEngine.mapNames()) {
      assertArrayEquals(vblEngine.map(map), vbl.map(map), "vbl_" + map);
    }
    for (String map : ssblEngine.mapNames()) {
      assertArrayEquals(ssblEngine.map(map), ssbl.map(map), "ssbl_" + map);
    }
    MapComparison.assertClose("vbl_dof", vbl.map("dof"), pain.reference("vbl_dof"), 0, 0);
    MapComparison.assertClose("ssbl_dof", ssbl.map("dof"), pain.reference("ssbl_dof"), 0, 0);
    MetaResult reml = pain.run("VarianceBasedLikelihood", Map.of("method", new Value.Choice("reml")));
    assertArrayEquals(new VarianceBasedLikelihood(LikelihoodMethod.REML).fit(data).map("tau2"), reml.map("tau2"));
  }

  @Test
  void permutedOls() {
    compare("permols", pain.run("PermutedOLS", Map.of()), List.of("t", "z", "dof"), ABS);
  }

  @Test
  void aggressiveMaskFalseAnalysesEachGroupOfVoxels() {
    MetaResult r = pain.run("Fishers", Map.of("aggressive_mask", new Value.Bool(false)));
    var data = IbmaImages.load(pain.dataset, pain.mask, java.util.EnumSet.of(ImageKind.Z));
    assertArrayEquals(new org.nimeta.engine.ibma.Fishers().fit(data, Masking.BY_STUDY_SET).map("z"), r.map("z"));
  }

  @Test
  void permutedOlsComputesItsOwnMonteCarloFwe() {
    EstimatorDef ols = (EstimatorDef) Registry.builtin().find("PermutedOLS");
    CorrectorDef fwe = (CorrectorDef) Registry.builtin().find("FWE");
    EstimatorInput in = pain.input("PermutedOLS", Map.of());
    MetaResult fitted = ols.runner().run(in);
    MetaResult viaHook = ols.correctorFor("FWE", "montecarlo", fwe)
        .correct(in, fitted, Map.of("n_iters", new Value.Num(20, true)), 3);
    MetaResult direct = IbmaRunners.permutedOlsFwe(in, fitted, Map.of("n_iters", new Value.Num(20, true)), 3);
    assertArrayEquals(direct.map(PermutedOLS.Z_FWE), viaHook.map(PermutedOLS.Z_FWE));
    assertTrue(ols.corrections().contains("FWE:montecarlo"));
    for (String other : List.of("Fishers", "DerSimonianLaird")) {
      EstimatorDef def = (EstimatorDef) Registry.builtin().find(other);
      assertEquals(List.of("FWE:bonferroni", "FDR:indep", "FDR:negcorr"), def.corrections(), other);
    }
  }

  @Test
  void permutedOlsMonteCarloFweAgreesWithNimareWithinMonteCarloSpread() {
    EstimatorInput in = pain.input("PermutedOLS", Map.of());
    MetaResult fitted = pain.run("PermutedOLS", Map.of());
    MetaResult fwe = IbmaRunners.permutedOlsFwe(in, fitted, Map.of("n_iters", new Value.Num(N_ITERS, true)), 42);
    assertEquals(List.of(PermutedOLS.LOGP_FWE, PermutedOLS.Z_FWE), List.copyOf(fwe.mapNames()), "only the new maps");
    var data = IbmaImages.load(pain.dataset, pain.mask, java.util.EnumSet.of(ImageKind.BETA));
    MetaResult engine = new PermutedOLS(true).correctFweMonteCarlo(data, Masking.AGGRESSIVE, N_ITERS,
        SignFlipStream.seeded(42));
    assertArrayEquals(engine.map(PermutedOLS.LOGP_FWE), fwe.map(PermutedOLS.LOGP_FWE), "the seed reaches the engine");
    double[] logp = fwe.map(PermutedOLS.LOGP_FWE);
    double[] refLogp = pain.reference("permols_logp_level-voxel_corr-FWE_method-montecarlo");
    int compared = 0;
    for (int v = 0; v < logp.length; v++) {
      if (Double.isNaN(refLogp[v])) {
        assertTrue(Double.isNaN(logp[v]), "voxel " + v);
        continue;
      }
      double ours = Math.pow(10, -logp[v]);
      double theirs = Math.pow(10, -refLogp[v]);
      double mean = (ours + theirs) / 2;
      double allowed = BAND_SDS * Math.sqrt(2 * mean * (1 - mean) / N_ITERS) + 2.0 / (N_ITERS + 1);
      assertTrue(Math.abs(ours - theirs) <= allowed, "voxel " + v + ": p " + ours + " vs NiMARE " + theirs);
      compared++;
    }
    assertEquals(973, compared);
  }

  /**
   * NiMARE fills the corrected p maps with {@code np.empty_like} and writes only the voxels whose p
   * is not NaN: outside the aggressive mask its corrected p is whatever memory held (0 at most
   * voxels here, leftovers at a few). nimeta writes NaN there; those voxels are compared as NaN in
   * ours only. The corrected z maps are NaN there in both.
   */
  @Test
  void bonferroniAndFdrOnStouffersMatchNimare() {
    EstimatorInput in = pain.input("Stouffers", Map.of());
    MetaResult st = pain.run("Stouffers", Map.of());
    CorrectorDef fwe = (CorrectorDef) Registry.builtin().find("FWE");
    CorrectorDef fdr = (CorrectorDef) Registry.builtin().find("FDR");
    MetaResult bonferroni = fwe.runner().correct(in, st,
        PainImages.params(fwe, Map.of("method", new Value.Choice("bonferroni"))), 0);
    MetaResult indep = fdr.runner().correct(in, st, PainImages.params(fdr, Map.of()), 0);
    double[] p = st.map("p");
    for (MetaResult corrected : List.of(bonferroni, indep)) {
      for (String map : corrected.mapNames()) {
        double[] ref = pain.reference("stouffers_" + map);
        if (map.startsWith("p_")) {
          for (int v = 0; v < p.length; v++) {
            if (Double.isNaN(p[v])) {
              assertTrue(Double.isNaN(corrected.map(map)[v]), map + " voxel " + v);
              ref[v] = Double.NaN;
            }
          }
        }
        double worst = MapComparison.assertClose("stouffers_" + map, corrected.map(map), ref, REL, ABS);
        System.out.printf("runner stouffers_%s: max relative difference %.3g%n", map, worst);
      }
    }
    assertEquals(List.of("p_corr-FWE_method-bonferroni", "z_corr-FWE_method-bonferroni"),
        List.copyOf(bonferroni.mapNames()));
    assertEquals(List.of("p_corr-FDR_method-indep", "z_corr-FDR_method-indep"), List.copyOf(indep.mapNames()));
  }
}
