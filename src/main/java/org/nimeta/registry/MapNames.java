package org.nimeta.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.nimeta.engine.ibma.PermutedOLS;
import org.nimeta.engine.montecarlo.FweMaps;

/**
 * The names of the maps an estimate and its corrections write, known before anything runs, so
 * {@code write NAME to "dir" (maps = [...])} can be checked at compile time. They mirror what the
 * runners put into their results (a test runs every estimator/correction pair the examples use
 * and compares).
 */
public final class MapNames {
  private static final String CORRECTED = "_corr-";

  private MapNames() {}

  /**
   * The maps an estimate writes: its estimator's {@link EstimatorDef#outputs()}, without
   * MKDAChi2's {@code prob_desc-*_prior} maps when its {@code prior} is 0 (NiMARE leaves them out).
   */
  public static List<String> ofEstimate(EstimatorDef def, Map<String, Value> params) {
    boolean noPrior = params.get("prior") instanceof Value.Num n && n.value() == 0;
    return def.outputs().stream().filter(m -> !(noPrior && m.endsWith("_prior"))).toList();
  }

  /**
   * The maps correction {@code family(method = method)} adds to an estimate whose own maps are
   * {@code estimateMaps}:
   * <ul>
   *   <li>an estimator's own Monte Carlo FWE: voxel- and cluster-level {@code logp}/{@code z} maps
   *       for coordinate data ({@link FweMaps}), voxel-level ones for images ({@link PermutedOLS});</li>
   *   <li>{@code FDR(method = indep)} on MKDAChi2: the corrected z of uniformity and association;</li>
   *   <li>otherwise NiMARE's generic correctors: for every uncorrected {@code p_*} map (else
   *       {@code p}), {@code <p map><suffix>}, then the matching {@code z} and {@code logp} maps
   *       with the suffix when the estimate has them.</li>
   * </ul>
   */
  public static List<String> ofCorrection(EstimatorDef def, String family, String method, List<String> estimateMaps) {
    String key = family + ":" + method;
    if (def.ownCorrections().containsKey(key)) {
      return def.dataKind() == EstimatorDef.DataKind.COORDINATES
          ? List.of(FweMaps.LOGP_VOXEL, FweMaps.Z_VOXEL, FweMaps.LOGP_SIZE, FweMaps.Z_SIZE, FweMaps.LOGP_MASS,
              FweMaps.Z_MASS)
          : List.of(PermutedOLS.LOGP_FWE, PermutedOLS.Z_FWE);
    }
    if (key.equals("FDR:indep") && estimateMaps.contains("p_desc-association")) {
      return List.of("z_desc-uniformity_level-voxel_corr-FDR_method-indep",
          "z_desc-association_level-voxel_corr-FDR_method-indep");
    }
    String suffix = CORRECTED + family + "_method-" + method;
    List<String> pMaps = estimateMaps.stream().filter(m -> m.startsWith("p_") && !m.contains(CORRECTED)).toList();
    if (pMaps.isEmpty()) {
      pMaps = List.of("p");
    }
    List<String> out = new ArrayList<>();
    for (String p : pMaps) {
      out.add(p + suffix);
      for (String prefix : List.of("z", "logp")) {
        String matching = p.equals("p") ? prefix : prefix + p.substring(1);
        if (estimateMaps.contains(matching)) {
          out.add(matching + suffix);
        }
      }
    }
    return out;
  }

  /** Whether a map holds corrected p-values: {@code p_…_corr-…}, or {@code logp_…_corr-…} as −log10 p. */
  public static boolean isCorrectedP(String name) {
    return (name.startsWith("p_") || isLogP(name)) && name.contains(CORRECTED);
  }

  /** Whether a map is an estimate's own z map ({@code z} or {@code z_desc-*}), not a corrected one. */
  public static boolean isUncorrectedZ(String name) {
    return (name.equals("z") || name.startsWith("z_")) && !name.contains(CORRECTED);
  }

  /** The name of {@code map} cut at |value| > {@code threshold}: {@code <map>_thresh-<threshold>}. */
  public static String statThresholdedName(String map, double threshold) {
    return map + "_thresh-" + Value.formatNumber(threshold);
  }

  /** Whether a map holds −log10 p rather than p. */
  public static boolean isLogP(String name) {
    return name.startsWith("logp_");
  }

  /**
   * The map a thresholded copy of {@code correctedP} keeps: the z map matching the corrected
   * map's p map ({@code z_desc-uniformity} for {@code p_desc-uniformity_corr-…}) when the estimate
   * has it, else its {@code z}.
   *
   * @throws IllegalArgumentException when the estimate has neither (no estimator of the registry)
   */
  public static String valueMapFor(String correctedP, List<String> estimateMaps) {
    String uncorrected = correctedP.substring(0, correctedP.indexOf(CORRECTED));
    String entities = entities(uncorrected);
    String matching = entities.isEmpty() ? "z" : "z_" + entities;
    if (estimateMaps.contains(matching)) {
      return matching;
    }
    if (estimateMaps.contains("z")) {
      return "z";
    }
    throw new IllegalArgumentException("an estimate with maps " + estimateMaps + " has no z map to threshold");
  }

  /** {@code z_<entities of correctedP>_alpha-<alpha>}, e.g. {@code z_level-voxel_corr-FWE_method-montecarlo_alpha-0.05}. */
  public static String thresholdedName(String correctedP, double alpha) {
    return "z_" + entities(correctedP) + "_alpha-" + Value.formatNumber(alpha);
  }

  /** The name without its leading {@code p}/{@code logp} and the underscore after it. */
  private static String entities(String name) {
    int underscore = name.indexOf('_');
    return underscore < 0 ? "" : name.substring(underscore + 1);
  }
}
