package org.nimeta.registry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nimeta.engine.CoordinateExperiment;
import org.nimeta.engine.IterationSeeds;
import org.nimeta.engine.MetaResult;
import org.nimeta.engine.cbma.Ale;
import org.nimeta.engine.cbma.CbmaStatistics;
import org.nimeta.engine.contrast.AleSubtraction;
import org.nimeta.engine.contrast.GroupShuffle;
import org.nimeta.engine.contrast.PermutationSettings;
import org.nimeta.engine.contrast.SubtractionFwe;
import org.nimeta.engine.kernel.KernelTransformer;
import org.nimeta.engine.montecarlo.FweMaps;
import org.nimeta.engine.montecarlo.MonteCarloFwe;
import org.nimeta.engine.montecarlo.MonteCarloOptions;
import org.nimeta.engine.scale.FociRelocation;
import org.nimeta.engine.scale.Scale;
import org.nimeta.engine.scale.ScaleSettings;
import org.nimeta.registry.Corrections.Target;
import org.nimeta.registry.EstimatorHooks.Finding;
import org.nimeta.registry.Params.Draws;

/**
 * {@code FWE(method = montecarlo)} of {@code ALESubtraction} and {@code SCALE}, as NiMARE main's
 * {@code correct_fwe_montecarlo} of each: the maps each call adds ({@code vfwe_only},
 * {@code target}) and the runners.
 */
final class SubtractionAndScaleFwe {
  private static final String SUFFIX = "_corr-FWE_method-montecarlo";
  private static final List<String> GROUPS = List.of("group1", "group2");

  private SubtractionAndScaleFwe() {}

  /** Every map the subtraction's correction can add. */
  static List<String> subtractionMaps() {
    List<String> all = new ArrayList<>(SubtractionFwe.mapNames(false));
    all.addAll(groupMaps(false));
    return all;
  }

  /** The maps of one call: the contrast's (pairwise), then each group's (main effects), NiMARE's order. */
  static List<String> subtractionMaps(Map<String, Value> params) {
    boolean vfweOnly = Corrections.VFWE_ONLY.of(params);
    Target target = Corrections.TARGET.of(params);
    List<String> maps = new ArrayList<>();
    if (target != Target.MAIN_EFFECTS) {
      maps.addAll(SubtractionFwe.mapNames(vfweOnly));
    }
    if (target != Target.PAIRWISE) {
      maps.addAll(groupMaps(vfweOnly));
    }
    return maps;
  }

  /**
   * NiMARE's {@code _prefix_ale_group_maps} of ALE's corrected maps: {@code z_level-voxel} becomes
   * {@code z_desc-group1_level-voxel}, {@code z_desc-size_level-cluster} becomes
   * {@code z_desc-group1Size_level-cluster}.
   */
  private static List<String> groupMaps(boolean vfweOnly) {
    List<String> maps = new ArrayList<>();
    for (String group : GROUPS) {
      for (String map : MonteCarloRunners.MAPS.subList(0, vfweOnly ? 2 : MonteCarloRunners.MAPS.size())) {
        maps.add(groupName(map, group));
      }
    }
    return maps;
  }

  private static String groupName(String aleMap, String group) {
    return aleMap.replace("_level-voxel", "_desc-" + group + "_level-voxel")
        .replace("_desc-size_", "_desc-" + group + "Size_").replace("_desc-mass_", "_desc-" + group + "Mass_");
  }

