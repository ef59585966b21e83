package org.nimeta.engine.cbma;

import java.util.List;
import org.nimeta.engine.CoordinateExperiment;
import org.nimeta.engine.CoordinateInputs;
import org.nimeta.engine.EngineRefusal;
import org.nimeta.engine.MetaResult;
import org.nimeta.engine.correct.FdrMethod;
import org.nimeta.engine.correct.PAdjust;
import org.nimeta.engine.correct.VoxelCorrector;
import org.nimeta.engine.kernel.MaMaps;
import org.nimeta.engine.kernel.MkdaKernel;
import org.nimeta.engine.stats.ChiSquare;
import org.nimeta.engine.stats.NumpySum;
import org.nimeta.engine.stats.PToZ;
import org.nimeta.image.Mask;

/**
 * Multilevel kernel density analysis, chi-square comparison of two groups (NiMARE's
 * {@code MKDAChi2}, as in Neurosynth).
 *
 * <p>Per voxel, with S and U the numbers of group-1 and group-2 experiments whose sphere union
 * covers it (each counted as the kernel value cast to int, as NiMARE's int32 summary array does)
 * and nS, nU the group sizes:
 * <ul>
 *   <li>uniformity (p(A|F)): one-way chi-square of S against its mean m over the mask,
 *       {@code (S-m)^2/m + ((nS-S)-(nS-m))^2/(nS-m)}; p = chi2 sf (1 dof);
 *       z = two-tailed z of p times sign(S - m);</li>
 *   <li>association (p(F|A)): 2x2 chi-square of {(S, nS-S), (U, nU-U)}, each cell contributing
 *       {@code (obs-exp)^2/exp}, or 1 where its expected count is 0; p floored at 2.22e-16;
 *       z = two-tailed z of p times sign(S/nS - U/nU);</li>
 *   <li>probabilities: {@code pA = (S+U)/(nS+nU)}, {@code pAgF = S/nS}, {@code pFgA = pAgF pF / pA}
 *       with {@code pF = nS/(nS+nU)}, and with a prior π: {@code pAgF_prior = π pAgF + (1-π) pAgU},
 *       {@code pFgA_prior = pAgF π / pAgF_prior} (0/0 gives NaN, as in NiMARE).</li>
 * </ul>
 */
public final class MkdaChi2 {
  private static final double EPS = Math.ulp(1.0);

  private MkdaChi2() {}

  /**
   * Fits MKDAChi2. Experiments without foci are ignored (they do not count in the group sizes).
   *
   * @param group1 the "selected" experiments. Not modified.
   * @param group2 the "unselected" experiments. Not modified.
   * @param prior  NiMARE's {@code prior}; 0 leaves out the two {@code _prior} maps, as NiMARE's
   *               falsy prior does
   * @return maps, in NiMARE's order: {@code z_desc-uniformity}, {@code z_desc-association},
   *     {@code chi2_desc-uniformity}, {@code chi2_desc-association}, {@code p_desc-uniformity},
   *     {@code p_desc-association}, {@code prob_desc-A}, {@code prob_desc-AgF},
   *     {@code prob_desc-FgA}, then {@code prob_desc-AgF_prior}, {@code prob_desc-FgA_prior}, then NiMARE
   *     main's {@code z_desc-group1} (the uniformity z) and {@code z_desc-group2} (the same test of
   *     the second group)
   */
  public static MetaResult fit(List<CoordinateExperiment> group1, List<CoordinateExperiment> group2,
      MkdaKernel kernel, double prior, Mask mask) {
    if (!(prior >= 0 && prior <= 1)) {
      throw new EngineRefusal("The MKDAChi2 `prior` must lie between 0 and 1, not " + prior + ".");
    }
    List<CoordinateExperiment> selected = prepare(group1, kernel, "first");
    List<CoordinateExperiment> unselected = prepare(group2, kernel, "second");
    double[] s = activeCounts(selected, kernel, mask);
    double[] u = activeCounts(unselected, kernel, mask);
    int nS = selected.size();
    int nU = unselected.size();
    int nV = mask.size();

    double[] chi2Uniformity = oneWay(s, nS);
    double meanS = NumpySum.sum(s) / nV;
    double[] chi2Association = new double[nV];
    double[] zU = new double[nV];
    double[] zA = new double[nV];
    double[] pU = new double[nV];
    double[] pA = new double[nV];
    double[] probA = new double[nV];
    double[] probAgF = new double[nV];
    double[] probFgA = new double[nV];
    double[] probAgFPrior = new double[nV];
    double[] probFgAPrior = new double[nV];
    int mappables = nS + nU;
    double pF = (double) nS / mappables;
    for (int m = 0; m < nV; m++) {
      pU[m] = ChiSquare.sf1(chi2Uniformity[m]);
      zU[m] = PToZ.twoTailed(pU[m]) * Math.signum(s[m] - meanS);

      chi2Association[m] = twoWay(s[m], nS - s[m], u[m], nU - u[m]);
      pA[m] = associationP(chi2Association[m]);
      double agF = s[m] / nS;
      double agU = u[m] / nU;
      zA[m] = associationZ(pA[m], agF, agU);

      probA[m] = (s[m] + u[m]) / mappables;
      probAgF[m] = agF;
      probFgA[m] = agF * pF / probA[m];
      probAgFPrior[m] = prior * agF + (1 - prior) * agU;
      probFgAPrior[m] = agF * prior / probAgFPrior[m];
    }
    MetaResult result = new MetaResult(mask)
        .put("z_desc-uniformity", zU)
        .put("z_desc-association", zA)
        .put("chi2_desc-uniformity", chi2Uniformity)
        .put("chi2_desc-association", chi2Association)
        .put("p_desc-uniformity", pU)
        .put("p_desc-association", pA)
        .put("prob_desc-A", probA)
        .put("prob_desc-AgF", probAgF)
        .put("prob_desc-FgA", probFgA);
    if (prior != 0) {
      result.put("prob_desc-AgF_prior", probAgFPrior).put("prob_desc-FgA_prior", probFgAPrior);
    }
    // NiMARE main's group z maps, which its Monte Carlo FWE signs its group maps with.
    double[] chi2Group2 = oneWay(u, nU);
    double meanU = NumpySum.sum(u) / nV;
    double[] zGroup2 = new double[nV];
    for (int m = 0; m < nV; m++) {
      zGroup2[m] = PToZ.twoTailed(ChiSquare.sf1(chi2Group2[m])) * Math.signum(u[m] - meanU);
    }
    result.put("z_desc-group1", zU.clone()).put("z_desc-group2", zGroup2);
    return result;
  }

