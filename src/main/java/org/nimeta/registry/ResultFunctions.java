package org.nimeta.registry;

import java.util.List;
import java.util.Map;
import org.nimeta.engine.MetaResult;
import org.nimeta.engine.contrast.Conjunction;

/** Functions of results: {@code conjunction}. */
public final class ResultFunctions {
  private ResultFunctions() {}

  /** The map of each input a function of results combines (and the name of the map it writes). */
  public static final Param<String> MAP = Param.text("map", "z",
      "The map of each result to conjoin, by its NiMARE name: `z` (the default), `stat`, or a "
          + "corrected map such as `z_level-voxel_corr-FWE_method-montecarlo` of a declared correction. "
          + "The conjunction writes a map of the same name.");

  static List<Definition> definitions() {
    return List.of(new ResultFunctionDef(
        "conjunction",
        List.of(MAP.spec()),
        2,
        "Conjunction of two or more estimates or contrasts by the minimum statistic: at each voxel, "
            + "where every map has the same sign, the smallest value; elsewhere 0 (NiMARE's "
            + "`conjunction_analysis`). Read it at the threshold of a single map: a voxel passes only "
            + "where every input passes.",
        List.of(Citations.NICHOLS_2005),
        params -> List.of(MAP.of(params)),
        ResultFunctions::conjunction));
  }

  private static MetaResult conjunction(List<MetaResult> results, Map<String, Value> params) {
    String map = MAP.of(params);
    MetaResult first = results.get(0);
    for (MetaResult r : results) {
      if (!r.mask().sameVoxels(first.mask())) {
        throw new IllegalArgumentException("the results of a conjunction are on different masks");
      }
    }
    return new MetaResult(first.mask())
        .put(map, Conjunction.minimumStatistic(results.stream().map(r -> r.map(map)).toList()));
  }
}
