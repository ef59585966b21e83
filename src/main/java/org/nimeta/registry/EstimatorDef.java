package org.nimeta.registry;

import java.util.List;
import java.util.Map;

/**
 * A meta-analytic estimator (or pairwise contrast).
 *
 * @param datasets    how many datasets it takes as positional arguments (1, or 2 for contrasts)
 * @param dataKind    what those datasets must hold
 * @param needsSampleSizes true when the estimator itself (not its kernel) needs sample sizes
 * @param corrections the correction methods it supports, as {@code FWE:montecarlo}, {@code FDR:indep}, …
 * @param outputs     the NiMARE map names it writes, in order
 * @param stochastic  true when it draws random numbers (and so needs a seed)
 * @param ownCorrections corrections this estimator computes itself (NiMARE's estimator-specific
 *                    {@code correct_fwe_montecarlo}), by the same keys as {@code corrections}
 */
public record EstimatorDef(
    String name,
    Kind kind,
    int datasets,
    DataKind dataKind,
    List<ParamSpec> params,
    boolean needsSampleSizes,
    List<String> corrections,
    List<String> outputs,
    boolean stochastic,
    String doc,
    String citation,
    EstimatorRunner runner,
    Map<String, CorrectorRunner> ownCorrections)
    implements Definition {

  public EstimatorDef {
    params = List.copyOf(params);
    corrections = List.copyOf(corrections);
    outputs = List.copyOf(outputs);
    ownCorrections = Map.copyOf(ownCorrections);
    for (String key : ownCorrections.keySet()) {
      if (!corrections.contains(key)) {
        throw new IllegalArgumentException(name + " computes " + key + " but does not list it as supported");
      }
    }
  }

  /** An estimator whose corrections are all the generic ones. */
  public EstimatorDef(String name, Kind kind, int datasets, DataKind dataKind, List<ParamSpec> params,
      boolean needsSampleSizes, List<String> corrections, List<String> outputs, boolean stochastic, String doc,
      String citation, EstimatorRunner runner) {
    this(name, kind, datasets, dataKind, params, needsSampleSizes, corrections, outputs, stochastic, doc, citation,
        runner, Map.of());
  }

  /**
   * Whether a call with these resolved parameters draws random numbers: always for stochastic
   * estimators, and for any estimator asked for NiMARE's {@code null_method = montecarlo}.
   */
  public boolean stochastic(Map<String, Value> params) {
    return stochastic || (params.get("null_method") instanceof Value.Choice c && c.word().equals("montecarlo"));
  }

  /** Who runs correction {@code family:method} on this estimator's result: itself, or the generic corrector. */
  public CorrectorRunner correctorFor(String family, String method, CorrectorDef generic) {
    return ownCorrections.getOrDefault(family + ":" + method, generic.runner());
  }

  public enum DataKind {
    COORDINATES("coordinates (foci)"),
    IMAGES("statistical images");

    public final String describe;

    DataKind(String describe) {
      this.describe = describe;
    }
  }
}
