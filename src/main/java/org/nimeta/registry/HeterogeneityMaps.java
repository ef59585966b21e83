package org.nimeta.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.nimeta.engine.ibma.Heterogeneity;
import org.nimeta.engine.ibma.IbmaEstimator;

/**
 * The heterogeneity maps ({@link Heterogeneity}: Cochran's Q, its −log10 p, I² and H) that the
 * random-effects estimators of beta and varcope images write beside their estimate when asked
 * with {@code heterogeneity = true}. Off by default: NiMARE writes none, so a script's outputs stay
 * NiMARE's unless it asks.
 */
final class HeterogeneityMaps {
  static final Param<Boolean> HETEROGENEITY = Param.bool("heterogeneity", false,
      "Also write the between-study heterogeneity beside the estimate: `q` (Cochran's Q with the "
          + "fixed-effects weights 1/varcope), `logp_desc-q` (−log10 of its χ² p on k − 1 degrees of freedom), "
          + "`i2` (Higgins and Thompson's I², in percent) and `h` (their H), as PyMARE's "
          + "`get_heterogeneity_stats`. References: " + Citations.COCHRAN_1954.text() + "; "
          + Citations.HIGGINS_2002.text() + ".");

  private HeterogeneityMaps() {}

  /**
   * The estimator writes {@code outputs}, and the heterogeneity maps after them when its call asks;
   * its runner fits both on the same images.
   */
  static EstimatorDef.Builder beside(EstimatorDef.Builder estimator,
      Function<Map<String, Value>, IbmaEstimator> engine, String... outputs) {
    List<String> all = new ArrayList<>(List.of(outputs));
    all.addAll(Heterogeneity.MAPS);
    return estimator.outputs(all.toArray(String[]::new))
        .outputsFor(params -> HETEROGENEITY.of(params) ? all : List.of(outputs))
        .runner(in -> IbmaRunners.fit(engine.apply(in.params()), in,
            HETEROGENEITY.of(in.params()) ? new Heterogeneity() : null));
  }
}
