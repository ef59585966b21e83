package org.nimeta.registry;

/**
 * One parameter of a kernel, estimator or correction, named as in NiMARE.
 *
 * @param defaultValue the value used when the script does not give one; null when the argument is
 *                     required; {@link Value#NONE} when "not set" is a meaningful default
 * @param onlyForMethod for a correction's parameter that only one {@code method} uses (e.g.
 *                     {@code n_iters} of {@code FWE(method = montecarlo)}); null otherwise
 */
public record ParamSpec(String name, ParamType type, Value defaultValue, String doc, String onlyForMethod) {

  public ParamSpec(String name, ParamType type, Value defaultValue, String doc) {
    this(name, type, defaultValue, doc, null);
  }

  public boolean required() {
    return defaultValue == null;
  }
}
