package org.nimeta.registry;

import java.util.Map;
import java.util.TreeMap;

/** A kernel type with every parameter resolved (defaults filled in). */
public record KernelConfig(String type, Map<String, Value> params) {
  public KernelConfig {
    params = java.util.Collections.unmodifiableMap(new TreeMap<>(params));
  }

  /** A kernel parameter's resolved value, as its declared Java type. */
  public <T> T get(Param<T> param) {
    return param.of(params);
  }

  public String show() {
    StringBuilder sb = new StringBuilder(type).append('(');
    String sep = "";
    for (Map.Entry<String, Value> e : params.entrySet()) {
      sb.append(sep).append(e.getKey()).append(" = ").append(e.getValue().show());
      sep = ", ";
    }
    return sb.append(')').toString();
  }
}
