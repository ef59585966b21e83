package org.nimeta.engine.tfce;

import java.util.LinkedHashMap;
import java.util.Map;
import org.nimeta.engine.montecarlo.EmpiricalNull;
import org.nimeta.engine.stats.PToZ;

/**
 * The maps of a TFCE correction. {@code tfce} is the enhanced z map; the rest follow NiMARE's
 * naming of corrected maps, with {@code desc-tfce}:
 * <ul>
 *   <li>{@code tfce_corr-FWE_method-<method>}: the TFCE where it exceeds the {@link TfceCutoff},
 *       0 elsewhere (JALE's {@code tfce * (tfce > tfce_threshold)});</li>
 *   <li>from a null of the largest TFCE, as NiMARE's voxel-level Monte Carlo FWE reads a null of
 *       the largest statistic ({@link EmpiricalNull#upperP}): {@code p_desc-tfce_level-voxel_corr-FWE_method-<method>}
 *       (the share of null maxima at or above the voxel's TFCE, at least 1/n), its one-tailed z
 *       and {@code -log10 p}.</li>
 * </ul>
 */
public final class TfceMaps {
  /** The uncorrected enhanced map. */
  public static final String TFCE = "tfce";

  private TfceMaps() {}

  /** The name of the map cut at a cutoff from {@code method}. */
  public static String thresholdedName(String method) {
    return "tfce_corr-FWE_method-" + method;
  }

  /** The name of the {@code p}, {@code z} or {@code logp} map from a null of {@code method}. */
  public static String fromNullName(String prefix, String method) {
    return prefix + "_desc-tfce_level-voxel_corr-FWE_method-" + method;
  }

  /** {@code tfce} where it is above the cutoff, else 0; a new array. */
  public static double[] thresholded(double[] tfce, TfceCutoff cutoff) {
    double[] out = new double[tfce.length];
    for (int m = 0; m < tfce.length; m++) {
      out[m] = tfce[m] > cutoff.value() ? tfce[m] : 0;
    }
    return out;
  }

  /** The p, z and logp maps of {@code tfce} against a null of the largest TFCE, in that order. */
  public static Map<String, double[]> fromNull(double[] tfce, double[] nullMaxima, String method) {
    EmpiricalNull maxima = new EmpiricalNull(nullMaxima);
    double[] p = new double[tfce.length];
    double[] logp = new double[tfce.length];
    for (int m = 0; m < tfce.length; m++) {
      p[m] = maxima.upperP(tfce[m]);
      logp[m] = -StrictMath.log10(p[m]);
    }
    Map<String, double[]> maps = new LinkedHashMap<>();
    maps.put(fromNullName("p", method), p);
    maps.put(fromNullName("z", method), PToZ.oneTailed(p));
    maps.put(fromNullName("logp", method), logp);
    return maps;
  }
}
