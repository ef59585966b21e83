package org.nimeta.registry;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything a script can call: the one description the compiler, the docs, the language server
 * and the editor grammar all read. Adding an estimator means adding one definition here.
 */
public final class Registry {
  private static final Registry BUILTIN = new Registry(builtins());

  private final Map<String, Definition> byName = new LinkedHashMap<>();

  private Registry(List<Definition> definitions) {
    for (Definition d : definitions) {
      if (byName.put(d.name(), d) != null) {
        throw new IllegalStateException("two registry entries are named " + d.name());
      }
    }
  }

  public static Registry builtin() {
    return BUILTIN;
  }

  private static List<Definition> builtins() {
    List<Definition> all = new ArrayList<>();
    all.addAll(Kernels.definitions());
    all.addAll(CoordinateEstimators.definitions());
    all.addAll(ImageEstimators.definitions());
    all.addAll(ResultFunctions.definitions());
    all.addAll(Corrections.definitions());
    all.addAll(DatasetFunctions.definitions());
    return all;
  }

  /** The definition with exactly this name, or null. */
  public Definition find(String name) {
    return byName.get(name);
  }

  public List<Definition> all() {
    return Collections.unmodifiableList(new ArrayList<>(byName.values()));
  }

  public List<String> names(Definition.Kind kind) {
    return byName.values().stream().filter(d -> d.kind() == kind).map(Definition::name).toList();
  }
}
