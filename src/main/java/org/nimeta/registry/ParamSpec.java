package org.nimeta.registry;

/**
 * One parameter of a kernel, estimator or correction, named as in NiMARE.
 *
 * @param defaultValue the value used when the script does not give one; null when the argument is
 *                     required; {@link Value#NONE} when "not set" is a meaningful default
 */
public record ParamSpec(String name, ParamType type, Value defaultValue, String doc) {

  public boolean required() {
    return defaultValue == null;
  }
}
