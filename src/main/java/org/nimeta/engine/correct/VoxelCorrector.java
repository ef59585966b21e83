package org.nimeta.engine.correct;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.nimeta.engine.EngineRefusal;
import org.nimeta.engine.MetaResult;
import org.nimeta.engine.stats.PToZ;

/**
 * NiMARE's generic voxel-level correctors ({@code FDRCorrector}, {@code FWECorrector(method=
 * "bonferroni")}) applied to a {@link MetaResult}.
 *
 * <p>The maps corrected are every map whose name starts with {@code p_} and has no
 * {@code _corr-} (e.g. MKDAChi2's {@code p_desc-uniformity}), or else {@code p}. For each, the
 * adjusted p-values are stored as {@code <name><suffix>}; when the matching z map exists
 * ({@code z}, or the name with {@code p_} replaced by {@code z_}) the corrected z is
 * {@code p_to_z(p_adjusted, two-tailed) * sign(z)} (two-tailed even for estimators whose own z is
 * one-tailed, as NiMARE does); when the matching {@code logp} map exists, {@code -log10(p_adj)}.
 * The suffix is {@code _corr-FDR_method-indep}, {@code _corr-FDR_method-negcorr} or
 * {@code _corr-FWE_method-bonferroni}.
 */
public final class VoxelCorrector {
  private VoxelCorrector() {}

  /** FDR correction. Returns a new result holding the input's maps and tables plus the corrected maps. */
  public static MetaResult fdr(MetaResult result, FdrMethod method) {
    return correct(result, "_corr-FDR_method-" + method.nimareName(), p -> PAdjust.fdr(p, method));
  }

  /** Bonferroni FWE correction. Returns a new result holding the input's maps and tables plus the corrected maps. */
  public static MetaResult bonferroni(MetaResult result) {
    return correct(result, "_corr-FWE_method-bonferroni", PAdjust::bonferroni);
  }

  /** The p maps a generic corrector works on, in result order. */
  public static List<String> pMapsToCorrect(MetaResult result) {
    List<String> names = new ArrayList<>();
    for (String name : result.mapNames()) {
      if (name.startsWith("p_") && !name.contains("_corr-")) {
        names.add(name);
      }
    }
    if (names.isEmpty()) {
      if (!result.has("p")) {
        throw new EngineRefusal("The result has no `p` map to correct; its maps are "
            + result.mapNames() + ".");
      }
      names.add("p");
    }
    return names;
  }

  private static MetaResult correct(MetaResult result, String suffix, UnaryOperator<double[]> adjust) {
    MetaResult out = copy(result);
    for (String pName : pMapsToCorrect(result)) {
      double[] adjusted = adjust.apply(result.map(pName));
      out.put(pName + suffix, adjusted);
      String zName = pName.equals("p") ? "z" : pName.replace("p_", "z_");
      if (result.has(zName)) {
        out.put(zName + suffix, signedTwoTailedZ(adjusted, result.map(zName)));
      }
      String logpName = pName.equals("p") ? "logp" : pName.replace("p_", "logp_");
      if (result.has(logpName)) {
        double[] logp = new double[adjusted.length];
        for (int m = 0; m < logp.length; m++) {
          logp[m] = -StrictMath.log10(adjusted[m]);
        }
        out.put(logpName + suffix, logp);
      }
    }
    return out;
  }

  /**
   * {@code p_to_z(p, tail="two") * np.sign(z)}: the sign of z (0 where z is 0) times the two-tailed
   * z of p. Neither array is modified; returns a new array.
   */
  public static double[] signedTwoTailedZ(double[] p, double[] z) {
    double[] out = new double[p.length];
    for (int m = 0; m < p.length; m++) {
      out[m] = PToZ.twoTailed(p[m]) * Math.signum(z[m]);
    }
    return out;
  }

  /** A new result with the same maps and tables (arrays shared, as results are never modified). */
  public static MetaResult copy(MetaResult result) {
    MetaResult out = new MetaResult(result.mask());
    result.maps().forEach(out::put);
    result.tables().forEach(out::putTable);
    return out;
  }
}
