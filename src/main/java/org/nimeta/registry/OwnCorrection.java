package org.nimeta.registry;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.nimeta.data.Dataset;

/**
 * A correction an estimator computes itself rather than through the generic corrector (NiMARE's
 * estimator-specific {@code correct_fwe_montecarlo}, MKDAChi2's {@code correct_fdr_indep}).
 *
 * @param runner    computes it, returning only the maps it adds
 * @param maps      every map it can add, known before anything runs (so {@code write} can be checked)
 * @param mapsFor   the maps it adds with these resolved correction parameters ({@code vfwe_only},
 *                  {@code target} change them)
 * @param dataCheck what it refuses of the estimate's data, asked once the data headers are read
 */
public record OwnCorrection(CorrectorRunner runner, List<String> maps,
    Function<Map<String, Value>, List<String>> mapsFor, DataCheck dataCheck) {
  public OwnCorrection {
    maps = List.copyOf(maps);
  }

  /** A correction that always adds {@code maps} and takes any data its estimator takes. */
  public OwnCorrection(CorrectorRunner runner, List<String> maps) {
    this(runner, maps, DataCheck.NONE);
  }

  /** A correction that always adds {@code maps} and refuses what {@code dataCheck} finds. */
  public OwnCorrection(CorrectorRunner runner, List<String> maps, DataCheck dataCheck) {
    this(runner, maps, params -> List.copyOf(maps), dataCheck);
  }

  /** A correction whose maps depend on its parameters and that takes any data its estimator takes. */
  public static OwnCorrection withMapsFor(CorrectorRunner runner, List<String> maps,
      Function<Map<String, Value>, List<String>> mapsFor) {
    return new OwnCorrection(runner, maps, mapsFor, DataCheck.NONE);
  }

  /** Refuses data the correction cannot use (reported as error E0701 at the correction). */
  @FunctionalInterface
  public interface DataCheck {
    DataCheck NONE = datasets -> null;

    /** @param datasets the estimate's datasets, each read (none null) */
    EstimatorHooks.Finding check(List<Dataset> datasets);
  }
}