  /** One group's experiments as the fit takes them ({@link CoordinateInputs#prepare}). */
  static List<CoordinateExperiment> prepare(List<CoordinateExperiment> group, MkdaKernel kernel, String which) {
    return CoordinateInputs.prepare(group, kernel, "MKDAChi2 (" + which + " group)");
  }

  /**
   * NiMARE's {@code MKDAChi2.correct_fdr_indep}, which an {@code FDRCorrector(method="indep")}
   * dispatches to: Benjamini–Hochberg on both p maps, z = two-tailed z of the adjusted p times the
   * sign of the uncorrected z. (Other corrections use {@link VoxelCorrector} on the p maps.)
   *
   * @return a new result with the input's maps plus
   *     {@code z_desc-uniformity_level-voxel_corr-FDR_method-indep} and
   *     {@code z_desc-association_level-voxel_corr-FDR_method-indep}
   */
  public static MetaResult correctFdrIndep(MetaResult result) {
    MetaResult out = VoxelCorrector.copy(result);
    for (String analysis : List.of("uniformity", "association")) {
      double[] adjusted = PAdjust.fdr(result.map("p_desc-" + analysis), FdrMethod.INDEP);
      out.put("z_desc-" + analysis + "_level-voxel_corr-FDR_method-indep",
          VoxelCorrector.signedTwoTailedZ(adjusted, result.map("z_desc-" + analysis)));
    }
    return out;
  }

  /**
   * The association z at one voxel where {@code s} of {@code nS} first-group and {@code u} of
   * {@code nU} second-group experiments are active, as {@link #fit} computes it (what a
   * leave-one-out recomputation needs without refitting).
   */
  public static double associationZ(double s, int nS, double u, int nU) {
    return associationZ(associationP(twoWay(s, nS - s, u, nU - u)), s / nS, u / nU);
  }

  private static double associationP(double chi2) {
    double p = ChiSquare.sf1(chi2);
    return p < EPS ? EPS : p;
  }

  private static double associationZ(double p, double agF, double agU) {
    return PToZ.twoTailed(p) * Math.signum(agF - agU);
  }

  /** Number of experiments active at each voxel, each counting {@code (int) value}. */
  private static double[] activeCounts(List<CoordinateExperiment> experiments, MkdaKernel kernel, Mask mask) {
    MaMaps maps = MaMaps.of(experiments, kernel, mask);
    int weight = (int) kernel.value();
    double[] counts = new double[mask.size()];
    for (int n = 0; n < maps.entryCount(); n++) {
      counts[maps.indices()[n]] += weight;
    }
    return counts;
  }

  /** Neurosynth's one-way chi-square of each count against the mean count. */
  private static double[] oneWay(double[] counts, int n) {
    double expected = NumpySum.sum(counts) / counts.length;
    double notExpected = n - expected;
    double[] chi2 = new double[counts.length];
    for (int m = 0; m < counts.length; m++) {
      double term = counts[m] - expected;
      double noTerm = (n - counts[m]) - notExpected;
      chi2[m] = term * term / expected + noTerm * noTerm / notExpected;
    }
    return chi2;
  }

  /**
   * Neurosynth's 2x2 chi-square of rows (a, b) and (c, d): each cell adds
   * {@code (obs - exp)^2 / exp} with {@code exp = row sum * column sum / total}, or 1 when exp is
   * 0; cells summed as {@code (ac-column) + (bd-column)} in NiMARE's order.
   */
  static double twoWay(double a, double b, double c, double d) {
    double total = ((a + b) + c) + d;
    double row0 = a + b;
    double row1 = c + d;
    double col0 = a + c;
    double col1 = b + d;
    return (cell(a, row0, col0, total) + cell(c, row1, col0, total))
        + (cell(b, row0, col1, total) + cell(d, row1, col1, total));
  }

  private static double cell(double observed, double rowSum, double columnSum, double total) {
    double expected = rowSum * columnSum / total;
    if (expected == 0) {
      return 1.0;
    }
    double diff = observed - expected;
    return diff * diff / expected;
  }
}
