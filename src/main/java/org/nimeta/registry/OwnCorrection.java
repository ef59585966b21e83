package org.nimeta.registry;

import java.util.List;

/**
 * A correction an estimator computes itself rather than through the generic corrector (NiMARE's
 * estimator-specific {@code correct_fwe_montecarlo}, MKDAChi2's {@code correct_fdr_indep}).
 *
 * @param runner computes it, returning only the maps it adds
 * @param maps   the names of those maps, known before anything runs (so {@code write} can be checked)
 */
public record OwnCorrection(CorrectorRunner runner, List<String> maps) {
  public OwnCorrection {
    maps = List.copyOf(maps);
  }
}
