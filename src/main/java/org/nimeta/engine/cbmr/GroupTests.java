package org.nimeta.engine.cbmr;

/**
 * CBMR's Wald tests on the fitted log-intensities, NiMARE main's {@code CBMRInference} for one
 * contrast row: the spatial homogeneity of one group and the difference of two groups.
 *
 * <p>Homogeneity: {@code z = (log μ − log μ₀) / se(log μ)}, μ₀ the group's foci spread evenly over
 * voxels and experiments ({@code Σy / (V J)}), one-tailed. Comparison of groups a and b: NiMARE
 * scales the contrast row (1, −1) to (½, −½), which cancels in
 * {@code z = (log μa − log μb) / sqrt(se_a² + se_b²)}, two-tailed. Without moderators the
 * groups' Fisher informations are independent blocks, so each group's own covariance is the one
 * that counts.
 */
public final class GroupTests {
  private GroupTests() {}

  /** z, p and logp maps (in that order) of the homogeneity test of one group. */
  public static double[][] homogeneity(GroupFit fit) {
    GroupCounts g = fit.group();
    double nullLog = StrictMath.log(g.totalFoci() / ((double) fit.intensity().length * g.experiments()));
    double[] z = new double[fit.intensity().length];
    for (int m = 0; m < z.length; m++) {
      z[m] = (StrictMath.log(fit.intensity()[m]) - nullLog) / fit.logIntensitySe()[m];
    }
    return withP(z, false);
  }

  /** z, p and logp maps of group a minus group b. */
  public static double[][] difference(GroupFit a, GroupFit b) {
    double[] z = new double[a.intensity().length];
    for (int m = 0; m < z.length; m++) {
      double sa = a.logIntensitySe()[m];
      double sb = b.logIntensitySe()[m];
      double diff = 0.5 * StrictMath.log(a.intensity()[m]) - 0.5 * StrictMath.log(b.intensity()[m]);
      z[m] = diff / StrictMath.sqrt(0.25 * sa * sa + 0.25 * sb * sb);
    }
    return withP(z, true);
  }

  private static double[][] withP(double[] z, boolean twoTailed) {
    double[] p = new double[z.length];
    double[] logp = new double[z.length];
    for (int m = 0; m < z.length; m++) {
      double lp = NormalTails.logP(z[m], twoTailed);
      p[m] = NormalTails.p(lp);
      logp[m] = NormalTails.logpMap(lp);
    }
    return new double[][] {z, p, logp};
  }
}
