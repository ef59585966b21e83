package org.nimeta.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The static map names every {@code write (maps = ..., alpha = ...)} is checked against. (That
 * they equal what runs write is checked by ExamplesTest on every example's output folders.)
 */
class MapNamesTest {
  private static List<EstimatorDef> estimators() {
    return Registry.builtin().all().stream().filter(d -> d instanceof EstimatorDef).map(d -> (EstimatorDef) d)
        .toList();
  }

  private static Map<String, Value> defaults(EstimatorDef def) {
    Map<String, Value> params = new java.util.HashMap<>();
    def.params().forEach(p -> params.put(p.name(), p.defaultValue()));
    return params;
  }

  @Test
  void everyCorrectedPMapOfEveryEstimatorHasAZMapToThresholdAndAFreshName() {
    int thresholded = 0;
    for (EstimatorDef def : estimators()) {
      List<String> estimateMaps = MapNames.ofEstimate(def, defaults(def));
      Set<String> names = new HashSet<>(estimateMaps);
      for (String key : def.corrections()) {
        String[] fm = key.split(":");
        for (String map : MapNames.ofCorrection(def, fm[0], fm[1], estimateMaps)) {
          assertTrue(names.add(map), def.name() + " " + key + " writes " + map + " twice");
          if (MapNames.isCorrectedP(map)) {
            assertTrue(estimateMaps.contains(MapNames.valueMapFor(map, estimateMaps)), def.name() + " " + map);
            String out = MapNames.thresholdedName(map, 0.05);
            assertFalse(estimateMaps.contains(out), out);
            thresholded++;
          }
        }
      }
    }
    assertTrue(thresholded > 20, "most estimators have corrected p maps: " + thresholded);
  }

  @Test
  void namesFollowNimaresEntities() {
    EstimatorDef chi = (EstimatorDef) Registry.builtin().find("MKDAChi2");
    List<String> chiMaps = MapNames.ofEstimate(chi, defaults(chi));
    assertEquals(List.of("p_desc-uniformity_corr-FWE_method-bonferroni", "z_desc-uniformity_corr-FWE_method-bonferroni",
        "p_desc-association_corr-FWE_method-bonferroni", "z_desc-association_corr-FWE_method-bonferroni"),
        MapNames.ofCorrection(chi, "FWE", "bonferroni", chiMaps));
    assertEquals("z_desc-uniformity", MapNames.valueMapFor("p_desc-uniformity_corr-FWE_method-bonferroni", chiMaps));
    assertEquals("z_desc-uniformity_corr-FWE_method-bonferroni_alpha-0.01",
        MapNames.thresholdedName("p_desc-uniformity_corr-FWE_method-bonferroni", 0.01));

    EstimatorDef ale = (EstimatorDef) Registry.builtin().find("ALE");
    List<String> aleMaps = MapNames.ofEstimate(ale, defaults(ale));
    assertEquals("z", MapNames.valueMapFor("logp_desc-size_level-cluster_corr-FWE_method-montecarlo", aleMaps));
    assertEquals("z_level-voxel_corr-FWE_method-montecarlo_alpha-0.05",
        MapNames.thresholdedName("logp_level-voxel_corr-FWE_method-montecarlo", 0.05));
    assertEquals("z_corr-FDR_method-indep_alpha-0.05", MapNames.thresholdedName("p_corr-FDR_method-indep", 0.05));
    assertTrue(MapNames.isCorrectedP("p_corr-FDR_method-indep"));
    assertTrue(MapNames.isLogP("logp_level-voxel_corr-FWE_method-montecarlo"));
    assertFalse(MapNames.isCorrectedP("z_corr-FDR_method-indep"));
    assertFalse(MapNames.isCorrectedP("p_desc-uniformity"));
  }

  @Test
  void mkdaChi2LeavesOutThePriorMapsAtPriorZero() {
    EstimatorDef chi = (EstimatorDef) Registry.builtin().find("MKDAChi2");
    Map<String, Value> params = defaults(chi);
    params.put("prior", new Value.Num(0, false));
    assertFalse(MapNames.ofEstimate(chi, params).stream().anyMatch(m -> m.endsWith("_prior")));
    assertTrue(MapNames.ofEstimate(chi, defaults(chi)).contains("prob_desc-AgF_prior"));
  }
}
