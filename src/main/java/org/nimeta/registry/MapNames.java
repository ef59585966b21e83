package org.nimeta.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The names of the maps an estimate and its corrections write, known before anything runs, so
 * {@code write NAME to "dir" (maps = [...])} can be checked at compile time. They mirror what the
 * runners put into their results (a test runs every estimator/correction pair the examples use
 * and compares).
 */
public final class MapNames {
  private static final String CORRECTED = "_corr-";

  private MapNames() {}

  /** The maps an estimate writes: its estimator's {@link EstimatorDef#outputs(Map)} for these parameters. */
  public static List<String> ofEstimate(EstimatorDef def, Map<String, Value> params) {
    return def.outputs(params);
  }

  /**
   * The maps correction {@code family(method = method)} can add to an estimate whose own maps are
   * {@code estimateMaps}: those the estimator declares when it computes the correction itself
   * ({@link EstimatorDef#ownCorrections()}), else NiMARE's generic correctors': for every
   * uncorrected {@code p_*} map (else {@code p}), {@code <p map><suffix>}, then the matching
   * {@code z} and {@code logp} maps with the suffix when the estimate has them.
   */
  public static List<String> ofCorrection(EstimatorDef def, String family, String method, List<String> estimateMaps) {
    OwnCorrection own = def.ownCorrections().get(new Correction(family, method));
    if (own != null) {
      return own.maps();
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

  /**
   * The maps one correction call adds, with its resolved parameters: as {@link
   * #ofCorrection(EstimatorDef, String, String, List)}, but an estimator's own correction whose
   * maps depend on its parameters ({@code vfwe_only}, {@code target}) gives just this call's.
   */
  public static List<String> ofCorrection(EstimatorDef def, String family, String method, List<String> estimateMaps,
      Map<String, Value> params) {
    OwnCorrection own = def.ownCorrections().get(new Correction(family, method));
    return own != null ? own.mapsFor().apply(params) : ofCorrection(def, family, method, estimateMaps);
  }

  /**
   * The first correction {@code def} supports that writes {@code map}, as a script writes it
   * ({@code FWE(method = montecarlo)}); or null. For the help of a message naming a missing map.
   */
  public static String correctionWriting(EstimatorDef def, List<String> estimateMaps, String map) {
    for (String key : def.corrections()) {
      String[] familyMethod = key.split(":");
      if (ofCorrection(def, familyMethod[0], familyMethod[1], estimateMaps).contains(map)) {
        return familyMethod[0] + "(method = " + familyMethod[1] + ")";
      }
    }
    return null;
  }

  /** Whether a map holds corrected p-values: {@code p_…_corr-…}, or {@code logp_…_corr-…} as −log10 p. */
  public static boolean isCorrectedP(String name) {
    return (name.startsWith("p_") || isLogP(name)) && name.contains(CORRECTED);
  }

  /**
   * The corrected p maps of {@code available} that a write's {@code alpha} cuts, in order: every
   * {@link #isCorrectedP} map but a {@code logp_…_corr-…} one whose {@code p_…_corr-…} twin is also
   * there (a generic correction writes both; they hold the same p-values and would give the same
   * thresholded map under the same name). The twin without a logarithm is kept, as it needs no
   * rounding back from −log10 p.
   */
  public static List<String> correctedPToThreshold(List<String> available) {
    return available.stream()
        .filter(m -> isCorrectedP(m) && !(isLogP(m) && available.contains(m.substring("log".length()))))
        .toList();
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
    // MKDAChi2's Monte Carlo FWE puts the level after the test (p_desc-group2Mass_level-cluster_…).
    for (String z : estimateMaps) {
      if (isUncorrectedZ(z) && !z.equals("z") && entities.startsWith(entities(z))) {
        return z;
      }
    }
    // a contrast's level maps (`p_desc-group1MinusGroup2_level-voxel_corr-…`, and its groups' maps,
    // which have no z of their own) keep the contrast's z map
    for (String z : estimateMaps) {
      if (isUncorrectedZ(z)) {
        return z;
      }
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
