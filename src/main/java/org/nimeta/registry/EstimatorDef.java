package org.nimeta.registry;

import java.util.List;

/**
 * A meta-analytic estimator (or pairwise contrast).
 *
 * @param datasets    how many datasets it takes as positional arguments (1, or 2 for contrasts)
 * @param dataKind    what those datasets must hold
 * @param needsSampleSizes true when the estimator itself (not its kernel) needs sample sizes
 * @param corrections the correction methods it supports, as {@code FWE:montecarlo}, {@code FDR:indep}, …
 * @param outputs     the NiMARE map names it writes, in order
 * @param stochastic  true when it draws random numbers (and so needs a seed)
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
    EstimatorRunner runner)
    implements Definition {

  public EstimatorDef {
    params = List.copyOf(params);
    corrections = List.copyOf(corrections);
    outputs = List.copyOf(outputs);
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
