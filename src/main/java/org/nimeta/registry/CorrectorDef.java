package org.nimeta.registry;

import java.util.List;

/**
 * A multiple-comparison correction family ({@code FWE}, {@code FDR}); its {@code method} picks the
 * procedure.
 *
 * @param stochasticMethods methods that draw random numbers (and so need a seed)
 */
public record CorrectorDef(
    String name, List<ParamSpec> params, List<String> stochasticMethods, String doc, String citation,
    CorrectorRunner runner)
    implements Definition {
  public CorrectorDef {
    params = List.copyOf(params);
    stochasticMethods = List.copyOf(stochasticMethods);
  }

  public Kind kind() {
    return Kind.CORRECTOR;
  }

  public List<String> methods() {
    for (ParamSpec p : params) {
      if (p.name().equals("method") && p.type() instanceof ParamType.Choice c) {
        return c.words();
      }
    }
    return List.of();
  }
}
