package org.nimeta.registry;

import java.util.List;
import java.util.Map;
import org.nimeta.engine.MetaResult;

/**
 * A function of results rather than of datasets (e.g. {@code conjunction(a, b)}): it takes the
 * names of two or more estimates or contrasts and combines one map of each.
 *
 * @param minResults how many results it needs at least
 * @param references the works it rests on; its citation text is theirs
 * @param outputs    the names of the maps it writes, as a function of its parameters
 */
public record ResultFunctionDef(
    String name, List<ParamSpec> params, int minResults, String doc, List<Citation> references, Outputs outputs,
    Combiner combiner)
    implements Definition {
  public ResultFunctionDef {
    params = List.copyOf(params);
    references = List.copyOf(references);
  }

  public String citation() {
    return Citation.texts(references);
  }

  public Kind kind() {
    return Kind.CONTRAST;
  }

  /** Combines already computed results (all on the same mask) with the call's resolved parameters. */
  @FunctionalInterface
  public interface Combiner {
    MetaResult combine(List<MetaResult> results, Map<String, Value> params);
  }

  @FunctionalInterface
  public interface Outputs {
    List<String> of(Map<String, Value> params);
  }
}
