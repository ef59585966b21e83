package org.nimeta.registry;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A correction an estimator computes itself rather than through the generic corrector (NiMARE's
 * estimator-specific {@code correct_fwe_montecarlo}, MKDAChi2's {@code correct_fdr_indep}).
 *
 * @param runner  computes it, returning only the maps it adds
 * @param maps    every map it can add, known before anything runs (so {@code write} can be checked)
 * @param mapsFor the maps it adds with these resolved correction parameters ({@code vfwe_only},
 *                {@code target} change them)
 */
public record OwnCorrection(CorrectorRunner runner, List<String> maps,
    Function<Map<String, Value>, List<String>> mapsFor) {
  public OwnCorrection {
    maps = List.copyOf(maps);
  }

  /** A correction that always adds {@code maps}. */
  public OwnCorrection(CorrectorRunner runner, List<String> maps) {
    this(runner, maps, params -> List.copyOf(maps));
  }
}