  /**
   * The subtraction's correction. Pairwise: the fit's permutation stream ({@code permutations}),
   * as NiMARE permutes with {@code default_rng(i)} in both. Main effects: each group's ALE
   * (approximate null) corrected by ALE's Monte Carlo FWE, with random-foci streams derived from
   * the seed and the group.
   */
  static CorrectorRunner subtraction() {
    return (estimate, result, params, seed) -> {
      boolean vfweOnly = Corrections.VFWE_ONLY.of(params);
      Target target = Corrections.TARGET.of(params);
      int iterations = Params.N_ITERS.of(params);
      double voxelThresh = Corrections.VOXEL_THRESH.of(params);
      KernelTransformer kernel = Kernels.ale(estimate.get(Params.ALE_KERNEL));
      List<List<CoordinateExperiment>> groups = List.of(
          CoordinateExperiment.listFrom(estimate.datasets().get(0), estimate.mask()),
          CoordinateExperiment.listFrom(estimate.datasets().get(1), estimate.mask()));
      MetaResult out = new MetaResult(result.mask());
      if (target != Target.MAIN_EFFECTS) {
        GroupShuffle shuffle = estimate.get(CoordinateEstimators.PERMUTATIONS) == Draws.NIMARE
            ? GroupShuffle.nimare() : GroupShuffle.seeded(seed);
        SubtractionFwe.Null fweNull = SubtractionFwe.simulate(groups.get(0), groups.get(1), kernel, estimate.mask(),
            voxelThresh, vfweOnly, new PermutationSettings(iterations, shuffle, estimate.threads(), estimate.progress()));
        SubtractionFwe.maps(result.map(AleSubtraction.STAT), result.map(AleSubtraction.Z), result.mask(), fweNull)
            .forEach(out::put);
        out.putTable(MonteCarloRunners.NULL_TABLE, rows(fweNull));
      }
      if (target != Target.PAIRWISE) {
        for (int g = 0; g < GROUPS.size(); g++) {
          MetaResult fitted = Ale.fit(groups.get(g), kernel, estimate.mask(), estimate.threads());
          MetaResult corrected = MonteCarloFwe.correct(fitted, groups.get(g), kernel, CbmaStatistics.ALE, voxelThresh,
              new MonteCarloOptions(iterations, IterationSeeds.mix(seed, g + 1), estimate.threads()),
              estimate.progress());
          for (String map : MonteCarloRunners.MAPS.subList(0, vfweOnly ? 2 : MonteCarloRunners.MAPS.size())) {
            out.put(groupName(map, GROUPS.get(g)), corrected.map(map));
          }
        }
      }
      return out;
    };
  }

  private static List<Map<String, Object>> rows(SubtractionFwe.Null fweNull) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (int i = 0; i < fweNull.maxAbsDifference().length; i++) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("iteration", i);
      row.put("max_abs_stat", fweNull.maxAbsDifference()[i]);
      if (fweNull.hasClusters()) {
        row.put("max_cluster_size", fweNull.maxClusterSize()[i]);
        row.put("max_cluster_mass", fweNull.maxClusterMass()[i]);
      }
      rows.add(row);
    }
    return rows;
  }

  /** SCALE's maps: the voxel level's only, as NiMARE main. */
  static final List<String> SCALE_MAPS = List.of(FweMaps.LOGP_VOXEL, FweMaps.Z_VOXEL);

  /**
   * SCALE's correction: {@code n_iters} null maps drawn as the fit's null (every focus moved to
   * a pool candidate), from a stream derived from the seed that the fit does not use (NiMARE
   * draws them from the global generator after the fit's, which no seed of ours reproduces).
   */
  static CorrectorRunner scale() {
    return (estimate, result, params, seed) -> {
      ScaleSettings settings = new ScaleSettings(Params.N_ITERS.of(params),
          FociRelocation.seeded(IterationSeeds.mix(seed, -1)), estimate.threads(), estimate.progress());
      double[] maxNull = Scale.maxNull(CbmaRunners.experimentsOf(estimate, 0), Kernels.ale(estimate.get(Params.ALE_KERNEL)),
          estimate.mask(), CbmaRunners.scaleBase(estimate), settings);
      MetaResult out = new MetaResult(result.mask());
      Scale.voxelFweMaps(result.map("stat"), maxNull).forEach((kind, values) ->
          out.put(kind.equals("logp") ? FweMaps.LOGP_VOXEL : FweMaps.Z_VOXEL, values));
      List<Map<String, Object>> rows = new ArrayList<>();
      for (int i = 0; i < maxNull.length; i++) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("iteration", i);
        row.put("max_stat", maxNull[i]);
        rows.add(row);
      }
      out.putTable(MonteCarloRunners.NULL_TABLE, rows);
      return out;
    };
  }

  /** NiMARE main raises NotImplementedError for SCALE's cluster level. */
  static Finding scaleVoxelLevelOnly(Correction correction, Map<String, Value> params) {
    if (!correction.equals(Correction.FWE_MONTECARLO) || Corrections.VFWE_ONLY.of(params)) {
      return null;
    }
    return new Finding("`SCALE` has a voxel-level Monte Carlo FWE only: its null is voxel-specific, so "
        + "NiMARE defines no cluster-size or cluster-mass null for it.", "Leave out `vfwe_only = false`.");
  }
}
