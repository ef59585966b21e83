package org.nimeta.engine.ibma;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.nimeta.engine.MetaResult;
import org.nimeta.image.Mask;

/**
 * The ML estimators against NiMARE 0.2.1. NiMARE's maps come from scipy's L-BFGS-B, which stops
 * once the projected gradient is below 1e-5: with variances of 1e2–1e6 that happens close to the
 * starting values, so NiMARE's maps are mostly not at the likelihood optimum. The tests therefore
 * check that nimeta's objective is never higher than NiMARE's at any voxel, that it is the
 * global minimum of the profile, and that where both reached the same optimum the maps agree.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LikelihoodEstimatorsReferenceTest {
  /** Slack on "never worse": float32 storage of NiMARE's parameters moves its objective ~1e-12. */
  static final double OBJECTIVE_SLACK = 1e-10;
  /** Objectives within this relative distance are taken to be the same optimum. */
  static final double SAME_OPTIMUM = 1e-6;
  /** Agreement reached on those voxels (L-BFGS-B's stopping tolerance, not ours). */
  static final double SAME_OPTIMUM_REL = 1e-2;

  private Mask mask;
  private IbmaData data;

  @BeforeAll
  void load() {
    mask = PainIbmaFixture.mask();
    data = PainIbmaFixture.data();
  }

  private double[] ref(String name) {
    return PainIbmaFixture.reference(mask, name);
  }

  @Test
  void varianceBasedObjectiveIsNeverWorseThanNimares() {
    VarianceBasedLikelihood estimator = new VarianceBasedLikelihood(LikelihoodMethod.ML);
    MetaResult ours = estimator.fit(data);
    assertEquals(List.of("z", "p", "est", "se", "tau2", "dof"), List.copyOf(ours.mapNames()));
    double[] tau2 = ref("vbl_tau2");
    double[] est = ref("vbl_est");
    List<IbmaStudy> studies = estimator.usableStudies(data);
    int same = 0;
    for (int v = 0; v < mask.size(); v++) {
      if (Double.isNaN(tau2[v])) {
        assertTrue(Double.isNaN(ours.map("tau2")[v]));
        continue;
      }
      VarianceBasedLikelihood.Voxel voxel = new VarianceBasedLikelihood.Voxel(
          column(studies, ImageKind.BETA, v), column(studies, ImageKind.VARCOPE, v), LikelihoodMethod.ML);
      double mine = voxel.negativeLogLikelihood(ours.map("est")[v], ours.map("tau2")[v]);
      double theirs = voxel.negativeLogLikelihood(est[v], tau2[v]);
      assertTrue(mine <= theirs + OBJECTIVE_SLACK * Math.abs(theirs), "voxel " + v + ": " + mine + " > " + theirs);
      if (theirs - mine <= SAME_OPTIMUM * Math.abs(mine)) {
        same++;
        for (String map : List.of("tau2", "est", "se", "z")) {
          assertRelative("vbl_" + map + " voxel " + v, ours.map(map)[v], ref("vbl_" + map)[v]);
        }
      }
    }
    assertEquals(7, same, "voxels where NiMARE reached the optimum");
  }

  @Test
  void sampleSizeBasedObjectiveIsNeverWorseThanNimares() {
    SampleSizeBasedLikelihood estimator = new SampleSizeBasedLikelihood(LikelihoodMethod.ML);
    MetaResult ours = estimator.fit(data);
    assertEquals(List.of("z", "p", "est", "se", "tau2", "sigma2", "dof"), List.copyOf(ours.mapNames()));
    double[] tau2 = ref("ssbl_tau2");
    double[] sigma2 = ref("ssbl_sigma2");
    double[] est = ref("ssbl_est");
    List<IbmaStudy> studies = estimator.usableStudies(data);
    assertEquals(21, studies.size());
    double[] n = studies.stream().mapToDouble(IbmaStudy::sampleSize).toArray();
    int same = 0;
    for (int v = 0; v < mask.size(); v++) {
      if (Double.isNaN(tau2[v])) {
        continue;
      }
      SampleSizeBasedLikelihood.Voxel voxel =
          new SampleSizeBasedLikelihood.Voxel(column(studies, ImageKind.BETA, v), n, LikelihoodMethod.ML);
      double mine = voxel.negativeLogLikelihood(ours.map("est")[v], ours.map("sigma2")[v], ours.map("tau2")[v]);
      double theirs = voxel.negativeLogLikelihood(est[v], sigma2[v], tau2[v]);
      assertTrue(mine <= theirs + OBJECTIVE_SLACK * Math.abs(theirs), "voxel " + v + ": " + mine + " > " + theirs);
      if (theirs - mine <= SAME_OPTIMUM * Math.abs(mine)) {
        same++;
        for (String map : List.of("est", "sigma2", "se", "z")) {
          assertRelative("ssbl_" + map + " voxel " + v, ours.map(map)[v], ref("ssbl_" + map)[v]);
        }
      }
    }
    assertEquals(11, same, "voxels where NiMARE reached the optimum");
  }

  @Test
  void sampleSizeBasedAtZeroTauMatchesClosedForm() {
    // On these data tau2 = 0 is optimal everywhere (NiMARE agrees); then the ML solution is
    // the n-weighted mean and sigma2 = Σ n (y − est)² / k.
    SampleSizeBasedLikelihood estimator = new SampleSizeBasedLikelihood(LikelihoodMethod.ML);
    MetaResult ours = estimator.fit(data);
    List<IbmaStudy> studies = estimator.usableStudies(data);
    for (int v = 0; v < mask.size(); v++) {
      if (Double.isNaN(ours.map("tau2")[v])) {
        continue;
      }
      assertEquals(0, ours.map("tau2")[v], "voxel " + v);
      double sumN = 0;
      double sumNy = 0;
      for (IbmaStudy s : studies) {
        sumN += s.sampleSize();
        sumNy += s.sampleSize() * s.image(ImageKind.BETA)[v];
      }
      double mean = sumNy / sumN;
      double ss = 0;
      for (IbmaStudy s : studies) {
        double r = s.image(ImageKind.BETA)[v] - mean;
        ss += s.sampleSize() * r * r;
      }
      assertEquals(mean, ours.map("est")[v], 1e-12 * Math.abs(mean));
      assertEquals(ss / studies.size(), ours.map("sigma2")[v], 1e-12 * ss);
    }
  }

  private static double[] column(List<IbmaStudy> studies, ImageKind kind, int voxel) {
    return studies.stream().mapToDouble(s -> s.image(kind)[voxel]).toArray();
  }

  private static void assertRelative(String what, double ours, double theirs) {
    assertTrue(Math.abs(ours - theirs) <= SAME_OPTIMUM_REL * Math.abs(theirs), what + ": " + ours + " vs " + theirs);
  }
}
