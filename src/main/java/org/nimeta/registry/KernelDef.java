package org.nimeta.registry;

import java.util.List;

/** A kernel type: how foci become modeled-activation maps. */
public record KernelDef(String name, List<ParamSpec> params, String doc, String citation)
    implements Definition {
  public KernelDef {
    params = List.copyOf(params);
  }

  public Kind kind() {
    return Kind.KERNEL;
  }
}
