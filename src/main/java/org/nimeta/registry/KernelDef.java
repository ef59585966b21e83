package org.nimeta.registry;

import java.util.List;

/**
 * A kernel type: how foci become modeled-activation maps.
 *
 * @param exclusive groups of parameters of which at most one may be given
 */
public record KernelDef(String name, List<ParamSpec> params, List<List<String>> exclusive, String doc, String citation)
    implements Definition {
  public KernelDef {
    params = List.copyOf(params);
    exclusive = exclusive.stream().map(List::copyOf).toList();
  }

  public Kind kind() {
    return Kind.KERNEL;
  }
}
