package org.nimeta.lsp;

import java.util.List;
import org.nimeta.registry.Definition;
import org.nimeta.registry.ParamSpec;
import org.nimeta.registry.Registry;
import org.nimeta.registry.WriteOptions;

/** The named parameters of a call the cursor is in: a registry definition's, or the options of a {@code write}. */
final class CallParameters {
  private CallParameters() {}

  static List<ParamSpec> of(Registry registry, String callee) {
    if (callee.equals(CursorPlace.WRITE_OPTIONS)) {
      return WriteOptions.PARAMS;
    }
    Definition d = registry.find(callee);
    return d == null ? List.of() : d.params();
  }

  static ParamSpec find(Registry registry, String callee, String name) {
    return of(registry, callee).stream().filter(p -> p.name().equals(name)).findFirst().orElse(null);
  }

  /** How a parameter of {@code callee} is described in hovers. */
  static String role(String callee) {
    return callee.equals(CursorPlace.WRITE_OPTIONS) ? "option of `write`" : "parameter of `" + callee + "`";
  }
}
